package multiprocessing

import (
	"encoding/binary"
	"sync"
	"time"
)

// This file defines the fast paths of Queue in a child process, where
// every operation is a message to the parent:
//
//   - put on an unbounded queue is one-way (post): it cannot fail or wait,
//     so the child does not wait for an answer. The parent serves a
//     child's messages in order and settles them all before join()
//     returns, so no item is lost when the child exits at once.
//   - get takes a batch of items when the child consumes fast: a consumer
//     that came back for more within prefetchFast per item asks for twice
//     as many next time (up to prefetchMax), a slow one for one. The items
//     of a batch wait in the child (qsize/empty count them); those left
//     when the child ends normally go back to the front of the queue. A
//     consumer killed by a signal loses the items it had prefetched and
//     not yet returned by get().

const (
	prefetchMax  = 512
	prefetchFast = 100 * time.Microsecond
)

// prefetch is the batch of items of one queue held by this process.
type prefetch struct {
	items   [][]byte
	want    int
	arrived time.Time
	n       int // size of the last batch
}

var prefetched struct {
	sync.Mutex
	m map[int64]*prefetch
}

func init() {
	extOps["queue.getn"] = extOp{queueGetN, ifBlock}
	extOps["queue.unget"] = extOp{queueUnget, nil}
}

// inChild reports whether this process reaches the store through its
// parent.
func inChild() bool {
	_, ok := getBackend().(*remote)
	return ok
}

// takeLocal pops an item of queue id prefetched by this process.
func takeLocal(id int64) ([]byte, bool) {
	prefetched.Lock()
	defer prefetched.Unlock()
	pf := prefetched.m[id]
	if pf == nil || len(pf.items) == 0 {
		return nil, false
	}
	item := pf.items[0]
	pf.items[0] = nil
	pf.items = pf.items[1:]
	return item, true
}

// localCount is the number of items of queue id prefetched here.
func localCount(id int64) int {
	prefetched.Lock()
	defer prefetched.Unlock()
	if pf := prefetched.m[id]; pf != nil {
		return len(pf.items)
	}
	return 0
}

// batchSize returns how many items to ask for, adapting to how fast the
// previous batch was consumed.
func batchSize(id int64) int {
	prefetched.Lock()
	defer prefetched.Unlock()
	if prefetched.m == nil {
		prefetched.m = map[int64]*prefetch{}
	}
	pf := prefetched.m[id]
	if pf == nil {
		pf = &prefetch{want: 1}
		prefetched.m[id] = pf
	}
	if pf.n > 0 {
		per := time.Since(pf.arrived) / time.Duration(pf.n)
		if per < prefetchFast {
			pf.want = min(pf.want*2, prefetchMax)
		} else {
			pf.want = 1
		}
	}
	return pf.want
}

// keepBatch stores the items of a batch after the first (returned).
func keepBatch(id int64, items [][]byte) {
	prefetched.Lock()
	defer prefetched.Unlock()
	pf := prefetched.m[id]
	pf.items = append(pf.items, items...)
	pf.arrived = time.Now()
	pf.n = len(items) + 1
}

// returnPrefetched gives the items this process prefetched and did not
// use back to their queues (end of a child).
func returnPrefetched() {
	prefetched.Lock()
	m := prefetched.m
	prefetched.m = nil
	prefetched.Unlock()
	for id, pf := range m {
		if len(pf.items) > 0 {
			getBackend().do(rootClient, &request{Op: "queue.unget", ID: id, Data: joinItems(pf.items)}, nil)
		}
	}
}

func joinItems(items [][]byte) []byte {
	var out []byte
	for _, it := range items {
		out = binary.AppendUvarint(out, uint64(len(it)))
		out = append(out, it...)
	}
	return out
}

func splitItems(data []byte) [][]byte {
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

// queueGetN takes up to N items (at least one, waiting as get does).
func queueGetN(s *store, _ int64, r *request, intr <-chan struct{}) *response {
	s.mu.Lock()
	q := s.queues[r.ID]
	s.mu.Unlock()
	if q == nil {
		return noSuch("queue")
	}
	return s.waitFor(r, intr, func() *signal { return &q.changed }, func() (*response, bool) {
		if len(q.items) == 0 {
			return nil, false
		}
		n := int(max(1, min(r.N, int64(len(q.items)))))
		batch := q.items[:n]
		res := &response{N: int64(n), Data: joinItems(batch)}
		for i := range batch {
			batch[i] = nil
		}
		q.items = q.items[n:]
		q.changed.broadcast()
		return res, true
	}, resEmpty)
}

// queueUnget puts items back at the front of a queue.
func queueUnget(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := s.queues[r.ID]
	if q == nil {
		return noSuch("queue")
	}
	q.items = append(splitItems(r.Data), q.items...)
	q.changed.broadcast()
	return &response{}
}
