package broker

// This file defines the store's queues (Queue, JoinableQueue and
// SimpleQueue items, serialised by the sender) and counters (the
// unfinished tasks of a JoinableQueue).

import "encoding/binary"

type queue struct {
	items   [][]byte
	maxsize int64 // <= 0: unbounded
	changed signal
}

// newQueue makes a queue of maxsize N.
func newQueue(_ *Store, _ int64, r *Request) (any, *Response) {
	return &queue{maxsize: r.N}, nil
}

func queuePut(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	q := obj.(*queue)
	return s.waitFor(r, intr, &q.changed, func() (*Response, bool) {
		if q.maxsize > 0 && int64(len(q.items)) >= q.maxsize {
			return nil, false
		}
		q.items = append(q.items, r.Data)
		q.changed.broadcast()
		return &Response{}, true
	}, Full)
}

func queueGet(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	q := obj.(*queue)
	return s.waitFor(r, intr, &q.changed, func() (*Response, bool) {
		if len(q.items) == 0 {
			return nil, false
		}
		item := q.items[0]
		q.items[0] = nil
		q.items = q.items[1:]
		q.changed.broadcast()
		return &Response{Data: item}, true
	}, Empty)
}

// queueGetN takes up to N items (at least one, waiting as get does).
func queueGetN(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	q := obj.(*queue)
	return s.waitFor(r, intr, &q.changed, func() (*Response, bool) {
		if len(q.items) == 0 {
			return nil, false
		}
		n := int(max(1, min(r.N, int64(len(q.items)))))
		batch := q.items[:n]
		res := &Response{N: int64(n), Data: JoinItems(batch)}
		for i := range batch {
			batch[i] = nil
		}
		q.items = q.items[n:]
		q.changed.broadcast()
		return res, true
	}, Empty)
}

// queueUnget puts items back at the front of a queue.
func queueUnget(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	q := obj.(*queue)
	s.mu.Lock()
	defer s.mu.Unlock()
	q.items = append(SplitItems(r.Data), q.items...)
	q.changed.broadcast()
	return &Response{}
}

func queueSize(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: int64(len(obj.(*queue).items))}
}

// JoinItems joins items into one payload (each prefixed by its length);
// SplitItems splits it.
func JoinItems(items [][]byte) []byte {
	var out []byte
	for _, it := range items {
		out = binary.AppendUvarint(out, uint64(len(it)))
		out = append(out, it...)
	}
	return out
}

// SplitItems splits a payload made by JoinItems.
func SplitItems(data []byte) [][]byte {
	var items [][]byte
	for len(data) > 0 {
		n, k := binary.Uvarint(data)
		if k <= 0 || uint64(len(data)-k) < n {
			break
		}
		items = append(items, data[k:k+int(n)])
		data = data[k+int(n):]
	}
	return items
}

type counter struct {
	n       int64
	changed signal
}

func newCounter(*Store, int64, *Request) (any, *Response) { return &counter{}, nil }

// counterAdd adds N (a put adds 1, a put that failed takes it back).
func counterAdd(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	c := obj.(*counter)
	s.mu.Lock()
	defer s.mu.Unlock()
	c.n += r.N
	if c.n <= 0 {
		c.changed.broadcast()
	}
	return &Response{}
}

func counterDone(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	c := obj.(*counter)
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.n <= 0 {
		return Fail(ValueError, "task_done() called too many times")
	}
	c.n--
	if c.n <= 0 {
		c.changed.broadcast()
	}
	return &Response{}
}

func counterJoin(s *Store, _ int64, r *Request, obj any, intr <-chan struct{}) *Response {
	c := obj.(*counter)
	w := *r
	w.Block, w.Timeout = true, -1
	return s.waitFor(&w, intr, &c.changed, func() (*Response, bool) {
		return &Response{}, c.n <= 0
	}, TimedOut)
}
