package multiprocessing

import (
	"time"
)

// This file defines the store's side of the synchronisation objects:
// semaphores, recursive locks, events and conditions (barriers are in
// barrier_store.go). Each lives in the root process and is reached by its
// id; waits honour the request's timeout and the caller's interruption.

type sharedSem struct {
	value   int64
	max     int64 // < 0: unbounded (Semaphore); else BoundedSemaphore's bound
	changed signal
}

type sharedRLock struct {
	owner   string // "pid:thread" of the holder, "" when free
	count   int64
	changed signal
}

type sharedEvent struct {
	set     bool
	changed signal
}

type sharedCond struct {
	lock     int64
	lockKind string // "lock" or "rlock"
	waiters  []chan struct{}
}

func init() {
	extKinds["sem"] = func(r *request) (any, *response) {
		max := int64(-1)
		if string(r.Data) == "bounded" {
			max = r.N
		}
		return &sharedSem{value: r.N, max: max}, nil
	}
	extKinds["rlock"] = func(*request) (any, *response) { return &sharedRLock{}, nil }
	extKinds["event"] = func(*request) (any, *response) { return &sharedEvent{}, nil }
	extKinds["cond"] = func(r *request) (any, *response) {
		return &sharedCond{lock: r.N, lockKind: string(r.Data)}, nil
	}

	extOps["sem.acquire"] = extOp{semAcquire, ifBlock}
	extOps["sem.release"] = extOp{semRelease, nil}
	extOps["sem.value"] = extOp{semValue, nil}
	extOps["rlock.acquire"] = extOp{rlockAcquire, ifBlock}
	extOps["rlock.release"] = extOp{rlockRelease, nil}
	extOps["rlock.state"] = extOp{rlockState, nil}
	extOps["event.set"] = extOp{eventOp, nil}
	extOps["event.clear"] = extOp{eventOp, nil}
	extOps["event.isset"] = extOp{eventOp, nil}
	extOps["event.wait"] = extOp{eventWait, always}
	extOps["cond.wait"] = extOp{condWait, always}
	extOps["cond.notify"] = extOp{condNotify, nil}
}

func semAcquire(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	sem := extObject[sharedSem](s, r.ID)
	if sem == nil {
		return noSuch("semaphore")
	}
	return s.waitFor(r, intr, func() *signal { return &sem.changed }, func() (*response, bool) {
		if sem.value <= 0 {
			return nil, false
		}
		sem.value--
		return &response{}, true
	}, resTimeout)
}

func semRelease(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	sem := extObject[sharedSem](s, r.ID)
	if sem == nil {
		return noSuch("semaphore")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if sem.max >= 0 && sem.value >= sem.max {
		return &response{Code: resValue + "semaphore or lock released too many times"}
	}
	sem.value++
	sem.changed.broadcast()
	return &response{}
}

func semValue(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	sem := extObject[sharedSem](s, r.ID)
	if sem == nil {
		return noSuch("semaphore")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return &response{N: sem.value, Data: []byte(itoa(sem.max))}
}

func rlockAcquire(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	l := extObject[sharedRLock](s, r.ID)
	if l == nil {
		return noSuch("lock")
	}
	return s.waitFor(r, intr, func() *signal { return &l.changed }, func() (*response, bool) {
		if l.count > 0 && l.owner != r.Kind {
			return nil, false
		}
		l.owner = r.Kind
		l.count++
		return &response{}, true
	}, resTimeout)
}

func rlockRelease(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	l := extObject[sharedRLock](s, r.ID)
	if l == nil {
		return noSuch("lock")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.count == 0 || l.owner != r.Kind {
		return &response{Code: resAssert + "attempt to release recursive lock not owned by thread"}
	}
	l.count--
	if l.count == 0 {
		l.owner = ""
		l.changed.broadcast()
	}
	return &response{}
}

func rlockState(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	l := extObject[sharedRLock](s, r.ID)
	if l == nil {
		return noSuch("lock")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return &response{N: l.count, Data: []byte(l.owner)}
}

func eventOp(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	e := extObject[sharedEvent](s, r.ID)
	if e == nil {
		return noSuch("event")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Op {
	case "event.set":
		e.set = true
		e.changed.broadcast()
	case "event.clear":
		e.set = false
	}
	return &response{N: b2i(e.set)}
}

func eventWait(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	e := extObject[sharedEvent](s, r.ID)
	if e == nil {
		return noSuch("event")
	}
	r.Block = true
	res := s.waitFor(r, intr, func() *signal { return &e.changed }, func() (*response, bool) {
		return &response{N: 1}, e.set
	}, resTimeout)
	if res.Code == resTimeout {
		return &response{N: 0}
	}
	return res
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// condLockRelease releases the condition's lock entirely on behalf of
// owner (s.mu held) and returns the recursion count to restore.
func (s *store) condLockRelease(c *sharedCond, owner string) (int64, bool) {
	switch c.lockKind {
	case "rlock":
		l, _ := s.ext[c.lock].(*sharedRLock)
		if l == nil || l.count == 0 || l.owner != owner {
			return 0, false
		}
		n := l.count
		l.count, l.owner = 0, ""
		l.changed.broadcast()
		return n, true
	default:
		l := s.locks[c.lock]
		if l == nil || !l.locked {
			return 0, false
		}
		l.locked = false
		l.changed.broadcast()
		return 1, true
	}
}

// condLockOwned reports whether owner holds the condition's lock (s.mu
// held); a plain Lock only says whether it is held at all.
func (s *store) condLockOwned(c *sharedCond, owner string) bool {
	if c.lockKind == "rlock" {
		l, _ := s.ext[c.lock].(*sharedRLock)
		return l != nil && l.count > 0 && l.owner == owner
	}
	l := s.locks[c.lock]
	return l != nil && l.locked
}

// condLockTake tries to take the condition's lock back for owner with
// count recursion levels (s.mu held), returning the signal to wait on
// when it is busy.
func (s *store) condLockTake(c *sharedCond, owner string, count int64) (bool, *signal) {
	if c.lockKind == "rlock" {
		l, _ := s.ext[c.lock].(*sharedRLock)
		if l == nil {
			return true, nil
		}
		if l.count > 0 {
			return false, &l.changed
		}
		l.owner, l.count = owner, count
		return true, nil
	}
	l := s.locks[c.lock]
	if l == nil {
		return true, nil
	}
	if l.locked {
		return false, &l.changed
	}
	l.locked = true
	return true, nil
}

// condWait is Condition.wait: release the lock, wait for a notification
// or the timeout, take the lock back. N = 1 when notified.
func condWait(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	c := extObject[sharedCond](s, r.ID)
	if c == nil {
		return noSuch("condition")
	}
	s.mu.Lock()
	count, ok := s.condLockRelease(c, r.Kind)
	if !ok {
		s.mu.Unlock()
		return &response{Code: resAssert + "must acquire() condition before using wait()"}
	}
	me := make(chan struct{})
	c.waiters = append(c.waiters, me)
	s.mu.Unlock()

	var timer <-chan time.Time
	if r.Timeout >= 0 {
		t := time.NewTimer(time.Duration(r.Timeout * float64(time.Second)))
		defer t.Stop()
		timer = t.C
	}
	notified, interrupted := false, false
	select {
	case <-me:
		notified = true
	case <-timer:
	case <-intr:
		interrupted = true
	}
	s.mu.Lock()
	if !notified {
		for i, w := range c.waiters {
			if w == me {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
		select {
		case <-me: // notified while timing out: count it
			notified = true
		default:
		}
	}
	// Take the lock back, as CPython does even after a timeout.
	for {
		took, sig := s.condLockTake(c, r.Kind, count)
		if took {
			break
		}
		ch := sig.wait()
		s.mu.Unlock()
		select {
		case <-ch:
		case <-intr:
			return &response{Code: resIntr}
		}
		s.mu.Lock()
	}
	s.mu.Unlock()
	if interrupted {
		return &response{Code: resIntr}
	}
	return &response{N: b2i(notified)}
}

// condNotify wakes N waiters (all when N < 0).
func condNotify(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	c := extObject[sharedCond](s, r.ID)
	if c == nil {
		return noSuch("condition")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.condLockOwned(c, r.Kind) {
		return &response{Code: resAssert + "lock is not owned"}
	}
	n := int64(len(c.waiters))
	if r.N >= 0 && r.N < n {
		n = r.N
	}
	for _, w := range c.waiters[:n] {
		close(w)
	}
	c.waiters = append([]chan struct{}(nil), c.waiters[n:]...)
	return &response{}
}
