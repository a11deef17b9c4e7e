package core

import "go.starlark.net/starlark"

// pythonBuiltins returns Python's built-in functions and classes (to be completed).
func pythonBuiltins() starlark.StringDict {
	return starlark.StringDict{"object": ObjectClass}
}

// hiddenBuiltins returns the hidden built-ins of the object model and
// operators: __pc_class, __pc_super, __pc_is, __pc_pow, __pc_mod... (to be completed).
func hiddenBuiltins() starlark.StringDict {
	return starlark.StringDict{}
}
