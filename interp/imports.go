// This file connects the interpreter to its importer (package
// internal/importer): the modules it searches, the library of modules
// written in Python that every interpreter of the process shares, and the
// compilation of the modules it imports.

package interp

import (
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/importer"
)

// libraryPrefix begins the file names (__file__, tracebacks) of the
// modules pyconc writes in Python: "<pyconc>/concurrent/__init__.py".
const libraryPrefix = "<pyconc>/"

// library is pyconc's modules written in Python, compiled on first import
// and shared by every interpreter of the process.
var library = importer.NewLibrary(builtins.Sources(), libraryPrefix, compileLibraryModule)

// newImporter returns the importer of in: the host's modules, pyconc's
// modules in Go and in Python, and the user's files of Options.FS or of
// the main script's folder.
func (in *Interpreter) newImporter() *importer.Importer {
	host := make(map[string]importer.Maker, len(in.opts.Modules))
	for name, mk := range in.opts.Modules {
		host[name] = hostModule(name, mk)
	}
	goModules := map[string]importer.Maker{}
	for name, mk := range builtins.Modules() {
		goModules[name] = importer.Maker(mk)
	}
	return importer.New(importer.Config{
		Runtime: in.rt,
		Host:    host,
		Go:      goModules,
		Library: library,
		Files:   in.opts.FS,
		Dir: func() string {
			in.mu.Lock()
			defer in.mu.Unlock()
			return in.dir
		},
		Compile: func(filename string, src []byte) (*starlark.Program, error) {
			return compileModule(filename, src, in.isPredeclared)
		},
		Predeclared: func(name, file string, pkg starlark.Value) starlark.StringDict {
			d := in.predeclared(name, file)
			d["__package__"] = pkg
			return d
		},
	})
}

// libraryPredeclared reports the names the library's modules see as
// predeclared: the built-ins and the module's own names, not the host's
// Options.Predeclared, so that one compiled program serves every
// interpreter.
var libraryPredeclared = sync.OnceValue(func() func(string) bool {
	universe := core.Universe()
	return func(name string) bool {
		if _, ok := universe[name]; ok {
			return true
		}
		for _, n := range moduleNames {
			if n == name {
				return true
			}
		}
		return false
	}
})

// compileLibraryModule compiles a module of the library.
func compileLibraryModule(filename string, src []byte) (*starlark.Program, error) {
	return compileModule(filename, src, libraryPredeclared())
}

// compileModule compiles an imported module's file; a syntax error is
// raised by the import statement as the SyntaxError (IndentationError,
// TabError) CPython raises, with the file, line, column and source line.
func compileModule(filename string, src []byte, isPredeclared func(string) bool) (*starlark.Program, error) {
	prog, err := compile(filename, src, isPredeclared)
	if se, ok := err.(*SyntaxError); ok {
		class := core.SyntaxError
		switch se.Kind {
		case "IndentationError":
			class = core.IndentationError
		case "TabError":
			class = core.TabError
		}
		return nil, core.NewSyntaxError(class, se.Msg, se.File, se.Line, se.Col, se.Text+"\n")
	}
	return prog, err
}
