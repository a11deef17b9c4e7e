// Package sys is pyconc's sys module: argv, exit, the exception being
// handled, the standard streams and the interpreter's settings.
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package sys
