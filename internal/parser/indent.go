// This file defines the scanner's handling of indentation at the start
// of each logical line.

package parser

// indentation measures the indentation of the next non-blank line and
// returns an INDENT or DEDENT token when it changes (ok is false when
// the level stays the same). Blank and comment-only lines are skipped.
func (s *scanner) indentation() (token, bool) {
	for {
		lineStart := s.off
		col, alt := 0, 0
		for s.off < s.limit {
			c := s.f.src[s.off]
			if c == ' ' {
				col++
				alt++
			} else if c == '\t' {
				col = (col/8 + 1) * 8
				alt++
			} else if c == '\f' {
				col, alt = 0, 0
			} else {
				break
			}
			s.off++
		}
		if s.off >= s.limit {
			s.bol = false
			return token{}, false
		}
		c := s.f.src[s.off]
		if c == '#' || c == '\n' {
			for s.off < s.limit && s.f.src[s.off] != '\n' {
				s.off++
			}
			if s.off < s.limit {
				s.off++
			}
			continue
		}
		if c == '\\' {
			// A line that starts with a continuation: CPython treats the
			// joined line's indentation as this line's.
			s.bol = false
			return token{}, false
		}
		s.bol = false
		return s.indentChange(lineStart, col, alt)
	}
}

// indentChange compares the indentation (col, alt) of the line starting
// at lineStart with the stack of open levels.
func (s *scanner) indentChange(lineStart, col, alt int) (token, bool) {
	top := len(s.indents) - 1
	pos := s.f.pos(s.off)
	switch {
	case col == s.indents[top]:
		if alt != s.alts[top] {
			s.tabError(lineStart)
		}
		return token{}, false
	case col > s.indents[top]:
		if alt <= s.alts[top] {
			s.tabError(lineStart)
		}
		if len(s.indents) >= maxIndent {
			s.f.fail(s.f.pos(lineStart), "IndentationError", "too many levels of indentation")
		}
		s.indents = append(s.indents, col)
		s.alts = append(s.alts, alt)
		indentPos := pos
		if indentPos.Col > 1 {
			indentPos.Col--
		}
		return token{kind: tIndent, pos: indentPos, off: s.off, end: s.off}, true
	}
	n := 0
	for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
		s.indents = s.indents[:len(s.indents)-1]
		s.alts = s.alts[:len(s.alts)-1]
		n++
	}
	top = len(s.indents) - 1
	if col != s.indents[top] {
		s.f.fail(s.f.pos(s.f.lineEnd(s.off)), "IndentationError", "unindent does not match any outer indentation level")
	}
	if alt != s.alts[top] {
		s.tabError(lineStart)
	}
	for i := 1; i < n; i++ {
		s.pending = append(s.pending, token{kind: tDedent, pos: pos, off: s.off, end: s.off})
	}
	return token{kind: tDedent, pos: pos, off: s.off, end: s.off}, true
}

// tabError reports inconsistent use of tabs and spaces on the line that
// starts at lineStart.
func (s *scanner) tabError(lineStart int) {
	s.f.fail(s.f.pos(lineStart), "TabError", "inconsistent use of tabs and spaces in indentation")
}
