// This file defines the scanning of number literals.

package parser

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number scans an integer or floating-point literal at s.off.
func (s *scanner) number() token {
	start := s.off
	c := s.f.src[s.off]
	if c == '0' {
		switch s.byteAt(s.off + 1) {
		case 'x', 'X':
			return s.radixInt(start, 16, "hexadecimal")
		case 'o', 'O':
			return s.radixInt(start, 8, "octal")
		case 'b', 'B':
			return s.radixInt(start, 2, "binary")
		}
	}
	isFloat := false
	if c != '.' {
		s.digits(start)
	}
	if s.byteAt(s.off) == '.' {
		isFloat = true
		s.off++
		if isDigit(s.byteAt(s.off)) {
			s.digits(start)
		}
	}
	if e := s.byteAt(s.off); e == 'e' || e == 'E' {
		save := s.off
		s.off++
		if sg := s.byteAt(s.off); sg == '+' || sg == '-' {
			s.off++
		}
		if isDigit(s.byteAt(s.off)) {
			isFloat = true
			s.digits(start)
		} else {
			s.off = save
			s.f.syntaxErr(s.f.pos(start), "invalid decimal literal")
		}
	}
	if j := s.byteAt(s.off); j == 'j' || j == 'J' {
		s.f.syntaxErr(s.f.pos(start), "complex numbers are not supported by pyconc")
	}
	s.endOfNumber(start, "decimal")
	raw := string(s.f.src[start:s.off])
	clean := strings.ReplaceAll(raw, "_", "")
	t := token{text: raw, pos: s.f.pos(start), off: start, end: s.off}
	if isFloat {
		v, err := strconv.ParseFloat(clean, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			s.f.syntaxErr(t.pos, "invalid decimal literal")
		}
		t.kind, t.val = tFloat, v
		return t
	}
	if len(clean) > 1 && clean[0] == '0' && strings.Trim(clean, "0") != "" {
		s.f.syntaxErr(t.pos, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
	}
	t.kind, t.val = tInt, intValue(clean, 10)
	return t
}

// digits scans decimal digits with single underscores between them.
func (s *scanner) digits(start int) {
	for {
		for isDigit(s.byteAt(s.off)) {
			s.off++
		}
		if s.byteAt(s.off) != '_' {
			return
		}
		s.off++
		if !isDigit(s.byteAt(s.off)) {
			s.f.syntaxErr(s.f.pos(s.off-1), "invalid decimal literal")
		}
	}
}

// radixInt scans a 0x, 0o or 0b integer literal.
func (s *scanner) radixInt(start, base int, kind string) token {
	s.off += 2
	n := 0
	for {
		c := s.byteAt(s.off)
		if c == '_' {
			s.off++
			c = s.byteAt(s.off)
			if digitVal(c) >= base {
				s.f.syntaxErr(s.f.pos(s.off-1), "invalid "+kind+" literal")
			}
		}
		d := digitVal(c)
		if d >= base {
			if base < 10 && isDigit(c) {
				s.f.syntaxErr(s.f.pos(s.off), fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			}
			break
		}
		s.off++
		n++
	}
	if n == 0 {
		s.f.syntaxErr(s.f.pos(s.off-1), "invalid "+kind+" literal")
	}
	s.endOfNumber(start, kind)
	raw := string(s.f.src[start:s.off])
	clean := strings.ReplaceAll(raw[2:], "_", "")
	return token{kind: tInt, text: raw, pos: s.f.pos(start), off: start, end: s.off, val: intValue(clean, base)}
}

// digitVal returns the value of a hexadecimal digit, or 99.
func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// endOfNumber rejects a number glued to a name ("1a"), except for the
// keywords CPython still accepts there ("1if x else 2").
func (s *scanner) endOfNumber(start int, kind string) {
	c := s.byteAt(s.off)
	if c < utf8.RuneSelf && !isLetter(c) && !isDigit(c) && c != '_' {
		return
	}
	rest := string(s.f.src[s.off:s.limit])
	for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if strings.HasPrefix(rest, kw) {
			return
		}
	}
	s.f.syntaxErr(s.f.pos(start), "invalid "+kind+" literal")
}

// intValue converts digits (no prefix, no underscores) to int64 or *big.Int.
func intValue(digits string, base int) interface{} {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	b, _ := new(big.Int).SetString(digits, base)
	return b
}
