package broker

// This file defines the fast path of Queue.get in a child, where every
// operation is a message to the parent: get takes a batch of items when
// the child consumes fast. A consumer that came back for more within
// prefetchFast per item asks for twice as many next time (up to
// prefetchMax), a slow one for one. The items of a batch wait in the
// child (qsize/empty count them); those left when the child ends normally
// go back to the front of the queue (Close). A consumer killed by a
// signal loses the items it had taken ahead and not yet returned by get().

import (
	"sync"
	"time"
)

const (
	prefetchMax  = 512
	prefetchFast = 100 * time.Microsecond
)

// prefetch holds the batches of this process, by queue.
type prefetch struct {
	mu sync.Mutex
	m  map[int64]*batch
}

// batch is the items of one queue held by this process.
type batch struct {
	items   [][]byte
	want    int
	arrived time.Time
	n       int // size of the last batch
}

// TakeLocal pops an item of queue id taken ahead by this process.
func (b *Broker) TakeLocal(id int64) ([]byte, bool) {
	b.pf.mu.Lock()
	defer b.pf.mu.Unlock()
	bt := b.pf.m[id]
	if bt == nil || len(bt.items) == 0 {
		return nil, false
	}
	item := bt.items[0]
	bt.items[0] = nil
	bt.items = bt.items[1:]
	return item, true
}

// LocalCount is the number of items of queue id taken ahead here.
func (b *Broker) LocalCount(id int64) int {
	b.pf.mu.Lock()
	defer b.pf.mu.Unlock()
	if bt := b.pf.m[id]; bt != nil {
		return len(bt.items)
	}
	return 0
}

// BatchSize returns how many items of queue id to ask for (OpGetN),
// adapting to how fast the previous batch was consumed.
func (b *Broker) BatchSize(id int64) int {
	b.pf.mu.Lock()
	defer b.pf.mu.Unlock()
	if b.pf.m == nil {
		b.pf.m = map[int64]*batch{}
	}
	bt := b.pf.m[id]
	if bt == nil {
		bt = &batch{want: 1}
		b.pf.m[id] = bt
	}
	if bt.n > 0 {
		per := time.Since(bt.arrived) / time.Duration(bt.n)
		if per < prefetchFast {
			bt.want = min(bt.want*2, prefetchMax)
		} else {
			bt.want = 1
		}
	}
	return bt.want
}

// KeepBatch keeps the items of a batch of queue id after the first (the
// one get returns).
func (b *Broker) KeepBatch(id int64, items [][]byte) {
	b.pf.mu.Lock()
	defer b.pf.mu.Unlock()
	bt := b.pf.m[id]
	bt.items = append(bt.items, items...)
	bt.arrived = time.Now()
	bt.n = len(items) + 1
}

// returnPrefetched gives the items this process took ahead and did not
// use back to their queues.
func (b *Broker) returnPrefetched() {
	b.pf.mu.Lock()
	m := b.pf.m
	b.pf.m = nil
	b.pf.mu.Unlock()
	for id, bt := range m {
		if len(bt.items) > 0 {
			b.Do(&Request{Op: OpUnget, ID: id, Data: JoinItems(bt.items)}, nil)
		}
	}
}
