// Package traceback is pyconc's traceback module: the text of exceptions
// and of the call stack, as CPython 3.11's traceback module prints it, made
// by the runtime's one traceback formatter (core.FormatException).
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package traceback
