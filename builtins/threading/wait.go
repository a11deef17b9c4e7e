package threading

import (
	"math"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the waiting primitives shared by every blocking call of
// threading and queue: Wait, Waiters and the conversion of Python timeouts.

// TimeoutMax is threading.TIMEOUT_MAX, the largest timeout in seconds.
const TimeoutMax = 9223372036.0

// Forever is the timeout given to Wait for a wait without a timeout.
const Forever time.Duration = -1

// unbounded is a timeout that never expires in practice but, unlike
// Forever, does not count as a wait that only another thread can end (a
// thread starting up is not a deadlock).
const unbounded time.Duration = math.MaxInt64

// Wait blocks th until a value can be received from ch, timeout passes, or
// the wait is interrupted (Ctrl-C, end of the runtime). It reports whether
// a value was received. A zero timeout only polls; a negative one (Forever)
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

// Seconds converts a Python number (int, float, bool) to seconds; what
// names the argument in the TypeError.
func Seconds(v starlark.Value, what string) (float64, error) {
	switch x := v.(type) {
	case starlark.Int:
		f, _ := starlark.AsFloat(x)
		return f, nil
	case starlark.Float:
		return float64(x), nil
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	return 0, core.NewError(core.TypeError, "'"+core.TypeName(v)+"' object cannot be interpreted as "+what)
}

// Duration converts seconds to a time.Duration, saturating at the largest
// duration; negative values give 0.
func Duration(sec float64) time.Duration {
	if sec <= 0 || math.IsNaN(sec) {
		return 0
	}
	if sec >= TimeoutMax {
		return math.MaxInt64
	}
	return time.Duration(sec * float64(time.Second))
}

// optTimeout decodes an optional timeout argument: None (or absent) gives
// Forever, a number its duration (negative numbers give 0: poll).
func optTimeout(v starlark.Value) (time.Duration, error) {
	if v == nil || v == starlark.None {
		return Forever, nil
	}
	s, err := Seconds(v, "a timeout")
	if err != nil {
		return 0, err
	}
	return Duration(s), nil
}

// deadline tracks the time left of a wait that may loop.
type deadline struct {
	forever bool
	end     time.Time
}

func newDeadline(timeout time.Duration) deadline {
	if timeout < 0 {
		return deadline{forever: true}
	}
	return deadline{end: time.Now().Add(timeout)}
}

// left returns the time left (Forever for no deadline; 0 once expired).
func (d deadline) left() time.Duration {
	if d.forever {
		return Forever
	}
	l := time.Until(d.end)
	if l < 0 {
		return 0
	}
	return l
}

// truth returns the truth of an optional argument, def when absent.
func truth(v starlark.Value, def bool) bool {
	if v == nil {
		return def
	}
	return bool(v.Truth())
}
