// Package pysrc holds the standard modules pyconc writes in Python, in its
// folder lib: lib/name.py is module name, a folder lib/pkg with an
// __init__.py is package pkg and its other files are pkg's submodules (a
// folder without __init__.py holds submodules of the Go-defined module of
// its name). They are embedded in the binary and compiled on first import
// (see internal/importer), never at start-up.
//
// Adding a module is adding its file: the importer finds it, the
// module-list test (builtins) imports it, and its script tests go under
// testdata/scripts with CPython's output. A module may import Go-defined
// ones (time, threading) and others of this folder. Where CPython writes
// part of a module in C (bisect, heapq's _heapq), write that part as its
// own file opening with the line "# pyconc: builtin" (see
// internal/importer.BuiltinDirective): tracebacks then show no entry in
// it, as CPython's show none in C code. A part that must be fast or touch
// the OS is a Go-defined module instead (listed in builtins/modules.go),
// imported by the Python one.
//
// They are pyconc's own code: written from CPython 3.11's documented
// behaviour, not copied from its Lib.
package pysrc

// This file defines FS, the embedded folder.

import (
	"embed"
	"io/fs"
)

//go:embed all:lib
var lib embed.FS

// FS returns the modules' files: lib's contents, at its root.
func FS() fs.FS {
	sub, err := fs.Sub(lib, "lib")
	if err != nil {
		panic(err) // lib is embedded: it exists
	}
	return sub
}
