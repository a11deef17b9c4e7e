// This file defines how errors are raised inside the package and how
// Parse and IsIncomplete see them.

package parser

import (
	"github.com/pyconc/pyconc/internal/pyast"
)

// bailout is the panic value that carries the first error out of the
// scanner and parser to Parse.
type bailout struct {
	err *pyast.Error
}

// IsIncomplete reports whether err only says that the input ended too
// early: an unclosed bracket, a compound statement header with no body
// yet, an unterminated triple-quoted string, a trailing backslash. The
// REPL uses it to read more lines before reporting anything.
func IsIncomplete(err error) bool {
	list, ok := err.(pyast.ErrorList)
	if !ok || len(list) == 0 {
		return false
	}
	return list[0].Incomplete
}

// fail stops scanning and parsing with an error of the given kind.
func (f *file) fail(pos pyast.Pos, kind, msg string) {
	panic(&bailout{err: &pyast.Error{Pos: pos, Kind: kind, Msg: msg}})
}

// failEOF stops with an error that only says the input ended too early.
func (f *file) failEOF(pos pyast.Pos, kind, msg string) {
	panic(&bailout{err: &pyast.Error{Pos: pos, Kind: kind, Msg: msg, Incomplete: true}})
}

// syntaxErr stops with a SyntaxError.
func (f *file) syntaxErr(pos pyast.Pos, msg string) {
	f.fail(pos, "SyntaxError", msg)
}
