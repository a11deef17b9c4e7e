// Package pysrc holds the standard modules pyconc writes in Python, in its
// folder lib: lib/name.py is module name, a folder lib/pkg with an
// __init__.py is package pkg and its other files are pkg's submodules (a
// folder without __init__.py holds submodules of the Go-defined module of
// its name). They are embedded in the binary and compiled on first import
// (see internal/importer), never at start-up.
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
