package core

import (
	"go.starlark.net/starlark"
)

// Universe returns the predeclared names of every module: Python's built-in
// functions and classes (pythonBuiltins), the exception classes
// (exceptionBuiltins) and the hidden built-ins that lowered code calls
// (hiddenBuiltins and controlBuiltins; see package hidden).
func Universe() starlark.StringDict {
	u := starlark.StringDict{}
	for _, part := range []starlark.StringDict{pythonBuiltins(), exceptionBuiltins(), hiddenBuiltins(), controlBuiltins(), leadBuiltins()} {
		for k, v := range part {
			u[k] = v
		}
	}
	return u
}
