package broker

// This file defines the Store: the shared objects of a process tree, held
// by its root process, and how it executes requests.

import (
	"fmt"
	"sync"
	"time"
)

// Store holds the shared objects of one root runtime.
type Store struct {
	mu      sync.Mutex
	nextID  int64
	objects map[int64]object
	mem     arenas // the shared memory of Memory blocks
}

type object struct {
	kind Kind
	v    any
}

func newStore() *Store { return &Store{objects: map[int64]object{}} }

// signal is a broadcast: waiters take ch and wait for it to be closed.
type signal struct{ ch chan struct{} }

func (s *signal) wait() <-chan struct{} {
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	return s.ch
}

func (s *signal) broadcast() {
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}

// timer returns a channel that fires after seconds (nil, never, when
// seconds < 0) and its stop function.
func timer(seconds float64) (<-chan time.Time, func()) {
	if seconds < 0 {
		return nil, func() {}
	}
	t := time.NewTimer(time.Duration(seconds * float64(time.Second)))
	return t.C, func() { t.Stop() }
}

// waitFor runs try under the store's lock until it reports done, waiting
// on sig between attempts, honouring r.Block, r.Timeout and intr; fail is
// the code when it does not succeed in time.
func (s *Store) waitFor(r *Request, intr <-chan struct{}, sig *signal, try func() (*Response, bool), fail Code) *Response {
	var expired <-chan time.Time
	if r.Block {
		var stop func()
		expired, stop = timer(r.Timeout)
		defer stop()
	}
	for {
		s.mu.Lock()
		res, done := try()
		if done {
			s.mu.Unlock()
			return res
		}
		if !r.Block {
			s.mu.Unlock()
			return &Response{Code: fail}
		}
		ch := sig.wait()
		s.mu.Unlock()
		select {
		case <-ch:
		case <-expired:
			s.mu.Lock()
			res, done := try()
			s.mu.Unlock()
			if done {
				return res
			}
			return &Response{Code: fail}
		case <-intr:
			return &Response{Code: Interrupted}
		}
	}
}

// do executes r for client; it blocks until the request is done, its
// timeout expires or intr is closed (the code is then Interrupted, or
// the result if the operation had completed).
func (s *Store) do(client int64, r *Request, intr <-chan struct{}) *Response {
	res := s.exec(client, r, intr)
	res.Req = r.Req
	return res
}

func (s *Store) exec(client int64, r *Request, intr <-chan struct{}) *Response {
	if r.Op == OpNew {
		return s.create(client, r)
	}
	if r.Op >= opCount || opKinds[r.Op] == kindNone {
		return Fail(Failed, fmt.Sprintf("unknown operation %d", r.Op))
	}
	kind := opKinds[r.Op]
	s.mu.Lock()
	o, ok := s.objects[r.ID]
	s.mu.Unlock()
	if !ok || o.kind != kind {
		return noSuch(kinds[kind].name)
	}
	return kinds[kind].ops[r.Op].exec(s, client, r, o.v, intr)
}

// create makes the object of an OpNew request.
func (s *Store) create(client int64, r *Request) *Response {
	if r.Kind <= kindNone || r.Kind >= kindCount {
		return Fail(Failed, fmt.Sprintf("unknown kind %d", r.Kind))
	}
	v, res := kinds[r.Kind].make(s, client, r)
	if res != nil && res.Code != OK {
		return res
	}
	if res == nil {
		res = &Response{}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	s.objects[s.nextID] = object{r.Kind, v}
	res.N = s.nextID
	return res
}

// dropClient forgets every pipe end held by a client whose process
// ended, so that the other ends see end-of-file.
func (s *Store) dropClient(client int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, o := range s.objects {
		if p, ok := o.v.(*pipe); ok {
			p.drop(client)
		}
	}
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
