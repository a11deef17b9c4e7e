package broker

// This file defines Broker, the shared-object service of one runtime: the
// store in a root process, the channel to the parent in a child.

import (
	"net"
	"sync"
	"sync/atomic"
)

// Broker executes the requests of one runtime and serves its children.
type Broker struct {
	store   *Store  // in a root
	parent  *client // in a child
	clients atomic.Int64
	mapped  mappings // the shared memory arenas mapped here
	pf      prefetch // items of queues taken ahead (in a child)

	closeOnce sync.Once
}

// The client id of a broker's own requests (its children are 1, 2...).
const self = 0

// NewRoot returns the broker of a root runtime, with a new store.
func NewRoot() *Broker { return &Broker{store: newStore()} }

// NewChild returns the broker of a child process, whose requests go to
// the parent over conn. gone is called when conn ends (the parent died
// or closed it): a child never outlives its parent, so gone normally
// exits the process.
func NewChild(conn net.Conn, gone func()) *Broker {
	return &Broker{parent: newClient(conn, gone)}
}

// IsChild reports whether the broker reaches the store through a parent.
func (b *Broker) IsChild() bool { return b.parent != nil }

// Do executes r on behalf of this process and returns its response. It
// blocks until the request is done, its timeout expires or intr is
// closed: the code is then Interrupted, unless the operation completed
// meanwhile (the result is then returned: nothing is lost).
func (b *Broker) Do(r *Request, intr <-chan struct{}) *Response {
	return b.do(self, r, intr)
}

func (b *Broker) do(client int64, r *Request, intr <-chan struct{}) *Response {
	if b.store != nil {
		return b.store.do(client, r, intr)
	}
	return b.parent.do(r, intr)
}

// Post sends a one-way request: executed in order with this process's
// other requests, never answered (an unbounded put from a child).
func (b *Broker) Post(r *Request) { b.post(self, r) }

func (b *Broker) post(client int64, r *Request) {
	if b.store != nil {
		b.store.do(client, r, nil)
		return
	}
	b.parent.post(r)
}

// Block returns the shared memory a locator (made by OpNew of kind
// Memory) names, mapping its arena in this process if needed.
func (b *Broker) Block(loc string) ([]byte, error) { return b.block(loc) }

// Close ends the broker's use of its resources at the end of its
// runtime: a child gives back the queue items it took ahead, a root
// releases the files of its shared memory arenas. Shared memory stays
// mapped while the OS process lives (values may still point into it).
func (b *Broker) Close() {
	b.closeOnce.Do(func() {
		if b.parent != nil {
			b.returnPrefetched()
		}
		if b.store != nil {
			b.store.mem.release()
		}
	})
}
