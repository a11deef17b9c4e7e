// Package math is pyconc's math module: go.starlark.net's lib/math with
// CPython's errors, plus the rest of CPython's functions and constants.
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package math
