package broker

// This file defines the store's barriers, with threading.Barrier's
// semantics: the last of `parties` waiters runs the action (in its own
// process: the store hands it the action and waits for the outcome) and
// releases the others; a timeout, abort() or a failed action breaks the
// barrier; reset() breaks the current waiters and makes it usable again.

type barrier struct {
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

// newBarrier makes a barrier of N parties, action Data and default
// timeout Timeout.
func newBarrier(_ *Store, _ int64, r *Request) (any, *Response) {
	if r.N <= 0 {
		return nil, Fail(ValueError, "parties must be > 0")
	}
	return &barrier{parties: r.N, action: r.Data, timeout: r.Timeout, gen: newCycle()}, nil
}

// breakCycle breaks the barrier and its current cycle (s.mu held).
func (b *barrier) breakCycle() {
	b.broken = true
	if !b.gen.broken {
		b.gen.broken = true
		close(b.gen.done)
	}
}

// release lets the current cycle go and starts a new one (s.mu held).
func (b *barrier) release() {
	close(b.gen.done)
	b.gen = newCycle()
}

// barrierWait is Barrier.wait. N = 1 means: the barrier's own timeout.
// The answer's N is the arrival index.
func barrierWait(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	b := obj.(*barrier)
	s.mu.Lock()
	if b.broken {
		s.mu.Unlock()
		return &Response{Code: BrokenBarrier}
	}
	timeout := r.Timeout
	if r.N == 1 {
		timeout = b.timeout
	}
	gen := b.gen
	index := gen.count
	gen.count++
	if gen.count == b.parties {
		if b.action != nil {
			s.mu.Unlock()
			return &Response{Code: RunAction, N: index, Data: b.action}
		}
		b.release()
		s.mu.Unlock()
		return &Response{N: index}
	}
	s.mu.Unlock()

	expired, stop := timer(timeout)
	defer stop()
	select {
	case <-gen.done:
	case <-expired:
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
		return &Response{Code: Interrupted}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen.broken {
		return &Response{Code: BrokenBarrier}
	}
	return &Response{N: index}
}

// barrierAction reports the outcome of the action run by the last
// waiter: N = 0 releases the cycle, anything else breaks the barrier.
func barrierAction(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	b := obj.(*barrier)
	s.mu.Lock()
	defer s.mu.Unlock()
	if b.gen.broken {
		return &Response{Code: BrokenBarrier}
	}
	if r.N != 0 {
		b.breakCycle()
		return &Response{}
	}
	b.release()
	return &Response{}
}

func barrierAbort(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	b := obj.(*barrier)
	s.mu.Lock()
	defer s.mu.Unlock()
	b.breakCycle()
	return b.state()
}

func barrierReset(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	b := obj.(*barrier)
	s.mu.Lock()
	defer s.mu.Unlock()
	if b.gen.count > 0 {
		b.breakCycle()
	}
	b.gen = newCycle()
	b.broken = false
	return b.state()
}

func barrierState(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return obj.(*barrier).state()
}

// state is N = waiting, Data "1" when broken (s.mu held).
func (b *barrier) state() *Response {
	if b.broken {
		return &Response{Data: []byte("1")}
	}
	return &Response{N: b.gen.count}
}
