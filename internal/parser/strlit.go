// This file defines the scanning of string and bytes literals.

package parser

import (
	"fmt"
	"strings"
)

// isStrPrefix reports whether p is a valid string prefix (any case).
func isStrPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "b", "f", "u", "rb", "br", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at start and whose
// opening quote is at q.
func (s *scanner) str(start, q int) token {
	prefix := strings.ToLower(string(s.f.src[start:q]))
	lit := &strLit{
		bytes:  strings.Contains(prefix, "b"),
		raw:    strings.Contains(prefix, "r"),
		fmt:    strings.Contains(prefix, "f"),
		quote:  s.f.src[q],
		triple: s.byteAt(q+1) == s.f.src[q] && s.byteAt(q+2) == s.f.src[q],
	}
	n := 1
	if lit.triple {
		n = 3
	}
	s.off = q + n
	lit.bodyOff = s.off
	for {
		if s.off >= s.limit {
			s.unterminated(start, lit.triple)
		}
		c := s.f.src[s.off]
		if c == '\\' {
			s.off += 2
			continue
		}
		if c == '\n' && !lit.triple {
			s.unterminated(start, false)
		}
		if c == lit.quote && (!lit.triple || s.byteAt(s.off+1) == c && s.byteAt(s.off+2) == c) {
			lit.bodyEnd = s.off
			s.off += n
			break
		}
		s.off++
	}
	t := token{kind: tString, pos: s.f.pos(start), off: start, end: s.off, val: lit}
	if !lit.fmt {
		lit.value = s.decode(lit, lit.bodyOff, lit.bodyEnd, t.pos, s.off)
	}
	return t
}

// unterminated reports a string literal that starts at start and has
// no closing quote.
func (s *scanner) unterminated(start int, triple bool) {
	pos := s.f.pos(start)
	if triple {
		s.f.failEOF(pos, "SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.f.eofPos().Line))
	}
	s.f.syntaxErr(pos, fmt.Sprintf("unterminated string literal (detected at line %d)", pos.Line))
}
