package core

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// controlBuiltins returns the hidden built-ins of exceptions, control flow,
// variables and imports (see package hidden): __pc_try, __pc_match,
// __pc_raise, __pc_with, __pc_cell, __pc_undefined, __pc_del, __pc_import,
// __pc_importfrom, __pc_importstar, and __pc_assertion (the lowering of
// assert statements).
func controlBuiltins() starlark.StringDict {
	return starlark.StringDict{
		hidden.Try:        starlark.NewBuiltin(hidden.Try, pcTry),
		hidden.Match:      starlark.NewBuiltin(hidden.Match, pcMatch),
		hidden.Raise:      starlark.NewBuiltin(hidden.Raise, pcRaise),
		hidden.With:       starlark.NewBuiltin(hidden.With, pcWith),
		hidden.Cell:       starlark.NewBuiltin(hidden.Cell, pcCell),
		hidden.Undefined:  starlark.NewBuiltin(hidden.Undefined, pcUndefined),
		hidden.Del:        Deleted,
		hidden.Import:     starlark.NewBuiltin(hidden.Import, pcImport),
		hidden.ImportFrom: starlark.NewBuiltin(hidden.ImportFrom, pcImportFrom),
		hidden.ImportStar: starlark.NewBuiltin(hidden.ImportStar, pcImportStar),
		hidden.Assertion:  starlark.NewBuiltin(hidden.Assertion, pcAssertion),
	}
}
