package broker

// This file defines the store's pipes: two ends, each with the messages
// it receives and its holders (the clients that hold a copy of it).

type pipe struct {
	bufs    [2][][]byte      // bufs[e]: messages end e receives
	holders [2]map[int64]int // holders[e][client]: open copies of end e
	changed signal
}

// newPipe makes a pipe whose two ends client holds.
func newPipe(_ *Store, client int64, _ *Request) (any, *Response) {
	p := &pipe{}
	for e := range p.holders {
		p.holders[e] = map[int64]int{client: 1}
	}
	return p, nil
}

// ends returns the end of a request and the other one.
func ends(r *Request) (int64, int64, *Response) {
	if r.N < 0 || r.N > 1 {
		return 0, 0, noSuch("pipe")
	}
	return r.N, 1 - r.N, nil
}

func (p *pipe) held(end int64) bool {
	for _, c := range p.holders[end] {
		if c > 0 {
			return true
		}
	}
	return false
}

// drop forgets the ends client holds (s.mu held).
func (p *pipe) drop(client int64) {
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

func pipeSend(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	p := obj.(*pipe)
	_, other, fail := ends(r)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if !p.held(other) {
		return Fail(BrokenPipe, "[Errno 32] Broken pipe")
	}
	p.bufs[other] = append(p.bufs[other], r.Data)
	p.changed.broadcast()
	return &Response{}
}

func pipeRecv(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	p := obj.(*pipe)
	end, other, fail := ends(r)
	if fail != nil {
		return fail
	}
	return s.waitFor(r, intr, &p.changed, func() (*Response, bool) {
		if len(p.bufs[end]) > 0 {
			msg := p.bufs[end][0]
			p.bufs[end][0] = nil
			p.bufs[end] = p.bufs[end][1:]
			return &Response{Data: msg}, true
		}
		if !p.held(other) {
			return &Response{Code: EOF}, true
		}
		return nil, false
	}, Empty)
}

// pipePoll answers N = 1 when a message or end-of-file is ready, waiting
// r.Timeout (forever when < 0).
func pipePoll(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	p := obj.(*pipe)
	end, other, fail := ends(r)
	if fail != nil {
		return fail
	}
	w := *r
	w.Block = r.Timeout != 0
	res := s.waitFor(&w, intr, &p.changed, func() (*Response, bool) {
		if len(p.bufs[end]) > 0 || !p.held(other) {
			return &Response{N: 1}, true
		}
		return nil, false
	}, TimedOut)
	if res.Code == TimedOut {
		return &Response{N: 0}
	}
	return res
}

func pipeRef(s *Store, client int64, r *Request, obj any, _ <-chan struct{}) *Response {
	p := obj.(*pipe)
	end, _, fail := ends(r)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p.holders[end][client]++
	return &Response{}
}

func pipeClose(s *Store, client int64, r *Request, obj any, _ <-chan struct{}) *Response {
	p := obj.(*pipe)
	end, _, fail := ends(r)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.holders[end][client] > 0 {
		p.holders[end][client]--
	}
	p.changed.broadcast()
	return &Response{}
}
