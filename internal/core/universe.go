package core

// This file defines the universe: the names every module has.

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// Universe returns the predeclared names of every module: Python's built-in
// functions and classes (pythonBuiltins), the exception classes
// (exceptionBuiltins) and the hidden built-ins that lowered code calls
// (hiddenBuiltins; see package hidden).
func Universe() starlark.StringDict {
	u := starlark.StringDict{}
	for _, part := range []starlark.StringDict{pythonBuiltins(), exceptionBuiltins(), hiddenBuiltins()} {
		for k, v := range part {
			u[k] = v
		}
	}
	return u
}

// hiddenBuiltins returns the hidden built-ins, each of hidden.Builtins
// (package hidden's test checks that none is missing).
func hiddenBuiltins() starlark.StringDict {
	return starlark.StringDict{
		// The object model and operators.
		hidden.Class:     builtin(hidden.Class, hiddenClass),
		hidden.Super:     builtin(hidden.Super, hiddenSuper),
		hidden.Is:        builtin(hidden.Is, hiddenIs),
		hidden.Compare:   builtin(hidden.Compare, hiddenCompare),
		hidden.Pow:       builtin(hidden.Pow, hiddenPow),
		hidden.Mod:       builtin(hidden.Mod, hiddenMod),
		hidden.Fmt:       builtin(hidden.Fmt, hiddenFmt),
		hidden.Method:    builtin(hidden.Method, hiddenMethod),
		hidden.List:      builtin(hidden.List, builtinList), // list(x), which the user cannot shadow
		hidden.Tuple:     builtin(hidden.Tuple, builtinTuple),
		hidden.SetOf:     builtin(hidden.SetOf, builtinSet(hidden.SetOf)),
		hidden.DictMerge: builtin(hidden.DictMerge, hiddenDictMerge),
		hidden.Unpack:    builtin(hidden.Unpack, hiddenUnpack),
		hidden.DelItem:   builtin(hidden.DelItem, hiddenDelItem),
		hidden.DelAttr:   builtin(hidden.DelAttr, hiddenDelAttr),
		hidden.Slice:     builtin(hidden.Slice, hiddenSlice),

		// Attributes, items and iteration.
		hidden.GetAttr:   starlark.NewBuiltin(hidden.GetAttr, hiddenGetAttr),
		hidden.SetItem:   starlark.NewBuiltin(hidden.SetItem, hiddenSetItem),
		hidden.Iter:      starlark.NewBuiltin(hidden.Iter, hiddenIter),
		hidden.Resumable: starlark.NewBuiltin(hidden.Resumable, hiddenResumable),
		hidden.GetSlice:  starlark.NewBuiltin(hidden.GetSlice, hiddenGetSlice),

		// Exceptions, control flow, variables and imports.
		hidden.Try:        starlark.NewBuiltin(hidden.Try, pcTry),
		hidden.Match:      starlark.NewBuiltin(hidden.Match, pcMatch),
		hidden.Raise:      starlark.NewBuiltin(hidden.Raise, pcRaise),
		hidden.With:       starlark.NewBuiltin(hidden.With, pcWith),
		hidden.Assertion:  starlark.NewBuiltin(hidden.Assertion, pcAssertion),
		hidden.Cell:       starlark.NewBuiltin(hidden.Cell, pcCell),
		hidden.Undefined:  starlark.NewBuiltin(hidden.Undefined, pcUndefined),
		hidden.Del:        Deleted,
		hidden.Import:     starlark.NewBuiltin(hidden.Import, pcImport),
		hidden.ImportFrom: starlark.NewBuiltin(hidden.ImportFrom, pcImportFrom),
		hidden.ImportStar: starlark.NewBuiltin(hidden.ImportStar, pcImportStar),
	}
}
