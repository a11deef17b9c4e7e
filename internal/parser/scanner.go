// This file defines the scanner: it splits the source into tokens and
// produces NEWLINE, INDENT and DEDENT tokens with CPython's rules.

package parser

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Limits that CPython's tokenizer also has.
const (
	maxIndent = 100 // levels of indentation
	maxParens = 200 // levels of open brackets
)

// scanner produces the tokens of a file, or of one f-string expression.
type scanner struct {
	f       *file
	off     int // next byte to read
	limit   int // scanning stops here (len(src), or the end of an f-string expression)
	inFStr  bool
	bol     bool // at the beginning of a logical line
	indents []int
	alts    []int // indentation measured with tabs as one column
	pending []token
	parens  []paren
	lastNL  bool // the previous token was NEWLINE (or none was produced yet)
}

// paren is an open bracket.
type paren struct {
	ch  byte
	off int
}

// newScanner returns a scanner over the whole file.
func newScanner(f *file) *scanner {
	return &scanner{f: f, limit: len(f.src), bol: true, indents: []int{0}, alts: []int{0}, lastNL: true}
}

// newExprScanner returns a scanner over src[off:end], an f-string
// replacement field's expression, as if it were inside parentheses.
func newExprScanner(f *file, off, end int) *scanner {
	return &scanner{f: f, off: off, limit: end, inFStr: true}
}

// peekByte returns the byte at offset off, or 0 past the limit.
func (s *scanner) byteAt(off int) byte {
	if off < s.limit {
		return s.f.src[off]
	}
	return 0
}

// next returns the next token.
func (s *scanner) next() token {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t
	}
	t := s.scan()
	s.lastNL = t.kind == tNewline
	return t
}

// scan reads one token (queueing extra DEDENTs in s.pending).
func (s *scanner) scan() token {
	if s.bol && !s.inFStr {
		if t, ok := s.indentation(); ok {
			return t
		}
	}
	for {
		s.skipSpace()
		if s.off >= s.limit {
			return s.atEOF()
		}
		c := s.f.src[s.off]
		switch {
		case c == '#':
			if s.inFStr {
				s.f.syntaxErr(s.f.pos(s.off), "f-string expression part cannot include '#'")
			}
			for s.off < s.limit && s.f.src[s.off] != '\n' {
				s.off++
			}
			continue
		case c == '\n':
			start := s.off
			s.off++
			if len(s.parens) > 0 || s.inFStr {
				continue
			}
			s.bol = true
			return token{kind: tNewline, pos: s.f.pos(start), off: start, end: s.off}
		case c == '\\':
			s.continuation()
			continue
		}
		return s.token(c)
	}
}

// skipSpace skips blanks (not newlines).
func (s *scanner) skipSpace() {
	for s.off < s.limit {
		switch s.f.src[s.off] {
		case ' ', '\t', '\f':
			s.off++
		default:
			return
		}
	}
}

// continuation handles a backslash outside a string literal.
func (s *scanner) continuation() {
	if s.inFStr {
		s.f.syntaxErr(s.f.pos(s.off), "f-string expression part cannot include a backslash")
	}
	s.off++
	if s.off >= s.limit {
		s.f.failEOF(s.f.eofPos(), "SyntaxError", "unexpected EOF while parsing")
	}
	if s.f.src[s.off] != '\n' {
		s.f.syntaxErr(s.f.pos(s.off), "unexpected character after line continuation character")
	}
	s.off++
	if s.off >= s.limit {
		s.f.failEOF(s.f.eofPos(), "SyntaxError", "unexpected EOF while parsing")
	}
}

// atEOF returns the tokens that end the input: a final NEWLINE if the
// last logical line has none, DEDENTs back to column 0, then EOF.
func (s *scanner) atEOF() token {
	pos := s.f.eofPos()
	if s.inFStr {
		return token{kind: tEOF, pos: s.f.pos(s.limit), off: s.limit, end: s.limit}
	}
	if len(s.parens) > 0 {
		p := s.parens[len(s.parens)-1]
		s.f.failEOF(s.f.pos(p.off), "SyntaxError", fmt.Sprintf("'%c' was never closed", p.ch))
	}
	if !s.lastNL {
		s.lastNL = true
		return token{kind: tNewline, pos: pos, off: s.off, end: s.off}
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.alts = s.alts[:len(s.alts)-1]
		s.pending = append(s.pending, token{kind: tDedent, pos: pos, off: s.off, end: s.off})
	}
	s.pending = append(s.pending, token{kind: tEOF, pos: pos, off: s.off, end: s.off})
	t := s.pending[0]
	s.pending = s.pending[1:]
	return t
}

// token scans the token that starts with byte c at s.off.
func (s *scanner) token(c byte) token {
	start := s.off
	switch {
	case c >= '0' && c <= '9', c == '.' && isDigit(s.byteAt(s.off+1)):
		return s.number()
	case c == '\'' || c == '"':
		return s.str(start, start)
	case c < utf8.RuneSelf && (isLetter(c) || c == '_'):
		return s.name()
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRune(s.f.src[s.off:s.limit])
		if r == utf8.RuneError && size <= 1 {
			s.badUTF8(s.off)
		}
		if isIdentStart(r) {
			return s.name()
		}
		s.f.syntaxErr(s.f.pos(s.off), fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
	case c == 0:
		s.f.syntaxErr(s.f.pos(s.off), "source code cannot contain null bytes")
	}
	return s.operator()
}

// badUTF8 reports an invalid UTF-8 byte at off, numbering its position
// within the line as CPython's decoder does.
func (s *scanner) badUTF8(off int) {
	lineStart := off
	for lineStart > 0 && s.f.src[lineStart-1] != '\n' {
		lineStart--
	}
	s.f.syntaxErr(s.f.pos(off), fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", s.f.src[off], off-lineStart))
}

// name scans an identifier or keyword, and also a string prefix.
func (s *scanner) name() token {
	start := s.off
	for s.off < s.limit {
		c := s.f.src[s.off]
		if c < utf8.RuneSelf {
			if !isLetter(c) && !isDigit(c) && c != '_' {
				break
			}
			s.off++
			continue
		}
		r, size := utf8.DecodeRune(s.f.src[s.off:s.limit])
		if r == utf8.RuneError && size <= 1 {
			s.badUTF8(s.off)
		}
		if !isIdentPart(r) {
			break
		}
		s.off += size
	}
	text := string(s.f.src[start:s.off])
	if q := s.byteAt(s.off); (q == '\'' || q == '"') && isStrPrefix(text) {
		return s.str(start, s.off)
	}
	kind := tName
	if keywords[text] {
		kind = tKeyword
	}
	return token{kind: kind, text: text, pos: s.f.pos(start), off: start, end: s.off}
}

// operator scans an operator or delimiter and tracks bracket nesting.
func (s *scanner) operator() token {
	start := s.off
	var op string
	for _, o := range operators {
		if s.off+len(o) <= s.limit && string(s.f.src[s.off:s.off+len(o)]) == o {
			op = o
			break
		}
	}
	pos := s.f.pos(start)
	if op == "" || op == "!" {
		s.f.syntaxErr(pos, "invalid syntax")
	}
	s.off += len(op)
	switch op {
	case "(", "[", "{":
		if len(s.parens) >= maxParens {
			s.f.syntaxErr(pos, "too many nested parentheses")
		}
		s.parens = append(s.parens, paren{op[0], start})
	case ")", "]", "}":
		if len(s.parens) == 0 {
			s.f.syntaxErr(pos, fmt.Sprintf("unmatched '%s'", op))
		}
		open := s.parens[len(s.parens)-1]
		if want := closing(open.ch); want != op[0] {
			openPos := s.f.pos(open.off)
			msg := fmt.Sprintf("closing parenthesis '%s' does not match opening parenthesis '%c'", op, open.ch)
			if openPos.Line != pos.Line {
				msg += fmt.Sprintf(" on line %d", openPos.Line)
			}
			s.f.syntaxErr(pos, msg)
		}
		s.parens = s.parens[:len(s.parens)-1]
	}
	return token{kind: tOp, text: op, pos: pos, off: start, end: s.off}
}

// closing returns the bracket that closes open.
func closing(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isIdentStart reports whether r may start a non-ASCII identifier.
func isIdentStart(r rune) bool {
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// isIdentPart reports whether r may continue an identifier.
func isIdentPart(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || unicode.Is(unicode.Other_ID_Continue, r)
}
