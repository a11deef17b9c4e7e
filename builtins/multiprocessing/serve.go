package multiprocessing

import (
	"net"
	"sync"

	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the parent's side of a child's channel: it serves the
// child's requests on shared objects with the parent's backend.

type server struct {
	conn    net.Conn
	client  int64
	be      backend
	wmu     sync.Mutex
	mu      sync.Mutex
	cancels map[int64]chan struct{}
	wg      sync.WaitGroup
	done    chan struct{} // closed when the channel has ended and requests are settled
}

var clientIDs struct {
	sync.Mutex
	next int64
}

// newClientID returns a client id for a new child.
func newClientID() int64 {
	clientIDs.Lock()
	defer clientIDs.Unlock()
	clientIDs.next++
	return clientIDs.next
}

// serve starts serving conn for the child known as client.
func serve(conn net.Conn, client int64, be backend) *server {
	s := &server{conn: conn, client: client, be: be, cancels: map[int64]chan struct{}{}, done: make(chan struct{})}
	go s.loop()
	return s
}

// blocks reports whether a request may wait (it is then served on its own
// goroutine, so that the channel keeps flowing).
func (s *server) blocks(r *request) bool {
	if op, ok := localOps[r.Op]; ok {
		return op.mayWait != nil && op.mayWait(r)
	}
	if _, isRemote := s.be.(*remote); isRemote {
		return true
	}
	if op, ok := extOps[r.Op]; ok {
		return op.mayWait != nil && op.mayWait(r)
	}
	switch r.Op {
	case opGet, opPut, opAcquire, opRecv:
		return r.Block
	case opPoll:
		return r.Timeout != 0
	}
	return false
}

func (s *server) loop() {
	defer func() {
		s.mu.Lock()
		for _, c := range s.cancels {
			close(c)
		}
		s.cancels = map[int64]chan struct{}{}
		s.mu.Unlock()
		s.wg.Wait()
		if st, ok := s.be.(*store); ok {
			st.dropClient(s.client)
		}
		s.conn.Close()
		close(s.done)
	}()
	for {
		p, err := wire.ReadFrame(s.conn, 0)
		if err != nil {
			return
		}
		req, err := unmarshalRequest(p)
		if err != nil {
			return // a child that speaks nonsense loses its channel
		}
		if req.Req == 0 { // one-way (post): served in order, no answer
			s.post(req)
			continue
		}
		if req.Op == opCancel {
			s.mu.Lock()
			if c := s.cancels[req.Req]; c != nil {
				close(c)
				delete(s.cancels, req.Req)
			}
			s.mu.Unlock()
			continue
		}
		intr := make(chan struct{})
		s.mu.Lock()
		s.cancels[req.Req] = intr
		s.mu.Unlock()
		if s.blocks(req) {
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				s.handle(req, intr)
			}()
		} else {
			s.handle(req, intr)
		}
	}
}

func (s *server) handle(req *request, intr chan struct{}) {
	var res *response
	op, local := localOps[req.Op]
	if local {
		res = op.exec(s, req, intr)
	} else {
		res = s.be.do(s.client, req, intr)
	}
	res.Req = req.Req
	s.mu.Lock()
	delete(s.cancels, req.Req)
	s.mu.Unlock()
	p, err := res.marshal()
	if err != nil {
		return
	}
	s.wmu.Lock()
	err = wire.WriteFrame(s.conn, p)
	s.wmu.Unlock()
	if err != nil && local && op.undo != nil {
		op.undo(s, req, res)
	}
}
