// This file defines how errors are raised inside the package and how
// Parse and IsIncomplete see them.

package parser

import (
	"runtime"
	"sync"
	"weak"

	"pyconc/interp/pyast"
)

// bailout is the panic value that carries the first error out of the
// scanner and parser to Parse.
type bailout struct {
	err        *pyast.Error
	incomplete bool
}

// incompleteErrs remembers, without keeping them alive, the errors that
// only say that the input ended too early. pyast.Error has no field for
// that fact, so IsIncomplete looks the error up here.
var incompleteErrs sync.Map // weak.Pointer[pyast.Error] -> struct{}

// markIncomplete records e as an "input ended too early" error.
func markIncomplete(e *pyast.Error) {
	key := weak.Make(e)
	incompleteErrs.Store(key, struct{}{})
	runtime.AddCleanup(e, func(k weak.Pointer[pyast.Error]) { incompleteErrs.Delete(k) }, key)
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
	_, found := incompleteErrs.Load(weak.Make(list[0]))
	return found
}

// fail stops scanning and parsing with an error of the given kind.
func (f *file) fail(pos pyast.Pos, kind, msg string) {
	panic(&bailout{err: &pyast.Error{Pos: pos, Kind: kind, Msg: msg}})
}

// failEOF stops with an error that only says the input ended too early.
func (f *file) failEOF(pos pyast.Pos, kind, msg string) {
	panic(&bailout{err: &pyast.Error{Pos: pos, Kind: kind, Msg: msg}, incomplete: true})
}

// syntaxErr stops with a SyntaxError.
func (f *file) syntaxErr(pos pyast.Pos, msg string) {
	f.fail(pos, "SyntaxError", msg)
}
