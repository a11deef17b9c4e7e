// This file defines the worker dispatch of a host program:
// RunWorkerIfChild.

package interp

import (
	"sync"

	"github.com/pyconc/pyconc/internal/reexec"
)

// worker holds the options of the interpreters of worker processes.
var worker struct {
	mu   sync.Mutex
	opts Options
}

// RunWorkerIfChild is the worker dispatch of a host program whose scripts
// may start processes (multiprocessing.Process, Pool...). Call it first
// thing in main, before flags are parsed or anything is printed:
//
//	func main() {
//		opts := interp.Options{Predeclared: ...}
//		if interp.RunWorkerIfChild(opts) {
//			return // this process was a worker; it has done its work
//		}
//		in := interp.New(opts)
//		...
//	}
//
// A child process is the host binary itself, started again in worker
// mode. In the host's own process RunWorkerIfChild returns false at once.
// In a worker it loads the parent's main script, runs the Process's
// target and returns true; main must then return. The worker's
// interpreter uses opts' Predeclared, Modules, FS and limits, so that the
// script finds in the child the Go functions and modules it finds in the
// parent; its streams and argv are the parent's (opts' are ignored).
//
// A script that starts a Process in a program that never called
// RunWorkerIfChild gets a RuntimeError saying so.
func RunWorkerIfChild(opts Options) bool {
	worker.mu.Lock()
	worker.opts = opts
	worker.mu.Unlock()
	return reexec.Init()
}

// workerOptions returns the options of a worker process's interpreter.
func workerOptions(argv []string) Options {
	worker.mu.Lock()
	opts := worker.opts
	worker.mu.Unlock()
	opts.Stdin, opts.Stdout, opts.Stderr = nil, nil, nil
	opts.Argv = argv
	return opts
}
