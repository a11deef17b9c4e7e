package threading

import (
	"math"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the waiting primitives shared by every blocking call of
// threading and queue: Wait, Waiters and Deadline.

// unbounded is a timeout that never expires in practice but, unlike
// Forever, does not count as a wait that only another thread can end (a
// thread starting up is not a deadlock).
const unbounded time.Duration = math.MaxInt64

// Wait blocks th until a value can be received from ch, timeout passes, or
// the wait is interrupted (Ctrl-C, end of the runtime). It reports whether
// a value was received. A zero timeout only polls; a negative one (core.Forever)
// never expires and counts for the deadlock detector. The interpreter lock
// is released while waiting (through core.Block) and held again on return.
func Wait(th *starlark.Thread, ch <-chan struct{}, timeout time.Duration) (bool, error) {
	select {
	case <-ch:
		return true, nil
	default:
	}
	if timeout == 0 {
		return false, nil
	}
	got := false
	// The runtime's end also wakes the wait (Runtime.Close may end the
	// runtime without interrupting each thread).
	var stop <-chan struct{}
	if rt := core.RuntimeOf(th); rt != nil {
		stop = rt.Context().Done()
	}
	err := core.Block(th, timeout < 0, func(intr <-chan struct{}) error {
		var expired <-chan time.Time
		if timeout > 0 {
			t := time.NewTimer(timeout)
			defer t.Stop()
			expired = t.C
		}
		select {
		case <-ch:
			got = true
			return nil
		case <-expired:
			return nil
		case <-intr:
			return core.ErrInterrupted
		case <-stop:
			return core.ErrInterrupted
		}
	})
	return got, err
}

// Waiters is a FIFO list of waiting threads, each waiting on its own
// channel (Condition, Semaphore, Queue...). It is safe for concurrent use.
type Waiters struct {
	mu   sync.Mutex
	list []chan struct{}
}

// Add appends a new waiter and returns the channel to Wait on.
func (w *Waiters) Add() chan struct{} {
	ch := make(chan struct{}, 1)
	w.mu.Lock()
	w.list = append(w.list, ch)
	w.mu.Unlock()
	return ch
}

// Remove takes ch out of the list; false if it was no longer there (it was
// notified).
func (w *Waiters) Remove(ch chan struct{}) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	for i, c := range w.list {
		if c == ch {
			copy(w.list[i:], w.list[i+1:])
			w.list[len(w.list)-1] = nil
			w.list = w.list[:len(w.list)-1]
			return true
		}
	}
	return false
}

// Notify wakes up to n waiters, oldest first, and returns how many it woke.
func (w *Waiters) Notify(n int) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	if n > len(w.list) {
		n = len(w.list)
	}
	for i := 0; i < n; i++ {
		w.list[i] <- struct{}{}
		w.list[i] = nil
	}
	w.list = w.list[n:]
	return n
}

// NotifyAll wakes every waiter.
func (w *Waiters) NotifyAll() { w.Notify(math.MaxInt) }

// Len returns the number of waiters.
func (w *Waiters) Len() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.list)
}

// Deadline tracks the time left of a wait that may loop (wait, then check
// a condition, then wait again).
type Deadline struct {
	forever bool
	end     time.Time
}

// NewDeadline starts a Deadline timeout from now (core.Forever: none).
func NewDeadline(timeout time.Duration) Deadline {
	if timeout < 0 {
		return Deadline{forever: true}
	}
	return Deadline{end: time.Now().Add(timeout)}
}

// Left returns the time left (core.Forever for no deadline; 0 once expired).
func (d Deadline) Left() time.Duration {
	if d.forever {
		return core.Forever
	}
	l := time.Until(d.end)
	if l < 0 {
		return 0
	}
	return l
}
