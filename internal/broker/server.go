package broker

// This file defines the parent's side of a child's channel: a Server
// answers the child's requests with the parent's broker.

import (
	"net"
	"sync"
)

// Tasks serves OpNextTask, the requests of Pool workers for their next
// task, in the process that owns the pool.
type Tasks interface {
	// NextTask answers worker (a client id) with its next task.
	NextTask(worker int64, r *Request, intr <-chan struct{}) *Response
	// Undo takes back what NextTask handed over when the answer could
	// not be written (the worker is gone).
	Undo(worker int64, r *Request, res *Response)
}

// Server serves one child's channel.
type Server struct {
	b       *Broker
	conn    net.Conn
	client  int64
	tasks   Tasks
	wmu     sync.Mutex
	mu      sync.Mutex
	cancels map[int64]chan struct{}
	wg      sync.WaitGroup
	done    chan struct{}
}

// NewClient returns the id of a new child, which its requests will carry
// (Serve), and pipe ends sent to it count as held by (Ref).
func (b *Broker) NewClient() int64 { return b.clients.Add(1) }

// Serve starts serving conn, the channel of the child client (from
// NewClient); tasks, when not nil, answers its OpNextTask requests.
func (b *Broker) Serve(conn net.Conn, client int64, tasks Tasks) *Server {
	s := &Server{b: b, conn: conn, client: client, tasks: tasks, cancels: map[int64]chan struct{}{}, done: make(chan struct{})}
	go s.loop()
	return s
}

// Client returns the id of the child served.
func (s *Server) Client() int64 { return s.client }

// Done is closed once the channel has ended and every request of the
// child is settled.
func (s *Server) Done() <-chan struct{} { return s.done }

// blocks reports whether a request may wait: it is then served on its
// own goroutine, so that the channel keeps flowing. A parent that is a
// child itself forwards everything, and every forwarded request may wait.
func (s *Server) blocks(r *Request) bool {
	return r.Op == OpNextTask || s.b.IsChild() || MayWait(r)
}

func (s *Server) loop() {
	defer func() {
		s.mu.Lock()
		for _, c := range s.cancels {
			close(c)
		}
		s.cancels = map[int64]chan struct{}{}
		s.mu.Unlock()
		s.wg.Wait()
		if s.b.store != nil {
			s.b.store.dropClient(s.client)
		}
		s.conn.Close()
		close(s.done)
	}()
	for {
		p, err := ReadFrame(s.conn, 0)
		if err != nil {
			return
		}
		req, err := unmarshalRequest(p)
		if err != nil {
			return // a child that speaks nonsense loses its channel
		}
		if req.Req == 0 { // one-way (post): served in order, no answer
			s.b.post(s.client, req)
			continue
		}
		if req.Op == OpCancel {
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

func (s *Server) handle(req *Request, intr chan struct{}) {
	var res *Response
	switch {
	case req.Op == OpNextTask && s.tasks != nil:
		res = s.tasks.NextTask(s.client, req, intr)
	case req.Op == OpNextTask:
		res = &Response{Code: Stop}
	default:
		res = s.b.do(s.client, req, intr)
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
	err = WriteFrame(s.conn, p)
	s.wmu.Unlock()
	if err != nil && req.Op == OpNextTask && s.tasks != nil {
		s.tasks.Undo(s.client, req, res)
	}
}

// Ref counts client as one more holder of end of pipe (sending a pipe
// end to a child that does not exist yet).
func (b *Broker) Ref(client int64, pipe, end int64) {
	b.do(client, &Request{Op: OpRef, ID: pipe, N: end}, nil)
}
