package multiprocessing

import (
	"fmt"
	"net"
	"os"
	"sync"

	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the remote backend of a child process: requests go to
// the parent over the channel, which serves them (or forwards them to its
// own parent) and answers.

type remote struct {
	conn    net.Conn
	wmu     sync.Mutex
	mu      sync.Mutex
	next    int64
	pending map[int64]chan *response
}

// parentGone is called when the channel to the parent ends: the parent
// died or closed it. A child never outlives its parent.
var parentGone = func() { os.Exit(1) }

func newRemote(conn net.Conn) *remote {
	r := &remote{conn: conn, pending: map[int64]chan *response{}}
	go r.readLoop()
	return r
}

func (r *remote) readLoop() {
	for {
		p, err := wire.ReadFrame(r.conn, 0)
		if err != nil {
			parentGone()
			return
		}
		res, err := unmarshalResponse(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "multiprocessing: bad message from the parent:", err)
			parentGone()
			return
		}
		r.mu.Lock()
		ch := r.pending[res.Req]
		delete(r.pending, res.Req)
		r.mu.Unlock()
		if ch != nil {
			ch <- res
		}
	}
}

func (r *remote) send(req *request) error {
	p, err := req.marshal()
	if err != nil {
		return err
	}
	r.wmu.Lock()
	defer r.wmu.Unlock()
	return wire.WriteFrame(r.conn, p)
}

func (r *remote) do(_ int64, req *request, intr <-chan struct{}) *response {
	r.mu.Lock()
	r.next++
	id := r.next
	ch := make(chan *response, 1)
	r.pending[id] = ch
	r.mu.Unlock()
	q := *req
	q.Req = id
	if err := r.send(&q); err != nil {
		parentGone()
		return &response{Code: resError + err.Error()}
	}
	select {
	case res := <-ch:
		return res
	case <-intr:
		// Ask the parent to abandon the request, then take its final
		// answer: the result, if the operation completed meanwhile.
		_ = r.send(&request{Op: opCancel, Req: id})
		return <-ch
	}
}
