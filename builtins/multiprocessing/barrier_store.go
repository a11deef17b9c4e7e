package multiprocessing

import (
	"time"
)

// This file defines the store's side of Barrier, with threading.Barrier's
// semantics: the last of `parties` waiters runs the action (in its own
// process: the store hands it the action and waits for the outcome) and
// releases the others; a timeout, abort() or a failed action breaks the
// barrier; reset() breaks the current waiters and makes it usable again.

type sharedBarrier struct {
	parties int64
	action  []byte  // the encoded action, nil for none
	timeout float64 // default timeout, < 0 for none
	gen     *barrierCycle
	broken  bool
}

// barrierCycle is one filling of the barrier: the waiters released together.
type barrierCycle struct {
	count  int64
	done   chan struct{} // closed when released or broken
	broken bool
}

func newCycle() *barrierCycle { return &barrierCycle{done: make(chan struct{})} }

const (
	// resAction tells the last waiter to run the action, then send
	// barrier.action.
	resAction = "action"
)

func init() {
	extKinds["barrier"] = func(r *request) (any, *response) {
		if r.N <= 0 {
			return nil, &response{Code: resValue + "parties must be > 0"}
		}
		return &sharedBarrier{parties: r.N, action: r.Data, timeout: r.Timeout, gen: newCycle()}, nil
	}
	extOps["barrier.wait"] = extOp{barrierWait, always}
	extOps["barrier.action"] = extOp{barrierAction, nil}
	extOps["barrier.abort"] = extOp{barrierControl, nil}
	extOps["barrier.reset"] = extOp{barrierControl, nil}
	extOps["barrier.state"] = extOp{barrierControl, nil}
}

// breakCycle breaks the barrier and its current cycle (s.mu held).
func (b *sharedBarrier) breakCycle() {
	b.broken = true
	if !b.gen.broken {
		b.gen.broken = true
		close(b.gen.done)
	}
}

// release lets the current cycle go and starts a new one (s.mu held).
func (b *sharedBarrier) release() {
	close(b.gen.done)
	b.gen = newCycle()
}

// barrierWait is Barrier.wait. Kind "default" means: the barrier's own
// timeout. The answer's N is the arrival index.
func barrierWait(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	b := extObject[sharedBarrier](s, r.ID)
	if b == nil {
		return noSuch("barrier")
	}
	s.mu.Lock()
	if b.broken {
		s.mu.Unlock()
		return &response{Code: resBroken}
	}
	timeout := r.Timeout
	if r.Kind == "default" {
		timeout = b.timeout
	}
	gen := b.gen
	index := gen.count
	gen.count++
	if gen.count == b.parties {
		if b.action != nil {
			s.mu.Unlock()
			return &response{Code: resAction, N: index, Data: b.action}
		}
		b.release()
		s.mu.Unlock()
		return &response{N: index}
	}
	s.mu.Unlock()

	var timer <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-gen.done:
	case <-timer:
		s.mu.Lock()
		if b.gen == gen {
			b.breakCycle()
		}
		s.mu.Unlock()
	case <-intr:
		s.mu.Lock()
		if b.gen == gen {
			b.breakCycle()
		}
		s.mu.Unlock()
		return &response{Code: resIntr}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen.broken {
		return &response{Code: resBroken}
	}
	return &response{N: index}
}

// barrierAction reports the outcome of the action run by the last
// waiter: N = 0 releases the cycle, anything else breaks the barrier.
func barrierAction(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	b := extObject[sharedBarrier](s, r.ID)
	if b == nil {
		return noSuch("barrier")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if b.gen.broken {
		return &response{Code: resBroken}
	}
	if r.N != 0 {
		b.breakCycle()
		return &response{}
	}
	b.release()
	return &response{}
}

// barrierControl is abort, reset and state (N = waiting, Data "1" when
// broken).
func barrierControl(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	b := extObject[sharedBarrier](s, r.ID)
	if b == nil {
		return noSuch("barrier")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Op {
	case "barrier.abort":
		b.breakCycle()
	case "barrier.reset":
		if b.gen.count > 0 {
			b.breakCycle()
		}
		b.gen = newCycle()
		b.broken = false
	}
	res := &response{N: b.gen.count}
	if b.broken {
		res.Data = []byte("1")
		res.N = 0
	}
	return res
}
