package core

import (
	"sync"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"
)

// SwitchSteps is the number of Starlark execution steps after which a thread
// checks whether to offer the interpreter lock to waiting threads.
const SwitchSteps = 5000

// SwitchInterval is how long a thread keeps the interpreter lock while
// others wait for it, as CPython's sys.getswitchinterval() (5 ms): a
// shorter interval would preempt threads inside short critical sections
// (with lock: counter += 1) far more often than CPython does.
const SwitchInterval = 5 * time.Millisecond

// GIL is the interpreter lock: a mutex handed over in FIFO order, so that a
// thread that yields cannot take it straight back while others wait.
type GIL struct {
	mu      sync.Mutex
	held    bool
	waiters []chan struct{}
	nwait   atomic.Int32
	holder  atomic.Pointer[starlark.Thread]
	since   atomic.Int64 // when the holder took the lock (UnixNano)
}

// Acquire takes the lock for th, waiting for its turn.
func (g *GIL) Acquire(th *starlark.Thread) {
	g.mu.Lock()
	if !g.held {
		g.held = true
		g.mu.Unlock()
		g.holder.Store(th)
		g.since.Store(time.Now().UnixNano())
		return
	}
	ch := make(chan struct{})
	g.waiters = append(g.waiters, ch)
	g.nwait.Add(1)
	g.mu.Unlock()
	<-ch // ownership is handed over by Release
	g.holder.Store(th)
	g.since.Store(time.Now().UnixNano())
}

// Release gives the lock to the longest waiting thread, or frees it.
func (g *GIL) Release() {
	g.holder.Store(nil)
	g.mu.Lock()
	if len(g.waiters) > 0 {
		ch := g.waiters[0]
		g.waiters[0] = nil
		g.waiters = g.waiters[1:]
		g.nwait.Add(-1)
		g.mu.Unlock()
		close(ch)
		return
	}
	g.held = false
	g.mu.Unlock()
}

// Yield lets waiting threads run, then takes the lock back for th. It
// returns at once when nobody waits or th has held the lock for less than
// SwitchInterval.
func (g *GIL) Yield(th *starlark.Thread) {
	if g.nwait.Load() == 0 || time.Now().UnixNano()-g.since.Load() < int64(SwitchInterval) {
		return
	}
	g.Release()
	g.Acquire(th)
}

// Holder returns the thread that holds the lock, or nil.
// Only the holder itself may rely on the answer.
func (g *GIL) Holder() *starlark.Thread {
	return g.holder.Load()
}
