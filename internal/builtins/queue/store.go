package queue

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// This file defines the storage of a queue: FIFO, LIFO or a binary heap
// ordered by Python's < (as heapq does). It is used under the interpreter
// lock only.

type kind int

const (
	fifo kind = iota
	lifo
	prio
)

type store struct {
	kind  kind
	items []starlark.Value
	head  int // first item of a FIFO
}

func (s *store) len() int { return len(s.items) - s.head }

// push adds v; for a heap, an error of < leaves v in the heap, as heapq does.
func (s *store) push(v starlark.Value) error {
	s.items = append(s.items, v)
	if s.kind == prio {
		return s.siftDown(0, len(s.items)-1)
	}
	return nil
}

// pop removes the next item (the queue is not empty).
func (s *store) pop() (starlark.Value, error) {
	switch s.kind {
	case lifo:
		n := len(s.items) - 1
		v := s.items[n]
		s.items[n] = nil
		s.items = s.items[:n]
		return v, nil
	case prio:
		n := len(s.items) - 1
		last := s.items[n]
		s.items[n] = nil
		s.items = s.items[:n]
		if n == 0 {
			return last, nil
		}
		v := s.items[0]
		s.items[0] = last
		return v, s.siftUp(0)
	}
	v := s.items[s.head]
	s.items[s.head] = nil
	s.head++
	if s.head == len(s.items) {
		s.items, s.head = s.items[:0], 0
	} else if s.head >= 64 && s.head*2 >= len(s.items) {
		n := copy(s.items, s.items[s.head:])
		clear(s.items[n:])
		s.items, s.head = s.items[:n], 0
	}
	return v, nil
}

// list returns the items in storage order (a copy).
func (s *store) list() []starlark.Value {
	return append([]starlark.Value(nil), s.items[s.head:]...)
}

func less(a, b starlark.Value) (bool, error) { return starlark.Compare(syntax.LT, a, b) }

// siftDown and siftUp are heapq's _siftdown and _siftup.
func (s *store) siftDown(start, pos int) error {
	h := s.items
	item := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		lt, err := less(item, h[parent])
		if err != nil {
			h[pos] = item
			return err
		}
		if !lt {
			break
		}
		h[pos] = h[parent]
		pos = parent
	}
	h[pos] = item
	return nil
}

func (s *store) siftUp(pos int) error {
	h := s.items
	end := len(h)
	start := pos
	item := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			lt, err := less(h[child], h[right])
			if err != nil {
				h[pos] = item
				return err
			}
			if !lt {
				child = right
			}
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = item
	return s.siftDown(start, pos)
}
