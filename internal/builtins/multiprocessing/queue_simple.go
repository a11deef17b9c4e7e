package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines SimpleQueue (get, put, empty, close): a queue of the
// store, as Queue's.

// SimpleQueue is multiprocessing.SimpleQueue: get, put, empty, close.
type SimpleQueue struct{ q *Queue }

var simpleMethods = core.NewMethods(map[string]core.MethodFunc{
	"get":   simpleCall,
	"put":   simpleCall,
	"empty": simpleCall,
	"close": simpleCall,
})

func newSimpleQueue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	id, err := newObject(th, broker.Queue, 0)
	if err != nil {
		return nil, err
	}
	return &SimpleQueue{q: &Queue{id: id}}, nil
}

func (s *SimpleQueue) handle(*hooks) (string, uint64, error) { return "squeue", uint64(s.q.id), nil }

// String is CPython's repr.
func (s *SimpleQueue) String() string { return objRepr("multiprocessing.queues.SimpleQueue", s) }

// Type returns "SimpleQueue".
func (s *SimpleQueue) Type() string { return "SimpleQueue" }

// Freeze does nothing.
func (s *SimpleQueue) Freeze() {}

// Truth returns True.
func (s *SimpleQueue) Truth() starlark.Bool { return starlark.True }

// Hash returns the queue's id.
func (s *SimpleQueue) Hash() (uint32, error) { return uint32(s.q.id), nil }

// Attr returns get, put, empty or close (blocking get and put only).
func (s *SimpleQueue) Attr(name string) (starlark.Value, error) { return simpleMethods.Attr(s, name) }

// AttrNames lists the methods.
func (s *SimpleQueue) AttrNames() []string { return simpleMethods.Names() }

// simpleCall is get, put, empty and close: the Queue's, without block or
// timeout arguments.
func simpleCall(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, name := b.Receiver().(*SimpleQueue), b.Name()
	if name == "put" {
		var obj starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
		args, kwargs = starlark.Tuple{obj}, nil
	} else if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if s.q.closed.Load() && name != "close" {
		return nil, core.NewError(core.OSError, "handle is closed")
	}
	return callMethod(th, queueMethods, s.q, name, args, kwargs)
}

// decodeSimpleQueue decodes the handle of a squeue.
func decodeSimpleQueue(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &SimpleQueue{q: &Queue{id: int64(id)}}, nil
}
