package main

import (
	"strings"

	"github.com/pyconc/pyconc/interp"
)

// indent is what Tab inserts at the start of a line (or after blanks), as
// CPython's completer inserts indentation there.
const indent = "    "

// completer adapts Session.Complete to the line editor: it returns the
// rest of each completion after the part already typed. s is set once the
// session exists, before the first line is read.
type completer struct {
	s *interp.Session
}

// Do implements readline.AutoCompleter.
func (c *completer) Do(line []rune, pos int) (newLine [][]rune, length int) {
	before := string(line[:pos])
	if strings.TrimSpace(before) == "" {
		return [][]rune{[]rune(indent)}, 0
	}
	if c.s == nil {
		return nil, 0
	}
	start, words := c.s.Complete(before, len(before))
	typed := before[start:]
	for _, w := range words {
		if strings.HasPrefix(w, typed) {
			newLine = append(newLine, []rune(w[len(typed):]))
		}
	}
	return newLine, len([]rune(typed))
}
