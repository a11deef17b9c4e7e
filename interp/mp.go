// This file defines what the interpreter does for multiprocessing: the
// main script a child loads, and the end of child processes at exit.

package interp

import (
	"context"
	"os"

	"github.com/pyconc/pyconc/internal/core"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/multiprocessing"
)

func init() {
	multiprocessing.LoadMain = loadMainForChild
}

// recordMainSpec tells the multiprocessing module which script children
// must load: the file, or the source text of -c, stdin and the REPL.
func (in *Interpreter) recordMainSpec(filename string, src []byte, fromFile bool) {
	spec := multiprocessing.MainSpec{Name: filename, Argv: in.rt.Argv, Globals: in.mainGlobals}
	if fromFile {
		spec.Path = filename
	} else {
		spec.Source = src
	}
	multiprocessing.SetMainSpec(in.rt, spec)
}

// mainGlobals returns the main module's globals as they are now (called
// by multiprocessing with the interpreter lock held): those of the main
// module's top level while it runs, else those it ended with, with the
// variables of the interactive session.
func (in *Interpreter) mainGlobals() starlark.StringDict {
	th := in.main.Thread
	if n := th.CallStackDepth(); n > 0 {
		if fn, ok := th.DebugFrame(n - 1).Callable().(*starlark.Function); ok && core.FunctionModule(fn) == "__main__" {
			g := fn.Globals()
			in.mu.Lock()
			for k, v := range in.globals { // a forked child's predeclared cells
				if !g.Has(k) {
					g[k] = v
				}
			}
			in.mu.Unlock()
			in.addSessionCells(g)
			return g
		}
	}
	in.mu.Lock()
	g := make(starlark.StringDict, len(in.globals))
	for k, v := range in.globals {
		g[k] = v
	}
	in.mu.Unlock()
	in.addSessionCells(g)
	return g
}

// addSessionCells adds the interactive session's variables to g.
func (in *Interpreter) addSessionCells(g starlark.StringDict) {
	in.mu.Lock()
	s := in.session
	in.mu.Unlock()
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for k, v := range s.cells {
		if !g.Has(k) {
			g[k] = v
		}
	}
}

// loadMainForChild runs in a worker process: it loads the parent's main
// script as module "__mp_main__" (so code under if __name__ == "__main__"
// does not run again), then calls body on the main thread with the
// module's globals, then ends the program as a main script ends.
func loadMainForChild(ctx context.Context, spec multiprocessing.MainSpec, body func(th *starlark.Thread, globals starlark.StringDict) error) error {
	in := New(workerOptions(spec.Argv))
	defer in.Close()
	src := spec.Source
	filename := spec.Name
	if spec.Path != "" {
		data, err := os.ReadFile(spec.Path)
		if err != nil {
			return err
		}
		src, filename = data, spec.Path
		in.dir = dirOf(spec.Path)
	}
	in.recordMainSpec(filename, src, spec.Path != "")
	if spec.Method == "fork" {
		return in.runForked(ctx, filename, src, spec.Snapshot, body)
	}
	return in.run(ctx, filename, src, "__mp_main__", body)
}

// shutdownProcesses ends the child processes at the end of a program, as
// CPython's atexit handler does: daemon children terminated, the others
// joined; after Ctrl-C or an abort, every child is terminated.
func shutdownProcesses(in *Interpreter, runErr error) {
	if runErr != nil && (isKeyboardInterrupt(runErr) || in.rt.Err() != nil) {
		multiprocessing.TerminateAll(in.rt)
		return
	}
	multiprocessing.Shutdown(in.rt)
}

// logProcessesExit logs, on the main thread at the end of a script that
// made multiprocessing's logger, what CPython's multiprocessing logs at
// exit ("process shutting down"...), before the children are joined.
func logProcessesExit(th *starlark.Thread) {
	multiprocessing.LogExit(th)
}
