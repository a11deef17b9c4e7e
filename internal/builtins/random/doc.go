// Package random is pyconc's random module: CPython's functions over Go's
// PCG generator.
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package random
