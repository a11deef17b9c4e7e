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

// ErrorList is a list of compile-time errors, as go/scanner's ErrorList:
// the zero value is an empty list ready to use; Add appends, Sort and
// RemoveMultiples put it in order, Err returns it as an error (or nil).
type ErrorList []*Error

// Add appends a SyntaxError with message msg at pos.
func (l *ErrorList) Add(pos Pos, msg string) {
	*l = append(*l, &Error{Pos: pos, Kind: "SyntaxError", Msg: msg})
}

// Len, Less and Swap implement sort.Interface, ordering by file, line and
// column.
func (l ErrorList) Len() int      { return len(l) }
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.Filename() != b.Filename() {
		return a.Filename() < b.Filename()
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	return a.Col < b.Col
}

// Sort orders the list by position (stable: errors at the same position
// keep the order in which they were added).
func (l ErrorList) Sort() { sort.Stable(l) }

// RemoveMultiples sorts the list and keeps the first error of each line.
func (l *ErrorList) RemoveMultiples() {
	l.Sort()
	var last Pos
	out := (*l)[:0]
	for _, e := range *l {
		if len(out) == 0 || e.Pos.Filename() != last.Filename() || e.Pos.Line != last.Line {
			last = e.Pos
			out = append(out, e)
		}
	}
	*l = out
}

// Error returns the first error's message, with the count of the others.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0].Error(), len(l)-1)
}

// Err returns the list as an error: nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
