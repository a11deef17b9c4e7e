// Package json is pyconc's json module: dumps, loads, dump and load with
// CPython's output and error messages.
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package json
