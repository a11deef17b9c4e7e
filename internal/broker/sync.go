package broker

// This file defines the store's synchronisation objects: locks,
// semaphores, recursive locks, events and conditions (barriers are in
// barrier.go). Waits honour the request's timeout and the caller's
// interruption.

import "strconv"

type lock struct {
	locked  bool
	owner   string // "pid:thread" of the holder (for its repr)
	changed signal
}

func newLock(*Store, int64, *Request) (any, *Response) { return &lock{}, nil }

func lockAcquire(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	l := obj.(*lock)
	return s.waitFor(r, intr, &l.changed, func() (*Response, bool) {
		if l.locked {
			return nil, false
		}
		l.locked, l.owner = true, r.Owner
		return &Response{}, true
	}, TimedOut)
}

// lockState answers N = 1 when the lock is held, Data = its holder.
func lockState(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	l := obj.(*lock)
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: b2i(l.locked), Data: []byte(l.owner)}
}

func lockRelease(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	l := obj.(*lock)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !l.locked {
		return Fail(ValueError, "semaphore or lock released too many times")
	}
	l.locked, l.owner = false, ""
	l.changed.broadcast()
	return &Response{}
}

type semaphore struct {
	value   int64
	max     int64 // < 0: unbounded (Semaphore); else BoundedSemaphore's bound
	changed signal
}

// newSemaphore makes a semaphore of value N, bounded by N when Data is
// "bounded".
func newSemaphore(_ *Store, _ int64, r *Request) (any, *Response) {
	max := int64(-1)
	if string(r.Data) == "bounded" {
		max = r.N
	}
	return &semaphore{value: r.N, max: max}, nil
}

func semAcquire(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	sem := obj.(*semaphore)
	return s.waitFor(r, intr, &sem.changed, func() (*Response, bool) {
		if sem.value <= 0 {
			return nil, false
		}
		sem.value--
		return &Response{}, true
	}, TimedOut)
}

func semRelease(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	sem := obj.(*semaphore)
	s.mu.Lock()
	defer s.mu.Unlock()
	if sem.max >= 0 && sem.value >= sem.max {
		return Fail(ValueError, "semaphore or lock released too many times")
	}
	sem.value++
	sem.changed.broadcast()
	return &Response{}
}

func semValue(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	sem := obj.(*semaphore)
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: sem.value, Data: []byte(strconv.FormatInt(sem.max, 10))}
}

type rlock struct {
	owner   string // "pid:thread" of the holder, "" when free
	count   int64
	changed signal
}

func newRLock(*Store, int64, *Request) (any, *Response) { return &rlock{}, nil }

func rlockAcquire(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	l := obj.(*rlock)
	return s.waitFor(r, intr, &l.changed, func() (*Response, bool) {
		if l.count > 0 && l.owner != r.Owner {
			return nil, false
		}
		l.owner = r.Owner
		l.count++
		return &Response{}, true
	}, TimedOut)
}

func rlockRelease(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	l := obj.(*rlock)
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.count == 0 || l.owner != r.Owner {
		return Fail(AssertFailed, "attempt to release recursive lock not owned by thread")
	}
	l.count--
	if l.count == 0 {
		l.owner = ""
		l.changed.broadcast()
	}
	return &Response{}
}

func rlockState(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	l := obj.(*rlock)
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: l.count, Data: []byte(l.owner)}
}

type event struct {
	set     bool
	changed signal
}

func newEvent(*Store, int64, *Request) (any, *Response) { return &event{}, nil }

func eventSet(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	e := obj.(*event)
	s.mu.Lock()
	defer s.mu.Unlock()
	e.set = true
	e.changed.broadcast()
	return &Response{N: 1}
}

func eventClear(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	e := obj.(*event)
	s.mu.Lock()
	defer s.mu.Unlock()
	e.set = false
	return &Response{N: 0}
}

func eventIsSet(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: b2i(obj.(*event).set)}
}

func eventWait(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	e := obj.(*event)
	w := *r
	w.Block = true
	res := s.waitFor(&w, intr, &e.changed, func() (*Response, bool) {
		return &Response{N: 1}, e.set
	}, TimedOut)
	if res.Code == TimedOut {
		return &Response{N: 0}
	}
	return res
}

// condition is a condition variable over a lock or rlock of the store.
type condition struct {
	lock    int64
	waiters []chan struct{}
}

// newCondition makes a condition over the lock or rlock N.
func newCondition(s *Store, _ int64, r *Request) (any, *Response) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch s.objects[r.N].v.(type) {
	case *lock, *rlock:
		return &condition{lock: r.N}, nil
	}
	return nil, noSuch("lock")
}

// release releases the condition's lock entirely on behalf of owner
// (s.mu held) and returns the recursion count to restore.
func (c *condition) release(s *Store, owner string) (int64, bool) {
	switch l := s.objects[c.lock].v.(type) {
	case *rlock:
		if l.count == 0 || l.owner != owner {
			return 0, false
		}
		n := l.count
		l.count, l.owner = 0, ""
		l.changed.broadcast()
		return n, true
	case *lock:
		if !l.locked {
			return 0, false
		}
		l.locked, l.owner = false, ""
		l.changed.broadcast()
		return 1, true
	}
	return 0, false
}

// owned reports whether owner holds the condition's lock (s.mu held); a
// plain Lock only says whether it is held at all.
func (c *condition) owned(s *Store, owner string) bool {
	switch l := s.objects[c.lock].v.(type) {
	case *rlock:
		return l.count > 0 && l.owner == owner
	case *lock:
		return l.locked
	}
	return false
}

// take tries to take the condition's lock back for owner with count
// recursion levels (s.mu held), returning the signal to wait on when it
// is busy.
func (c *condition) take(s *Store, owner string, count int64) (bool, *signal) {
	switch l := s.objects[c.lock].v.(type) {
	case *rlock:
		if l.count > 0 {
			return false, &l.changed
		}
		l.owner, l.count = owner, count
	case *lock:
		if l.locked {
			return false, &l.changed
		}
		l.locked, l.owner = true, owner
	}
	return true, nil
}

// condWait is Condition.wait: release the lock, wait for a notification
// or the timeout, take the lock back. N = 1 when notified.
func condWait(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	c := obj.(*condition)
	s.mu.Lock()
	count, ok := c.release(s, r.Owner)
	if !ok {
		s.mu.Unlock()
		return Fail(AssertFailed, "must acquire() condition before using wait()")
	}
	me := make(chan struct{})
	c.waiters = append(c.waiters, me)
	s.mu.Unlock()

	expired, stop := timer(r.Timeout)
	defer stop()
	notified, interrupted := false, false
	select {
	case <-me:
		notified = true
	case <-expired:
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
		took, sig := c.take(s, r.Owner, count)
		if took {
			break
		}
		ch := sig.wait()
		s.mu.Unlock()
		select {
		case <-ch:
		case <-intr:
			return &Response{Code: Interrupted}
		}
		s.mu.Lock()
	}
	s.mu.Unlock()
	if interrupted {
		return &Response{Code: Interrupted}
	}
	return &Response{N: b2i(notified)}
}

// condNotify wakes N waiters (all when N < 0).
func condNotify(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	c := obj.(*condition)
	s.mu.Lock()
	defer s.mu.Unlock()
	if !c.owned(s, r.Owner) {
		return Fail(AssertFailed, "lock is not owned")
	}
	n := int64(len(c.waiters))
	if r.N >= 0 && r.N < n {
		n = r.N
	}
	for _, w := range c.waiters[:n] {
		close(w)
	}
	c.waiters = append([]chan struct{}(nil), c.waiters[n:]...)
	return &Response{}
}
