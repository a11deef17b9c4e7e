package core

import "go.starlark.net/starlark"

// exceptionBuiltins returns the exception classes by name.
func exceptionBuiltins() starlark.StringDict {
	d := starlark.StringDict{}
	for name, c := range ExceptionClasses() {
		d[name] = c
	}
	return d
}
