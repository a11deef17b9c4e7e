package pyast

import (
	"fmt"
	"sort"
)

// Error is a compile-time error at a position of the user's source:
// a syntax error, or a construct that pyconc does not support.
type Error struct {
	Pos  Pos
	Kind string // "SyntaxError", "IndentationError" or "TabError"
	Msg  string

	// Incomplete is true when the error only says that the source ended
	// too early (an unclosed bracket, a block header without its body...):
	// the REPL then reads more lines instead of reporting it.
	Incomplete bool
}

// Error returns the error's message.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Pos.Filename(), e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}

// ErrorList is a list of compile-time errors, sorted by position.
type ErrorList []*Error

// Error returns the error's message.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Sort orders the list by line, then column.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i].Pos, l[j].Pos
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}
