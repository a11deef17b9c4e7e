// This file defines what the interpreter does for multiprocessing: the
// main script a child loads, and the end of child processes at exit.

package interp

import (
	"context"
	"os"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/builtins/multiprocessing"
)

func init() {
	multiprocessing.LoadMain = loadMainForChild
}

// recordMainSpec tells the multiprocessing module which script children
// must load: the file, or the source text of -c, stdin and the REPL.
func (in *Interpreter) recordMainSpec(filename string, src []byte, fromFile bool) {
	spec := multiprocessing.MainSpec{Name: filename, Argv: in.rt.Argv}
	if fromFile {
		spec.Path = filename
	} else {
		spec.Source = src
	}
	multiprocessing.SetMainSpec(in.rt, spec)
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
