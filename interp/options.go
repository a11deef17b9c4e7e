// This file defines Options, the configuration of an Interpreter, and
// ModuleMaker, the maker of a host's Go-defined module.

package interp

import (
	"io"
	"io/fs"
)

// Options configure an Interpreter. The zero value works: standard
// streams of the process, no arguments, the built-in modules only, imports
// of sibling files from the main script's folder, no limits.
type Options struct {
	Stdin  io.Reader // default os.Stdin
	Stdout io.Writer // default os.Stdout
	Stderr io.Writer // default os.Stderr

	// Argv is sys.argv (Argv[0] is the script name).
	Argv []string

	// Predeclared are extra built-in names, visible to every module of a
	// script, with Go values converted by ToValue: numbers, strings,
	// slices, maps, GoFunc functions (a script-callable function named by
	// its key, see Func), starlark.Value values as they are. Each
	// interpreter converts them afresh, so a list or dict is its own. New
	// panics when a value cannot be converted.
	Predeclared map[string]any

	// Modules are extra importable modules, by import name; they take
	// precedence over the built-in modules of the same name. See
	// NewModule for a module of fixed members.
	Modules map[string]ModuleMaker

	// FS, when set, holds the script's own modules and packages: "import
	// m" finds m/__init__.py (a package, whose files are its submodules),
	// m.py or m.star there; otherwise in the folder of the main script
	// (the working directory for source given to Exec). As in CPython,
	// they come after the modules CPython builds in (sys, time...) and
	// before the rest of the standard library.
	FS fs.FS

	// MaxThreads limits the number of threads a script may have alive at
	// once, besides the main thread and the threads of Call (0: no
	// limit). Thread.start beyond it raises RuntimeError "can't start new
	// thread", as CPython does when the system refuses one.
	MaxThreads int

	// MaxProcesses limits the number of live child processes (0: no
	// limit); Process.start beyond it raises a RuntimeError naming it.
	MaxProcesses int

	// MaxSteps limits the Starlark execution steps of each script thread
	// (0: no limit); the main thread's budget starts again with each Exec.
	// A thread that exceeds it stops with RuntimeError "step budget
	// exceeded: the thread ran more than N steps (MaxSteps)", which except
	// clauses cannot stop (every further step raises it again).
	MaxSteps uint64
}

// ModuleMaker makes the members of a Go-defined module (Options.Modules)
// for one interpreter, the first time a script of that interpreter
// imports it. The members are converted as Options.Predeclared are: Go
// values by ToValue, a GoFunc becomes a function named by its key. An
// error is raised by the import statement (an *Exception raises its
// class, any other error a RuntimeError).
//
// The maker runs while the importing script thread holds the interpreter
// lock: it must not call the Interpreter's methods.
type ModuleMaker func() (members map[string]any, err error)

// NewModule returns the maker of a module with the given members: each
// interpreter gets its own module object, with the members converted
// afresh (a list member is not shared between interpreters).
func NewModule(members map[string]any) ModuleMaker {
	return func() (map[string]any, error) { return members, nil }
}
