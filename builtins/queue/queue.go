package queue

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Queue, LifoQueue and PriorityQueue.

// queueObj is the Go state of a queue. Items and counters are used under
// the interpreter lock; waiting threads only wait on their own channels.
type queueObj struct {
	maxsize    int
	st         store
	unfinished int
	notEmpty   threading.Waiters
	notFull    threading.Waiters
	allDone    threading.Waiters
	// op serialises heap operations, whose comparisons may run script
	// code (__lt__) that hands the interpreter lock to other threads.
	op *threading.Lock
}

func newQueueObj(k kind) *queueObj {
	return &queueObj{st: store{kind: k}, op: threading.NewLock()}
}

// QueueClass is queue.Queue.
var QueueClass = newQueueClass()

// LifoQueueClass is queue.LifoQueue.
var LifoQueueClass = newKindClass("LifoQueue", lifo)

// PriorityQueueClass is queue.PriorityQueue.
var PriorityQueueClass = newKindClass("PriorityQueue", prio)

func newQueueClass() *core.Class {
	dict := methods(map[string]goMethod{
		"__init__":   queueInit,
		"put":        queuePut,
		"put_nowait": queuePutNowait,
		"get":        queueGet,
		"get_nowait": queueGetNowait,
		"qsize":      queueQsize,
		"empty":      queueEmpty,
		"full":       queueFull,
		"task_done":  queueTaskDone,
		"join":       queueJoin,
	})
	dict["maxsize"] = property("maxsize", func(q *queueObj) starlark.Value { return starlark.MakeInt(q.maxsize) },
		func(q *queueObj, v starlark.Value) error {
			n, err := starlark.AsInt32(v)
			q.maxsize = n
			return err
		})
	dict["unfinished_tasks"] = property("unfinished_tasks", func(q *queueObj) starlark.Value { return starlark.MakeInt(q.unfinished) }, nil)
	dict["queue"] = property("queue", func(q *queueObj) starlark.Value { return starlark.NewList(q.st.list()) }, nil)
	c := core.MustClass("Queue", "queue", []*core.Class{core.ObjectClass}, dict)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = newQueueObj(fifo)
		return nil
	}
	return c
}

func newKindClass(name string, k kind) *core.Class {
	c := core.MustClass(name, "queue", []*core.Class{QueueClass}, nil)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if q, ok := inst.Native.(*queueObj); ok {
			q.st.kind = k
		}
		return nil
	}
	return c
}

type goMethod = func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

func methods(table map[string]goMethod) map[string]starlark.Value {
	d := make(map[string]starlark.Value, len(table))
	for name, impl := range table {
		d[name] = core.NewGoMethod(name, impl)
	}
	return d
}

// property makes a property of a queue from Go getter and setter.
func property(name string, get func(*queueObj) starlark.Value, set func(*queueObj, starlark.Value) error) *core.Property {
	p := &core.Property{Get: starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var self starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &self); err != nil {
			return nil, err
		}
		q, err := queueOf(self, name)
		if err != nil {
			return nil, err
		}
		return get(q), nil
	})}
	if set != nil {
		p.Set = starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var self, v starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &self, &v); err != nil {
				return nil, err
			}
			q, err := queueOf(self, name)
			if err != nil {
				return nil, err
			}
			return starlark.None, set(q, v)
		})
	}
	return p
}

func queueOf(self starlark.Value, method string) (*queueObj, error) {
	if inst, ok := self.(*core.Instance); ok {
		if q, ok := inst.Native.(*queueObj); ok {
			return q, nil
		}
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' for 'Queue' objects doesn't apply to a '%s' object", method, core.TypeName(self)))
}

// queueInit is Queue.__init__(self, maxsize=0).
func queueInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "__init__")
	if err != nil {
		return nil, err
	}
	maxsize := 0
	if err := starlark.UnpackArgs("Queue", args, kwargs, "maxsize?", &maxsize); err != nil {
		return nil, err
	}
	q.maxsize = maxsize
	return starlark.None, nil
}

// timeoutArgs decodes (block, timeout) into the time to wait: 0 polls,
// threading.Forever waits without limit.
func timeoutArgs(block bool, timeout starlark.Value) (time.Duration, error) {
	if !block {
		return 0, nil
	}
	if timeout == nil || timeout == starlark.None {
		return threading.Forever, nil
	}
	sec, err := threading.Seconds(timeout, "an integer")
	if err != nil {
		return 0, err
	}
	if sec < 0 {
		return 0, core.NewError(core.ValueError, "'timeout' must be a non-negative number")
	}
	return threading.Duration(sec), nil
}

// deadline tracks the time left of a wait that may loop.
type deadline struct {
	forever bool
	end     time.Time
}

func newDeadline(d time.Duration) deadline {
	if d < 0 {
		return deadline{forever: true}
	}
	return deadline{end: time.Now().Add(d)}
}

func (d deadline) left() time.Duration {
	if d.forever {
		return threading.Forever
	}
	if l := time.Until(d.end); l > 0 {
		return l
	}
	return 0
}

// waitOn waits on a new entry of w for up to left, and reports whether it
// was woken; a wake-up that arrives with an error is passed on.
func waitOn(th *starlark.Thread, w *threading.Waiters, left time.Duration) (bool, error) {
	ch := w.Add()
	got, err := threading.Wait(th, ch, left)
	if !got && !w.Remove(ch) {
		got = true
	}
	if err != nil && got {
		w.Notify(1)
	}
	return got, err
}

// lockOp takes the heap lock of a priority queue.
func (q *queueObj) lockOp(th *starlark.Thread) (func(), error) {
	if q.st.kind != prio {
		return func() {}, nil
	}
	if _, err := q.op.Acquire(th, threading.Forever); err != nil {
		return nil, err
	}
	return func() { _ = q.op.Release() }, nil
}

// get removes and returns an item, waiting up to d for one.
func (q *queueObj) get(th *starlark.Thread, d time.Duration) (starlark.Value, error) {
	dl := newDeadline(d)
	for {
		if q.st.len() > 0 {
			unlock, err := q.lockOp(th)
			if err != nil {
				return nil, err
			}
			if q.st.len() == 0 { // taken while waiting for the heap lock
				unlock()
				continue
			}
			v, err := q.st.pop()
			unlock()
			q.notFull.Notify(1)
			return v, err
		}
		left := dl.left()
		if left == 0 {
			return nil, errEmpty()
		}
		if _, err := waitOn(th, &q.notEmpty, left); err != nil {
			return nil, err
		}
	}
}

// put adds an item, waiting up to d for room.
func (q *queueObj) put(th *starlark.Thread, v starlark.Value, d time.Duration) error {
	dl := newDeadline(d)
	for q.maxsize > 0 && q.st.len() >= q.maxsize {
		left := dl.left()
		if left == 0 {
			return errFull()
		}
		if _, err := waitOn(th, &q.notFull, left); err != nil {
			return err
		}
	}
	unlock, err := q.lockOp(th)
	if err != nil {
		return err
	}
	err = q.st.push(v)
	unlock()
	if err != nil {
		return err
	}
	q.unfinished++
	q.notEmpty.Notify(1)
	return nil
}

// queuePut is Queue.put(item, block=True, timeout=None).
func queuePut(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "put")
	if err != nil {
		return nil, err
	}
	var item, timeout starlark.Value
	var block starlark.Value = starlark.True
	if err := starlark.UnpackArgs("put", args, kwargs, "item", &item, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d := time.Duration(0)
	if q.maxsize > 0 {
		if d, err = timeoutArgs(bool(block.Truth()), timeout); err != nil {
			return nil, err
		}
	}
	return starlark.None, q.put(th, item, d)
}

// queuePutNowait is Queue.put_nowait(item).
func queuePutNowait(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "put_nowait")
	if err != nil {
		return nil, err
	}
	var item starlark.Value
	if err := starlark.UnpackArgs("put_nowait", args, kwargs, "item", &item); err != nil {
		return nil, err
	}
	return starlark.None, q.put(th, item, 0)
}

// queueGet is Queue.get(block=True, timeout=None).
func queueGet(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "get")
	if err != nil {
		return nil, err
	}
	var timeout starlark.Value
	var block starlark.Value = starlark.True
	if err := starlark.UnpackArgs("get", args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, err := timeoutArgs(bool(block.Truth()), timeout)
	if err != nil {
		return nil, err
	}
	return q.get(th, d)
}

// queueGetNowait is Queue.get_nowait().
func queueGetNowait(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "get_nowait")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("get_nowait", args, kwargs, 0); err != nil {
		return nil, err
	}
	return q.get(th, 0)
}

func queueQsize(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "qsize")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("qsize", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(q.st.len()), nil
}

func queueEmpty(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "empty")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("empty", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(q.st.len() == 0), nil
}

func queueFull(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "full")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("full", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(q.maxsize > 0 && q.st.len() >= q.maxsize), nil
}

// queueTaskDone is Queue.task_done().
func queueTaskDone(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "task_done")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("task_done", args, kwargs, 0); err != nil {
		return nil, err
	}
	if q.unfinished <= 0 {
		return nil, core.NewError(core.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.allDone.NotifyAll()
	}
	return starlark.None, nil
}

// queueJoin is Queue.join(): wait until every item put has been marked done.
func queueJoin(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(self, "join")
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs("join", args, kwargs, 0); err != nil {
		return nil, err
	}
	for q.unfinished > 0 {
		if _, err := waitOn(th, &q.allDone, threading.Forever); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}
