package core

import (
	"sync"
	"time"

	"go.starlark.net/starlark"
)

// This file defines Sleep. A sleeping thread costs its goroutine only: no
// timer, channel or select of its own. The runtime keeps the deadlines of
// its sleeping threads in one heap served by one timer (sleepQueue), and
// wakes a thread through its wake channel, made once per thread. This
// keeps both the heap and the goroutine's stack small when thousands of
// threads sleep at once: the stack of a sleeping target=time.sleep thread
// stays within the 2 KB a goroutine starts with.

// Sleep blocks th for d without the interpreter lock, honouring
// interruption (Ctrl-C, end of the runtime). d <= 0 only lets other
// threads run.
func Sleep(th *starlark.Thread, d time.Duration) error {
	ts := StateOf(th)
	if ts == nil || d <= 0 {
		return Block(th, false, func(intr <-chan struct{}) error {
			if d > 0 {
				time.Sleep(d)
			}
			return nil
		})
	}
	intr := ts.intrChan()
	if isClosed(intr) {
		return ts.interruptError()
	}
	rt := ts.RT
	rt.GIL.Release()
	if ts.beginSleep(d, intr) {
		<-ts.wake // waiting here, not in a callee, keeps the stack shallow
	}
	rt.GIL.Acquire(th)
	if isClosed(intr) {
		return ts.interruptError()
	}
	return nil
}

// isClosed reports whether ch is closed (it is never sent to).
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// beginSleep starts a sleep of d, ended early when intr is closed: it
// reports whether the caller must then receive from ts.wake (false: the
// sleep was interrupted before it began).
//
// Each sleep has an odd generation number (ts.sleepGen); whoever moves it
// on to the next even number, the runtime's timer or ts.interrupt, sends
// the single wake-up token the sleep receives. A timer that fires for a
// sleep already interrupted finds another generation and does nothing.
func (ts *ThreadState) beginSleep(d time.Duration, intr <-chan struct{}) bool {
	if ts.wake == nil {
		ts.wake = make(chan struct{}, 1)
	}
	gen := ts.sleepGen.Add(1) // odd: sleeping
	ts.RT.sleepers.add(ts, gen, d)
	// An interruption before the generation was published found no
	// sleep to wake: look for it now.
	return !(isClosed(intr) && ts.sleepGen.CompareAndSwap(gen, gen+1))
}

// wakeSleep ends sleep number gen of the thread, if it still runs.
func (ts *ThreadState) wakeSleep(gen uint64) {
	if ts.sleepGen.CompareAndSwap(gen, gen+1) {
		ts.wake <- struct{}{} // never blocks: one token per sleep
	}
}

// sleepQueue holds the deadlines of a runtime's sleeping threads in a
// binary min-heap, and arms one timer for the earliest.
type sleepQueue struct {
	mu    sync.Mutex
	base  time.Time // origin of when (monotonic clock)
	heap  []sleepEntry
	timer *time.Timer
}

// sleepEntry is one sleep: thread ts wakes from sleep gen at when
// (nanoseconds after base).
type sleepEntry struct {
	when int64
	ts   *ThreadState
	gen  uint64
}

// add queues sleep gen of ts, to end after d.
func (q *sleepQueue) add(ts *ThreadState, gen uint64, d time.Duration) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.base.IsZero() {
		q.base = time.Now()
	}
	now := int64(time.Since(q.base))
	when := now + int64(d)
	if when < now { // overflow: a sleep of centuries
		when = 1<<63 - 1
	}
	q.heap = append(q.heap, sleepEntry{when: when, ts: ts, gen: gen})
	i := len(q.heap) - 1
	for i > 0 {
		p := (i - 1) / 2
		if q.heap[p].when <= when {
			break
		}
		q.heap[i], q.heap[p] = q.heap[p], q.heap[i]
		i = p
	}
	if i == 0 {
		q.armLocked(now)
	}
}

// armLocked sets the timer for the earliest deadline.
func (q *sleepQueue) armLocked(now int64) {
	d := time.Duration(q.heap[0].when - now)
	if q.timer == nil {
		q.timer = time.AfterFunc(d, q.fire)
		return
	}
	q.timer.Reset(d)
}

// fire wakes the threads whose deadline has passed and re-arms the timer.
func (q *sleepQueue) fire() {
	q.mu.Lock()
	defer q.mu.Unlock()
	now := int64(time.Since(q.base))
	for len(q.heap) > 0 && q.heap[0].when <= now {
		e := q.pop()
		e.ts.wakeSleep(e.gen)
	}
	if len(q.heap) > 0 {
		q.armLocked(now)
	} else if cap(q.heap) > 1024 {
		q.heap = nil // let a burst of sleepers' storage go
	}
}

// pop removes and returns the earliest entry.
func (q *sleepQueue) pop() sleepEntry {
	h := q.heap
	top := h[0]
	n := len(h) - 1
	h[0] = h[n]
	h[n] = sleepEntry{}
	h = h[:n]
	for i := 0; ; {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && h[r].when < h[l].when {
			m = r
		}
		if h[i].when <= h[m].when {
			break
		}
		h[i], h[m] = h[m], h[i]
		i = m
	}
	q.heap = h
	return top
}
