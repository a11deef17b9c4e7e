// This file defines the decoding of backslash escapes in literals.

package parser

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyconc/pyconc/internal/pyast"
)

// decode returns the value of the literal text src[off:end] of lit
// (the body of a plain literal or one literal part of an f-string).
// Errors are reported at errOff, the end of the literal, as CPython does.
func (s *scanner) decode(lit *strLit, off, end int, startPos pyast.Pos, errOff int) string {
	body := s.f.src[off:end]
	if bad, msg := utf8Problem(body); bad >= 0 {
		s.f.syntaxErr(s.f.pos(errOff), fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", body[bad], bad, msg))
	}
	if lit.bytes {
		for _, c := range body {
			if c >= utf8.RuneSelf {
				s.f.syntaxErr(startPos, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if lit.raw {
		return string(body)
	}
	if !strings.ContainsRune(string(body), '\\') {
		return string(body)
	}
	var b strings.Builder
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b.WriteByte(c)
			i++
			continue
		}
		n, ok := escape(&b, body, i, lit.bytes)
		if !ok {
			s.f.syntaxErr(s.f.pos(errOff), n.msg)
		}
		i = n.next
	}
	return b.String()
}

// simpleEscapes maps the letter after a backslash to the byte it stands for.
var simpleEscapes = map[byte]byte{'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'v': 11}

// escResult says where decoding resumes after an escape, or what is wrong.
type escResult struct {
	next int
	msg  string
}

// escape decodes the escape sequence at body[i] (a backslash) into b.
func escape(b *strings.Builder, body []byte, i int, isBytes bool) (escResult, bool) {
	c := body[i+1]
	if v, ok := simpleEscapes[c]; ok {
		b.WriteByte(v)
		return escResult{next: i + 2}, true
	}
	fail := func(j int, what string) (escResult, bool) {
		return escResult{msg: fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", i, j-1, what)}, false
	}
	switch {
	case c == '\n':
		return escResult{next: i + 2}, true
	case c >= '0' && c <= '7':
		v, j := 0, i+1
		for j < len(body) && j < i+4 && body[j] >= '0' && body[j] <= '7' {
			v = v*8 + int(body[j]-'0')
			j++
		}
		writeCode(b, rune(v), isBytes)
		return escResult{next: j}, true
	case c == 'x':
		return hexEscape(b, body, i, 2, isBytes, fail, "truncated \\xXX escape")
	case c == 'u' && !isBytes:
		return hexEscape(b, body, i, 4, false, fail, "truncated \\uXXXX escape")
	case c == 'U' && !isBytes:
		return hexEscape(b, body, i, 8, false, fail, "truncated \\UXXXXXXXX escape")
	case c == 'N' && !isBytes:
		end := i + 2
		if end >= len(body) || body[end] != '{' {
			return fail(end, "malformed \\N character escape")
		}
		close := strings.IndexByte(string(body[end:]), '}')
		if close < 0 {
			return fail(len(body), "malformed \\N character escape")
		}
		name := string(body[end+1 : end+close])
		r, ok := lookupRuneName(name)
		if !ok {
			return fail(end+close+1, "unknown Unicode character name (pyconc knows only a few common names)")
		}
		b.WriteRune(r)
		return escResult{next: end + close + 1}, true
	}
	// An unknown escape is kept as written.
	b.WriteByte('\\')
	return escResult{next: i + 1}, true
}

// hexEscape decodes \x, \u or \U followed by n hexadecimal digits.
func hexEscape(b *strings.Builder, body []byte, i, n int, isBytes bool, fail func(int, string) (escResult, bool), truncated string) (escResult, bool) {
	v := 0
	j := i + 2
	for ; j < i+2+n; j++ {
		if j >= len(body) || digitVal(body[j]) >= 16 {
			return fail(j, truncated)
		}
		v = v*16 + digitVal(body[j])
	}
	if v > utf8.MaxRune {
		return fail(j, "illegal Unicode character")
	}
	writeCode(b, rune(v), isBytes)
	return escResult{next: j}, true
}

// writeCode appends a code point (or, in bytes, one byte value).
func writeCode(b *strings.Builder, r rune, isBytes bool) {
	if isBytes {
		b.WriteByte(byte(r))
		return
	}
	if r >= 0xD800 && r < 0xE000 {
		// A lone surrogate cannot be encoded in UTF-8.
		b.WriteString(string(utf8.RuneError))
		return
	}
	b.WriteRune(r)
}

// utf8Problem returns the position of the first invalid UTF-8 byte in b
// and CPython's description of it, or -1.
func utf8Problem(b []byte) (int, string) {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		c := b[i]
		switch {
		case c < 0xC2 || c > 0xF4:
			return i, "invalid start byte"
		case !utf8.FullRune(b[i:]):
			return i, "unexpected end of data"
		}
		return i, "invalid continuation byte"
	}
	return -1, ""
}
