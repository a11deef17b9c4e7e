package broker

// This file defines a child's client of its parent: requests go over the
// channel, which the parent serves (or forwards to its own parent), and
// the answers come back by request number.

import (
	"fmt"
	"net"
	"os"
	"sync"
)

type client struct {
	conn    net.Conn
	gone    func()
	wmu     sync.Mutex
	mu      sync.Mutex
	next    int64
	pending map[int64]chan *Response
}

func newClient(conn net.Conn, gone func()) *client {
	c := &client{conn: conn, gone: gone, pending: map[int64]chan *Response{}}
	go c.readLoop()
	return c
}

// readLoop hands the answers to their requests; the end of the channel
// is the parent's death, whatever the platform.
func (c *client) readLoop() {
	for {
		p, err := ReadFrame(c.conn, 0)
		if err != nil {
			c.gone()
			return
		}
		res, err := unmarshalResponse(p)
		if err != nil {
			fmt.Fprintln(os.Stderr, "multiprocessing: bad message from the parent:", err)
			c.gone()
			return
		}
		c.mu.Lock()
		ch := c.pending[res.Req]
		delete(c.pending, res.Req)
		c.mu.Unlock()
		if ch != nil {
			ch <- res
		}
	}
}

func (c *client) send(r *Request) error {
	p, err := r.marshal()
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return WriteFrame(c.conn, p)
}

func (c *client) do(r *Request, intr <-chan struct{}) *Response {
	c.mu.Lock()
	c.next++
	id := c.next
	ch := make(chan *Response, 1)
	c.pending[id] = ch
	c.mu.Unlock()
	q := *r
	q.Req = id
	if err := c.send(&q); err != nil {
		c.gone()
		return Fail(Failed, err.Error())
	}
	select {
	case res := <-ch:
		return res
	case <-intr:
		// Ask the parent to abandon the request, then take its final
		// answer: the result, if the operation completed meanwhile.
		_ = c.send(&Request{Op: OpCancel, Req: id})
		return <-ch
	}
}

// post forwards a one-way request to the parent.
func (c *client) post(r *Request) {
	q := *r
	q.Req = 0
	if err := c.send(&q); err != nil {
		c.gone()
	}
}
