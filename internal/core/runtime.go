package core

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/reexec"
)

// Runtime is one interpreter: its lock, its threads, its standard streams
// and the hooks the embedding layer (package interp) installs.
type Runtime struct {
	GIL GIL

	Stdin  io.Reader
	Stdout *Output
	Stderr *Output

	// Import returns the module of an absolute dotted name, importing it
	// (and its parent packages) on first use. Installed by package interp;
	// used by __pc_import and __pc_importfrom.
	Import func(th *starlark.Thread, name string) (starlark.Value, error)

	// Initializing reports whether a module is still running its top level
	// (seen partly initialised by a circular import). Installed by package
	// interp; nil: never.
	Initializing func(module starlark.Value) bool

	// SysModules is sys.modules: the modules imported so far by dotted
	// name, kept by the importer (package interp installs it; nil: none).
	// Only a thread holding the interpreter lock may use it.
	SysModules *starlark.Dict

	// HardExit ends the whole program at once with the given status
	// (os._exit). Nil: the runtime is aborted with an *ExitError instead.
	HardExit func(code int)

	// Argv is sys.argv.
	Argv []string

	// MainPath is the main script's path as shown in tracebacks ("<string>"
	// for -c, "<stdin>" for standard input).
	MainPath string

	// Sources maps a file name to its source text, for tracebacks.
	Sources sync.Map // string -> []byte

	ctx    context.Context
	cancel context.CancelCauseFunc

	mu       sync.Mutex
	threads  map[*ThreadState]bool // live threads (started, not finished)
	nextID   int64
	forever  int    // live threads blocked with no timeout
	blockGen uint64 // changes whenever a thread blocks or wakes
	done     chan struct{}

	// idleWorkers hands a new thread's job to a goroutine that finished
	// running an earlier thread (see Runtime.worker).
	idleWorkers chan func()
	sleepers    sleepQueue
	finished    sync.Once

	// OnDeadlock is called (without the lock) with the report when every
	// live thread is blocked forever; the runtime is then aborted with a
	// *DeadlockError. Nil means the default: abort only.
	OnDeadlock func(report string)

	// Values shared by the modules (threading, multiprocessing...) of this
	// runtime, keyed by the module's own key type.
	shared sync.Map

	// Limits set by the embedding host before the first thread is made
	// (0: no limit); see CheckThreadStart, CheckProcessStart and
	// ThreadState's step budget.
	MaxThreads   int    // live threads started by the script
	MaxProcesses int    // live child processes
	MaxSteps     uint64 // Starlark steps of each thread
}

// NewRuntime makes a runtime bound to ctx: cancelling ctx stops every thread.
func NewRuntime(ctx context.Context) *Runtime {
	if ctx == nil {
		ctx = context.Background()
	}
	rt := &Runtime{
		Stdin:       os.Stdin,
		Stdout:      NewOutput(os.Stdout),
		Stderr:      NewOutput(os.Stderr),
		threads:     make(map[*ThreadState]bool),
		done:        make(chan struct{}),
		idleWorkers: make(chan func()),
	}
	rt.ctx, rt.cancel = context.WithCancelCause(ctx)
	go func() {
		select {
		case <-rt.ctx.Done():
			rt.interruptAll()
		case <-rt.done:
		}
	}()
	return rt
}

// Context is cancelled when the runtime is aborted or its parent context ends.
func (rt *Runtime) Context() context.Context { return rt.ctx }

// Abort stops every thread of the runtime: running Starlark code fails at
// its next step and blocked built-ins return. err is reported by Err.
func (rt *Runtime) Abort(err error) {
	rt.cancel(err)
}

// Err returns why the runtime was aborted, or nil.
func (rt *Runtime) Err() error {
	if rt.ctx.Err() == nil {
		return nil
	}
	return context.Cause(rt.ctx)
}

// Close releases the runtime's background goroutine. Threads still blocked
// are interrupted.
func (rt *Runtime) Close() {
	rt.cancel(context.Canceled)
	rt.interruptAll()
	rt.finished.Do(func() { close(rt.done) })
}

// Shared returns the value stored under key, creating it with mk once.
func (rt *Runtime) Shared(key any, mk func() any) any {
	if v, ok := rt.shared.Load(key); ok {
		return v
	}
	v, _ := rt.shared.LoadOrStore(key, mk())
	return v
}

func (rt *Runtime) interruptAll() {
	reason := "interrupted"
	if err := rt.Err(); err != nil {
		reason = err.Error()
	}
	rt.mu.Lock()
	list := make([]*ThreadState, 0, len(rt.threads))
	for ts := range rt.threads {
		list = append(list, ts)
	}
	rt.mu.Unlock()
	for _, ts := range list {
		ts.Thread.Cancel(reason)
		ts.interrupt()
	}
}

// Threads returns the live threads (started, not finished), in start order.
func (rt *Runtime) Threads() []*ThreadState {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	list := make([]*ThreadState, 0, len(rt.threads))
	for ts := range rt.threads {
		list = append(list, ts)
	}
	sortThreads(list)
	return list
}

// ThreadCount returns the number of live threads.
func (rt *Runtime) ThreadCount() int {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return len(rt.threads)
}

// RuntimeOf returns the runtime a Starlark thread belongs to (nil if none).
func RuntimeOf(th *starlark.Thread) *Runtime {
	if ts := StateOf(th); ts != nil {
		return ts.RT
	}
	return nil
}

// StopThreads stops every live thread but keep: running code fails at its
// next step, blocked built-ins return (the interactive prompt after
// Ctrl-C).
func (rt *Runtime) StopThreads(keep *ThreadState) {
	for _, ts := range rt.Threads() {
		if ts != keep {
			ts.Thread.Cancel("stopped by KeyboardInterrupt")
			ts.interrupt()
		}
	}
}

// CheckThreadStart returns CPython's RuntimeError "can't start new thread"
// when the script already has MaxThreads live threads (the main thread
// and host threads not counted); threading calls it before starting one.
func (rt *Runtime) CheckThreadStart() error {
	if rt.MaxThreads <= 0 {
		return nil
	}
	n := 0
	for _, ts := range rt.Threads() {
		if !ts.IsMain && !ts.Host {
			n++
		}
	}
	if n >= rt.MaxThreads {
		return NewError(RuntimeError, fmt.Sprintf("can't start new thread (the limit of %d live threads is reached)", rt.MaxThreads))
	}
	return nil
}

// CheckProcessStart returns the RuntimeError of Process.start when the
// program cannot start one more child: the host binary never made the
// worker-dispatch call (reexec.Init) at the top of its main, or live
// children already number MaxProcesses.
func (rt *Runtime) CheckProcessStart(live int) error {
	if !reexec.Initialized() {
		return NewError(RuntimeError, "cannot start a process: this program did not call interp.RunWorkerIfChild first thing in its main function, so a child process could not run the worker")
	}
	if rt.MaxProcesses > 0 && live >= rt.MaxProcesses {
		return NewError(RuntimeError, fmt.Sprintf("cannot start a process: the limit of %d live child processes is reached", rt.MaxProcesses))
	}
	return nil
}
