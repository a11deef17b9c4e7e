package core

import "go.starlark.net/starlark"

// controlBuiltins returns the hidden built-ins of exceptions and control
// flow: __pc_try, __pc_with, __pc_match, __pc_raise, __pc_cell, imports...
// (to be completed).
func controlBuiltins() starlark.StringDict {
	return starlark.StringDict{}
}
