package multiprocessing

import (
	"context"
	"path/filepath"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the hooks the interpreter (package interp) installs.

// MainSpec says how a child process loads the parent's main script.
type MainSpec struct {
	// Path is the script's path, made absolute by SetMainSpec; "" when
	// the script has no file (-c, stdin, REPL): Source is then used.
	Path string
	// Source is the script's text when it has no file (nil otherwise).
	Source []byte
	// Name is the script's name in tracebacks: the path as given,
	// "<string>" for -c, "<stdin>" for standard input.
	Name string
	// Argv is sys.argv of the parent.
	Argv []string

	// Globals, in the parent, returns the main module's globals as they
	// are now (the interpreter sets it; nil: those of the outermost script
	// function of the thread that starts the process). A process started
	// by 'fork' receives them.
	Globals func() starlark.StringDict

	// Method, in a child, is the start method that started it.
	Method string
	// Snapshot, in a child started by 'fork', holds the parent's main
	// module's globals as they were at start().
	Snapshot *Snapshot
}

// WorkerEntry is the name of the worker entry point this package registers
// with package reexec. The interpreter needs to do nothing for it beyond
// importing this package and calling reexec.Init first thing in main.
const WorkerEntry = "pyconc-multiprocessing-worker"

// LoadMain loads a child's main script. It must be set by the interpreter
// (package interp) before any Process starts. Its contract:
//
//   - create a new runtime bound to ctx, with the interpreter's usual
//     modules (this package's included) and standard streams;
//   - run spec's script (spec.Source if non-nil, else the file spec.Path;
//     spec.Name in tracebacks; sys.argv = spec.Argv) as module
//     "__mp_main__" on the runtime's main thread (Runtime.RunMain), so that
//     code under `if __name__ == "__main__":` does not run;
//   - or, when spec.Method is "fork", run only the definitions of the
//     script's top level (def, class, import, and assignments that call
//     nothing) as module "__main__", every module variable a cell (the
//     interactive prompt's lowering): the cells of spec.Snapshot.Names()
//     predeclared, filled by spec.Snapshot.Restore(th, cells, false) before
//     the definitions run and by Restore(th, cells, true) after;
//   - if that succeeds, call body on the same thread, holding the
//     interpreter lock, with the module's globals; body runs the target and
//     deals with its errors itself (it returns nil, or an error only for
//     internal failures);
//   - then finish the program as for a main script (wait for non-daemon
//     threads, call Shutdown) and return. The error returned is the
//     script's own (an exception while loading it) or body's.
//
// The child then exits with the target's exit code, or 1 after printing
// the error when loading failed.
var LoadMain func(ctx context.Context, spec MainSpec, body func(th *starlark.Thread, globals starlark.StringDict) error) error

// SetMainSpec records the main script of rt, which Process.start sends to
// children. The interpreter calls it before running a main script. A
// relative Path is made absolute against the current directory.
func SetMainSpec(rt *core.Runtime, spec MainSpec) {
	if spec.Path != "" {
		if abs, err := filepath.Abs(spec.Path); err == nil {
			spec.Path = abs
		}
	}
	st := stateOf(rt)
	st.mu.Lock()
	st.spec = &spec
	st.mu.Unlock()
}
