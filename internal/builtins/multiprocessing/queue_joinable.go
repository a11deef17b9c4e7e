package multiprocessing

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines JoinableQueue: a Queue with a count of unfinished
// tasks (a counter of the store).

// decodeJoinableQueue decodes the handle of a jqueue.
func decodeJoinableQueue(h *hooks, kind string, id uint64) (starlark.Value, error) {
	parts := strings.Split(kind, ":")
	if len(parts) != 3 {
		return nil, valueError("bad JoinableQueue handle")
	}
	max, err1 := strconv.ParseInt(parts[1], 10, 64)
	counter, err2 := strconv.ParseInt(parts[2], 10, 64)
	if err1 != nil || err2 != nil {
		return nil, valueError("bad JoinableQueue handle")
	}
	return &JoinableQueue{q: &Queue{id: int64(id), maxsize: max}, counter: counter}, nil
}

// JoinableQueue is multiprocessing.JoinableQueue.
type JoinableQueue struct {
	q       *Queue
	counter int64
}

var joinableExtra = core.NewMethods(map[string]core.MethodFunc{
	"task_done":  jqTaskDone,
	"join":       jqJoin,
	"put":        jqPut,
	"put_nowait": jqPut,
})

func newJoinableQueue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	qv, err := newQueue(th, b, args, kwargs)
	if err != nil {
		return nil, err
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Counter})
	if err != nil {
		return nil, err
	}
	return &JoinableQueue{q: qv.(*Queue), counter: res.N}, nil
}

func (j *JoinableQueue) handle(*hooks) (string, uint64, error) {
	return "jqueue:" + itoa(j.q.maxsize) + ":" + itoa(j.counter), uint64(j.q.id), nil
}

// String is CPython's repr.
func (j *JoinableQueue) String() string { return objRepr("multiprocessing.queues.JoinableQueue", j) }

// Type returns "JoinableQueue".
func (j *JoinableQueue) Type() string { return "JoinableQueue" }

// Freeze does nothing.
func (j *JoinableQueue) Freeze() {}

// Truth returns True.
func (j *JoinableQueue) Truth() starlark.Bool { return starlark.True }

// Hash returns the queue's id.
func (j *JoinableQueue) Hash() (uint32, error) { return uint32(j.q.id), nil }

// Attr returns a method: Queue's, task_done and join.
func (j *JoinableQueue) Attr(name string) (starlark.Value, error) {
	if joinableExtra.Has(name) {
		return joinableExtra.Attr(j, name)
	}
	return queueMethods.Attr(j.q, name)
}

// AttrNames lists the methods.
func (j *JoinableQueue) AttrNames() []string {
	return append(queueMethods.Names(), "join", "task_done")
}

// jqPut counts one more unfinished task, then puts (the count is taken
// back if the put fails).
func jqPut(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	j := recv.(*JoinableQueue)
	if err := j.q.checkOpen(); err != nil {
		return nil, err
	}
	inc := &broker.Request{Op: broker.OpCountAdd, ID: j.counter, N: 1}
	if j.q.maxsize == 0 && stateOf(core.RuntimeOf(th)).inChild() {
		post(th, inc)
	} else if _, err := callOK(th, inc); err != nil {
		return nil, err
	}
	v, err := callMethod(th, queueMethods, j.q, name, args, kwargs)
	if err != nil {
		_, _ = call(th, &broker.Request{Op: broker.OpCountAdd, ID: j.counter, N: -1})
	}
	return v, err
}

func jqTaskDone(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if _, err := callOK(th, &broker.Request{Op: broker.OpCountDone, ID: recv.(*JoinableQueue).counter}); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func jqJoin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if _, err := callOK(th, &broker.Request{Op: broker.OpCountJoin, ID: recv.(*JoinableQueue).counter}); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
