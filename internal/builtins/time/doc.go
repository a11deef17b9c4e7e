// Package time is pyconc's time module: clocks, sleep, and conversions
// between seconds since the epoch, struct_time and text, as CPython's.
//
// Make, named in package builtins' list of modules, makes the module of a
// runtime; its doc comment lists the module's members.
package time
