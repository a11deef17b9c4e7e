// This file defines the compilation of a script: parse, lower, compile
// on go.starlark.net, and the SyntaxError of each step.

package interp

import (
	"errors"
	"fmt"
	"strings"

	"go.starlark.net/resolve"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/lower"
	"github.com/pyconc/pyconc/internal/parser"
	"github.com/pyconc/pyconc/internal/pyast"
)

// moduleNames are predeclared per module (not in the universe).
var moduleNames = []string{"__name__", "__file__", "__package__"}

// compile parses, lowers and compiles Python source. isPredeclared reports
// the names every module has. The error is a *SyntaxError or an
// *InternalError; no panic escapes.
func compile(filename string, src []byte, isPredeclared func(string) bool) (prog *starlark.Program, err error) {
	defer recoverInternal(&err, filename)
	mod, err := parser.Parse(filename, src)
	if err != nil {
		return nil, syntaxErrorFrom(err, src)
	}
	f, err := lower.File(mod, isPredeclared)
	if err != nil {
		return nil, syntaxErrorFrom(err, src)
	}
	prog, err = starlark.FileProgram(f, isPredeclared)
	if err != nil {
		return nil, syntaxErrorFrom(err, src)
	}
	return prog, nil
}

// syntaxErrorFrom turns an error of the parser, the lowering or the
// go.starlark.net resolver into a *SyntaxError.
func syntaxErrorFrom(err error, src []byte) error {
	mk := func(kind, msg string, pos syntax.Position) *SyntaxError {
		return &SyntaxError{Kind: kind, Msg: msg, File: pos.Filename(), Line: int(pos.Line), Col: int(pos.Col), Text: core.LineOf(src, int(pos.Line))}
	}
	var list pyast.ErrorList
	var one *pyast.Error
	var rlist resolve.ErrorList
	var serr syntax.Error
	switch {
	case errors.As(err, &list) && len(list) > 0:
		return mk(list[0].Kind, list[0].Msg, list[0].Pos)
	case errors.As(err, &one):
		return mk(one.Kind, one.Msg, one.Pos)
	case errors.As(err, &rlist) && len(rlist) > 0:
		return mk("SyntaxError", resolverMessage(rlist[0].Msg), rlist[0].Pos)
	case errors.As(err, &serr):
		return mk("SyntaxError", serr.Msg, serr.Pos)
	}
	return &InternalError{Msg: err.Error()}
}

// resolverMessage rephrases go.starlark.net resolver messages that can
// still reach the user after lowering.
func resolverMessage(msg string) string {
	switch {
	case strings.HasPrefix(msg, "undefined: "):
		return fmt.Sprintf("name '%s' is not defined", strings.TrimPrefix(msg, "undefined: "))
	}
	return msg
}
