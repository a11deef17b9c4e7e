package interp

import (
	"io"
	"io/fs"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/builtins"
)

// ModuleMaker creates the value of a Go-defined module for one
// interpreter, the first time a script imports it.
type ModuleMaker = builtins.Maker

// Options configure an Interpreter. The zero value works: standard
// streams of the process, no arguments, the built-in modules only, imports
// of sibling files from the main script's folder, no limits.
type Options struct {
	Stdin  io.Reader // default os.Stdin
	Stdout io.Writer // default os.Stdout
	Stderr io.Writer // default os.Stderr

	// Argv is sys.argv (Argv[0] is the script name).
	Argv []string

	// Predeclared are extra global names visible to every script module.
	Predeclared starlark.StringDict

	// Modules are extra importable modules, by import name; they take
	// precedence over the built-in modules of the same name.
	Modules map[string]ModuleMaker

	// FS, when set, is where "import m" looks for m.py and m.star;
	// otherwise the folder of the main script (the working directory for
	// source given to Exec).
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
