package multiprocessing

import (
	"sync"
	"time"
)

// This file defines the store: the shared objects themselves (queues,
// locks, pipes), owned by the root process of a pyconc process tree.

// backend executes requests on shared objects: the store in the root
// process, a remote client (forwarding to the parent) in a child.
// do blocks until the request is done, its timeout expires or intr is
// closed (then the response code is resIntr, or the result if the
// operation had completed). client identifies who holds pipe ends.
type backend interface {
	do(client int64, r *request, intr <-chan struct{}) *response
}

// rootClient is the client id of the root process's own requests.
const rootClient = 0

type store struct {
	mu     sync.Mutex
	nextID int64
	queues map[int64]*sharedQueue
	locks  map[int64]*sharedLock
	pipes  map[int64]*sharedPipe
	ext    map[int64]any // objects of the kinds registered in extKinds
}

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

type sharedQueue struct {
	items   [][]byte
	maxsize int64
	changed signal
}

type sharedLock struct {
	locked  bool
	changed signal
}

type sharedPipe struct {
	bufs    [2][][]byte      // bufs[e]: messages end e receives
	holders [2]map[int64]int // holders[e][client]: open copies of end e
	changed signal
}

func newStore() *store {
	return &store{queues: map[int64]*sharedQueue{}, locks: map[int64]*sharedLock{}, pipes: map[int64]*sharedPipe{}}
}

// waitFor runs try under the store's lock until it reports done, waiting
// for ready between attempts, honouring block, timeout and intr.
func (s *store) waitFor(r *request, intr <-chan struct{}, sig func() *signal, try func() (*response, bool), fail string) *response {
	var timer <-chan time.Time
	if r.Block && r.Timeout >= 0 {
		t := time.NewTimer(time.Duration(r.Timeout * float64(time.Second)))
		defer t.Stop()
		timer = t.C
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
			return &response{Code: fail}
		}
		ch := sig().wait()
		s.mu.Unlock()
		select {
		case <-ch:
		case <-timer:
			s.mu.Lock()
			res, done := try()
			s.mu.Unlock()
			if done {
				return res
			}
			return &response{Code: fail}
		case <-intr:
			return &response{Code: resIntr}
		}
	}
}

func (s *store) do(client int64, r *request, intr <-chan struct{}) *response {
	res := s.exec(client, r, intr)
	res.Req = r.Req
	return res
}

func (s *store) exec(client int64, r *request, intr <-chan struct{}) *response {
	switch r.Op {
	case opNew:
		s.mu.Lock()
		defer s.mu.Unlock()
		s.nextID++
		id := s.nextID
		switch r.Kind {
		case "queue":
			s.queues[id] = &sharedQueue{maxsize: r.N}
		case "lock":
			s.locks[id] = &sharedLock{}
		case "pipe":
			p := &sharedPipe{}
			for e := range p.holders {
				p.holders[e] = map[int64]int{client: 1}
			}
			s.pipes[id] = p
		default:
			mk := extKinds[r.Kind]
			if mk == nil {
				return &response{Code: resError + "unknown kind " + r.Kind}
			}
			obj, fail := mk(r)
			if fail != nil {
				return fail
			}
			if s.ext == nil {
				s.ext = map[int64]any{}
			}
			s.ext[id] = obj
		}
		return &response{N: id}
	case opPut, opGet, opSize:
		s.mu.Lock()
		q := s.queues[r.ID]
		s.mu.Unlock()
		if q == nil {
			return &response{Code: resError + "no such queue"}
		}
		sig := func() *signal { return &q.changed }
		switch r.Op {
		case opPut:
			return s.waitFor(r, intr, sig, func() (*response, bool) {
				if q.maxsize > 0 && int64(len(q.items)) >= q.maxsize {
					return nil, false
				}
				q.items = append(q.items, r.Data)
				q.changed.broadcast()
				return &response{}, true
			}, resFull)
		case opGet:
			return s.waitFor(r, intr, sig, func() (*response, bool) {
				if len(q.items) == 0 {
					return nil, false
				}
				item := q.items[0]
				q.items[0] = nil
				q.items = q.items[1:]
				q.changed.broadcast()
				return &response{Data: item}, true
			}, resEmpty)
		default:
			s.mu.Lock()
			defer s.mu.Unlock()
			return &response{N: int64(len(q.items))}
		}
	case opAcquire, opRelease:
		s.mu.Lock()
		l := s.locks[r.ID]
		s.mu.Unlock()
		if l == nil {
			return &response{Code: resError + "no such lock"}
		}
		if r.Op == opRelease {
			s.mu.Lock()
			defer s.mu.Unlock()
			if !l.locked {
				return &response{Code: resValue + "semaphore or lock released too many times"}
			}
			l.locked = false
			l.changed.broadcast()
			return &response{}
		}
		return s.waitFor(r, intr, func() *signal { return &l.changed }, func() (*response, bool) {
			if l.locked {
				return nil, false
			}
			l.locked = true
			return &response{}, true
		}, resTimeout)
	case opSend, opRecv, opPoll, opRef, opClose:
		return s.pipeOp(client, r, intr)
	}
	if op, ok := extOps[r.Op]; ok {
		return op.exec(s, client, r, intr)
	}
	return &response{Code: resError + "unknown operation " + r.Op}
}

func (s *store) pipeOp(client int64, r *request, intr <-chan struct{}) *response {
	s.mu.Lock()
	p := s.pipes[r.ID]
	s.mu.Unlock()
	if p == nil || r.N < 0 || r.N > 1 {
		return &response{Code: resError + "no such pipe"}
	}
	end, other := r.N, 1-r.N
	sig := func() *signal { return &p.changed }
	switch r.Op {
	case opSend:
		s.mu.Lock()
		defer s.mu.Unlock()
		if holders(p.holders[other]) == 0 {
			return &response{Code: resError + "[Errno 32] Broken pipe"}
		}
		p.bufs[other] = append(p.bufs[other], r.Data)
		p.changed.broadcast()
		return &response{}
	case opRecv:
		return s.waitFor(r, intr, sig, func() (*response, bool) {
			if len(p.bufs[end]) > 0 {
				msg := p.bufs[end][0]
				p.bufs[end][0] = nil
				p.bufs[end] = p.bufs[end][1:]
				return &response{Data: msg}, true
			}
			if holders(p.holders[other]) == 0 {
				return &response{Code: resEOF}, true
			}
			return nil, false
		}, resEmpty)
	case opPoll:
		r.Block = r.Timeout != 0
		res := s.waitFor(r, intr, sig, func() (*response, bool) {
			if len(p.bufs[end]) > 0 || holders(p.holders[other]) == 0 {
				return &response{N: 1}, true
			}
			return nil, false
		}, resTimeout)
		if res.Code == resTimeout {
			return &response{N: 0}
		}
		return res
	case opRef:
		s.mu.Lock()
		defer s.mu.Unlock()
		p.holders[end][client]++
		return &response{}
	default: // opClose
		s.mu.Lock()
		defer s.mu.Unlock()
		if p.holders[end][client] > 0 {
			p.holders[end][client]--
		}
		p.changed.broadcast()
		return &response{}
	}
}

// dropClient forgets every pipe end held by a client whose process ended,
// so that the other ends see end-of-file.
func (s *store) dropClient(client int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.pipes {
		changed := false
		for e := range p.holders {
			if p.holders[e][client] > 0 {
				delete(p.holders[e], client)
				changed = true
			}
		}
		if changed {
			p.changed.broadcast()
		}
	}
}

func holders(m map[int64]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}
