package multiprocessing

import (
	"strconv"
	"strings"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines multiprocessing.Queue: a handle of a queue of the store.

// Queue is a multiprocessing.Queue. Items are serialised at put (so an
// object that cannot be sent fails there) and stored whole in the store of
// the root process, so no item is lost when a child exits right after put,
// and join() never waits for a feeder.
type Queue struct {
	id      int64
	maxsize int64
	closed  atomic.Bool
}

var queueMethods = core.NewMethods(map[string]core.MethodFunc{
	"put":                queuePut,
	"put_nowait":         queuePut,
	"get":                queueGet,
	"get_nowait":         queueGet,
	"qsize":              queueSize,
	"empty":              queueSize,
	"full":               queueSize,
	"close":              queueClose,
	"join_thread":        queueNoop,
	"cancel_join_thread": queueNoop,
})

func newQueue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	maxsize := 0
	if err := starlark.UnpackArgs("Queue", args, kwargs, "maxsize?", &maxsize); err != nil {
		return nil, err
	}
	if maxsize < 0 {
		maxsize = 0
	}
	id, err := newObject(th, broker.Queue, int64(maxsize))
	if err != nil {
		return nil, err
	}
	return &Queue{id: id, maxsize: int64(maxsize)}, nil
}

// String, Type, Freeze, Truth and Hash make Queue a starlark.Value.
func (q *Queue) String() string        { return objRepr("multiprocessing.queues.Queue", q) }
func (q *Queue) Type() string          { return "Queue" }
func (q *Queue) Freeze()               {}
func (q *Queue) Truth() starlark.Bool  { return starlark.True }
func (q *Queue) Hash() (uint32, error) { return uint32(q.id), nil }

// Attr returns a method.
func (q *Queue) Attr(name string) (starlark.Value, error) { return queueMethods.Attr(q, name) }

// AttrNames lists the methods.
func (q *Queue) AttrNames() []string { return queueMethods.Names() }

func (q *Queue) handle(*hooks) (string, uint64, error) {
	return "queue:" + itoa(q.maxsize), uint64(q.id), nil
}

// decodeQueue decodes the handle of a queue.
func decodeQueue(_ *hooks, kind string, id uint64) (starlark.Value, error) {
	max, err := strconv.ParseInt(strings.TrimPrefix(kind, "queue:"), 10, 64)
	if err != nil {
		return nil, valueError("bad Queue handle")
	}
	return &Queue{id: int64(id), maxsize: max}, nil
}

func (q *Queue) checkOpen() error {
	if q.closed.Load() {
		return core.NewError(core.ValueError, "Queue "+q.String()+" is closed")
	}
	return nil
}

func queuePut(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	q := recv.(*Queue)
	var obj starlark.Value
	r := &broker.Request{Op: broker.OpPut, ID: q.id}
	if name == "put_nowait" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &obj); err != nil {
			return nil, err
		}
	} else if err := unpackWait(name, args, kwargs, "block", r, "obj", &obj); err != nil {
		return nil, err
	}
	if err := q.checkOpen(); err != nil {
		return nil, err
	}
	data, err := encode(th, obj, "an item put on a Queue")
	if err != nil {
		return nil, err
	}
	r.Data = data
	if q.maxsize == 0 && stateOf(core.RuntimeOf(th)).inChild() {
		post(th, r) // an unbounded put cannot fail or wait: no answer needed
		return starlark.None, nil
	}
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	return starlark.None, nil
}

func queueGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	q := recv.(*Queue)
	r := &broker.Request{Op: broker.OpGet, ID: q.id}
	if name == "get_nowait" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
	} else if err := unpackWait(name, args, kwargs, "block", r); err != nil {
		return nil, err
	}
	if err := q.checkOpen(); err != nil {
		return nil, err
	}
	if stateOf(core.RuntimeOf(th)).inChild() {
		b := brokerOf(th)
		if item, ok := b.TakeLocal(q.id); ok {
			return decode(th, item)
		}
		r.Op, r.N = broker.OpGetN, int64(b.BatchSize(q.id))
	}
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	if r.Op == broker.OpGetN {
		items := broker.SplitItems(res.Data)
		if len(items) == 0 {
			return nil, core.NewError(core.RuntimeError, "multiprocessing: empty batch from the queue")
		}
		brokerOf(th).KeepBatch(q.id, items[1:])
		return decode(th, items[0])
	}
	return decode(th, res.Data)
}

func queueSize(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	q := recv.(*Queue)
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	res, err := call(th, &broker.Request{Op: broker.OpQSize, ID: q.id})
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	res.N += int64(brokerOf(th).LocalCount(q.id))
	switch name {
	case "empty":
		return starlark.Bool(res.N == 0), nil
	case "full":
		return starlark.Bool(q.maxsize > 0 && res.N >= q.maxsize), nil
	}
	return starlark.MakeInt64(res.N), nil
}

func queueClose(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	recv.(*Queue).closed.Store(true)
	return starlark.None, nil
}

// queueNoop is join_thread and cancel_join_thread: puts are synchronous,
// there is no feeder thread to wait for.
func queueNoop(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
