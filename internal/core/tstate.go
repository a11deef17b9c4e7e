package core

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

const stateKey = "pyconc.threadstate"

// ThreadState is the runtime's record of one Python thread.
type ThreadState struct {
	RT     *Runtime
	Thread *starlark.Thread
	Ident  int64
	IsMain bool
	Daemon bool

	// Host marks a thread that runs a call of the embedding host
	// (Interpreter.Call): Runtime.MaxThreads does not count it.
	Host bool

	// Object is the Python object representing the thread (a threading.Thread
	// instance or subclass instance); set by the threading module.
	Object starlark.Value

	// Handling is the stack of exceptions being handled by except clauses
	// of this thread, innermost last (for bare raise and sys.exc_info).
	Handling []*PyError

	// Local holds per-thread values of modules (threading.local...).
	Local sync.Map

	mu      sync.Mutex
	name    string
	intr    chan struct{} // closed to interrupt the current blocking wait
	waitPos syntax.Position
	waitFn  string
	order   int64

	pendingKI atomic.Bool

	stepBase uint64 // steps already run when the step budget started

	sleepGen atomic.Uint64 // odd while the thread sleeps (see sleep.go)
	wake     chan struct{} // wake-up token of a sleep; made by its first sleep
}

// StateOf returns the ThreadState of a Starlark thread, or nil.
func StateOf(th *starlark.Thread) *ThreadState {
	if th == nil {
		return nil
	}
	ts, _ := th.Local(stateKey).(*ThreadState)
	return ts
}

// NewThread creates the state and the Starlark thread of a new Python
// thread. It is not yet live: call Start (or RunMain for the main thread).
func (rt *Runtime) NewThread(name string) *ThreadState {
	rt.mu.Lock()
	rt.nextID++
	id := rt.nextID
	rt.mu.Unlock()
	th := &starlark.Thread{Name: name}
	ts := &ThreadState{RT: rt, Thread: th, Ident: id, name: name, intr: make(chan struct{}), order: id}
	th.SetLocal(stateKey, ts)
	th.SetMaxExecutionSteps(ts.nextCheck(0))
	th.OnMaxSteps = func(th *starlark.Thread) {
		steps := th.ExecutionSteps()
		if b := rt.MaxSteps; b > 0 && steps-ts.stepBase > b {
			// Every later step fails again: the thread ends.
			SetPendingError(th, NewError(RuntimeError, fmt.Sprintf("step budget exceeded: the thread ran more than %d steps (MaxSteps)", b)))
			return
		}
		th.SetMaxExecutionSteps(ts.nextCheck(steps))
		rt.GIL.Yield(th)
	}
	th.Load = func(th *starlark.Thread, module string) (starlark.StringDict, error) {
		return nil, errors.New("load() is not available in pyconc; use import")
	}
	return ts
}

// nextCheck returns the step count at which the thread, having run steps,
// next offers the interpreter lock or checks its step budget.
func (ts *ThreadState) nextCheck(steps uint64) uint64 {
	next := steps + SwitchSteps
	if b := ts.RT.MaxSteps; b > 0 && next > ts.stepBase+b+1 {
		next = ts.stepBase + b + 1
	}
	return next
}

// Stop stops the thread: running code fails at its next step, a blocking
// wait returns at once (a host call whose context ended).
func (ts *ThreadState) Stop(reason string) {
	ts.Thread.Cancel(reason)
	ts.interrupt()
}

// Name returns the thread's name.
func (ts *ThreadState) Name() string {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return ts.name
}

// SetName changes the thread's name.
func (ts *ThreadState) SetName(name string) {
	ts.mu.Lock()
	ts.name = name
	ts.mu.Unlock()
	ts.Thread.Name = name
}

// register makes ts live.
func (rt *Runtime) register(ts *ThreadState) {
	rt.mu.Lock()
	rt.threads[ts] = true
	rt.blockGen++
	rt.mu.Unlock()
	if rt.ctx.Err() != nil {
		ts.Thread.Cancel(rt.Err().Error())
		ts.interrupt()
	}
}

// unregister ends ts's life.
func (rt *Runtime) unregister(ts *ThreadState) {
	rt.mu.Lock()
	delete(rt.threads, ts)
	rt.blockGen++
	rt.checkDeadlockLocked()
	rt.mu.Unlock()
}

// Go starts ts as a goroutine running fn under the interpreter lock.
// started is called (holding the lock) once the thread is live, before fn.
// The thread is live until fn returns.
func (rt *Runtime) Go(ts *ThreadState, started func(), fn func()) {
	rt.register(ts)
	job := func() {
		rt.GIL.Acquire(ts.Thread)
		defer func() {
			if r := recover(); r != nil {
				// A bug of pyconc, not the script's: report it, never crash.
				fmt.Fprintln(rt.Stderr, NewInternalError(r, "thread "+ts.Name()))
			}
			rt.unregister(ts)
			rt.GIL.Release()
		}()
		if started != nil {
			started()
		}
		fn()
	}
	select {
	case rt.idleWorkers <- job: // a goroutine whose stack has already grown
	default:
		go rt.worker(job)
	}
}

// workerIdle is how long a goroutine that ran a thread waits for the next
// one before it exits.
const workerIdle = 100 * time.Millisecond

// worker runs thread jobs: the first, then the next ones handed over while
// it is idle. Reusing goroutines spares each new thread the growth of a
// fresh goroutine stack (copied at each doubling) to the depth of the
// Starlark interpreter, which was a quarter of the cost of a thread.
func (rt *Runtime) worker(job func()) {
	var idle *time.Timer
	for {
		job()
		if idle == nil {
			idle = time.NewTimer(workerIdle)
		} else {
			idle.Reset(workerIdle)
		}
		select {
		case job = <-rt.idleWorkers:
			idle.Stop() // no stale tick can arrive after Stop (Go 1.23 timers)
		case <-idle.C:
			return
		case <-rt.done:
			idle.Stop()
			return
		}
	}
}

// RunMain runs fn as the main thread ts on the calling goroutine, taking
// the interpreter lock for it; ts stays live until fn returns.
func (rt *Runtime) RunMain(ts *ThreadState, fn func() error) error {
	ts.IsMain = true
	// Each run has its own step budget; an error left pending by an
	// earlier run that ran out of steps is dropped.
	TakePendingError(ts.Thread)
	ts.stepBase = ts.Thread.ExecutionSteps()
	ts.Thread.SetMaxExecutionSteps(ts.nextCheck(ts.stepBase))
	rt.register(ts)
	rt.GIL.Acquire(ts.Thread)
	defer func() {
		rt.unregister(ts)
		rt.GIL.Release()
	}()
	return fn()
}

// Enter takes the interpreter lock for a goroutine that is not a script
// thread (e.g. a host calling into the runtime) and returns the function
// that gives it back.
func (rt *Runtime) Enter(th *starlark.Thread) (leave func()) {
	rt.GIL.Acquire(th)
	return rt.GIL.Release
}

// interrupt wakes the thread's current blocking wait, if any.
func (ts *ThreadState) interrupt() {
	ts.mu.Lock()
	select {
	case <-ts.intr:
	default:
		close(ts.intr)
	}
	ts.mu.Unlock()
	if gen := ts.sleepGen.Load(); gen&1 == 1 {
		ts.wakeSleep(gen)
	}
}

// intrChan returns the channel closed when the thread is interrupted,
// re-arming it after a previous interruption has been dealt with.
func (ts *ThreadState) intrChan() <-chan struct{} {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	select {
	case <-ts.intr:
		if ts.RT.ctx.Err() == nil && !ts.pendingKI.Load() {
			ts.intr = make(chan struct{})
		}
	default:
	}
	return ts.intr
}

// InterruptMain delivers KeyboardInterrupt to the main thread (Ctrl-C):
// running code fails at its next step, a blocking wait returns at once.
func (rt *Runtime) InterruptMain() {
	for _, ts := range rt.Threads() {
		if ts.IsMain {
			ts.pendingKI.Store(true)
			ts.Thread.Cancel(KeyboardInterruptReason)
			ts.interrupt()
		}
	}
}

// KeyboardInterruptReason is the cancellation reason used for Ctrl-C.
const KeyboardInterruptReason = "KeyboardInterrupt"

// TakeKeyboardInterrupt reports whether a KeyboardInterrupt is pending for
// the thread and, if so, clears it (and the thread's cancellation), so that
// the caller can raise it as a catchable exception.
func (ts *ThreadState) TakeKeyboardInterrupt() bool {
	if !ts.pendingKI.CompareAndSwap(true, false) {
		return false
	}
	if ts.RT.ctx.Err() == nil {
		ts.Thread.Uncancel()
	}
	return true
}

func sortThreads(list []*ThreadState) {
	sort.Slice(list, func(i, j int) bool { return list[i].order < list[j].order })
}
