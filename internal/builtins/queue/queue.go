package queue

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/threading"
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
	// code (__lt__) that hands the interpreter lock to other threads, and
	// the hooks of a hooked queue; it is the queue's mutex attribute.
	op *threading.Lock

	// hooked: the operations call the hooks (see hooks.go); items is then
	// the container (own when it is a list the queue handles directly).
	hooked bool
	items  starlark.Value
	own    *starlark.List

	// conds are the not_empty, not_full and all_tasks_done attributes,
	// made on first use.
	conds [3]*core.Instance

	bound core.BoundMethods // the queue's methods bound to it
}

// BoundMethods returns the cache of the queue's bound methods.
func (q *queueObj) BoundMethods() *core.BoundMethods { return &q.bound }

func newQueueObj(k kind) *queueObj {
	return &queueObj{st: store{kind: k}, op: threading.NewLock()}
}

// QueueClass is queue.Queue.
var QueueClass = newQueueClass()

// LifoQueueClass is queue.LifoQueue.
var LifoQueueClass = newKindClass("LifoQueue", lifo)

// PriorityQueueClass is queue.PriorityQueue.
var PriorityQueueClass = newKindClass("PriorityQueue", prio)

var queueMethods = core.NewMethods(map[string]core.MethodFunc{
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
	"_init":      queueInitHook,
	"_qsize":     queueQsizeHook,
	"_put":       queuePutHook,
	"_get":       queueGetHook,
}).WithProps(map[string]core.Getter{
	"maxsize": func(recv starlark.Value) (starlark.Value, error) {
		q, err := queueOfProp(recv, "maxsize")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(q.maxsize), nil
	},
	"unfinished_tasks": func(recv starlark.Value) (starlark.Value, error) {
		q, err := queueOfProp(recv, "unfinished_tasks")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(q.unfinished), nil
	},
	"queue": func(recv starlark.Value) (starlark.Value, error) {
		q, err := queueOfProp(recv, "queue")
		if err != nil {
			return nil, err
		}
		return q.container(), nil
	},
	"not_empty":      condGetter("not_empty", 0),
	"not_full":       condGetter("not_full", 1),
	"all_tasks_done": condGetter("all_tasks_done", 2),
	"mutex": func(recv starlark.Value) (starlark.Value, error) {
		q, err := queueOfProp(recv, "mutex")
		if err != nil {
			return nil, err
		}
		return q.op, nil
	},
}).WithSetters(map[string]core.Setter{
	"queue": func(recv, v starlark.Value) error {
		q, err := queueOfProp(recv, "queue")
		if err != nil {
			return err
		}
		q.setContainer(v)
		return nil
	},
	"maxsize": func(recv, v starlark.Value) error {
		q, err := queueOfProp(recv, "maxsize")
		if err != nil {
			return err
		}
		n, err := starlark.AsInt32(v)
		q.maxsize = n
		return err
	},
})

func newQueueClass() *core.Class {
	c := core.MustClass("Queue", "queue", []*core.Class{core.ObjectClass}, queueMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		q := newQueueObj(fifo)
		q.hooked = overridesHooks(inst.Class)
		inst.Native = q
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

// queueOf returns the Go state of the queue of method b, or the TypeError
// of a method applied to a foreign object.
func queueOf(b *starlark.Builtin) (*queueObj, error) { return queueOfProp(b.Receiver(), b.Name()) }

// queueOfProp returns the Go state of recv, whose attribute name is used.
func queueOfProp(recv starlark.Value, name string) (*queueObj, error) {
	if inst, ok := recv.(*core.Instance); ok {
		if q, ok := inst.Native.(*queueObj); ok {
			return q, nil
		}
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' for 'Queue' objects doesn't apply to a '%s' object", name, core.TypeName(recv)))
}

// queueInit is Queue.__init__(self, maxsize=0).
func queueInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	maxsize := 0
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "maxsize?", &maxsize); err != nil {
		return nil, err
	}
	q.maxsize = maxsize
	if q.hooked {
		if _, err := core.CallMethod(th, b.Receiver(), "_init", starlark.Tuple{starlark.MakeInt(maxsize)}, nil); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

// waitTime decodes the (block, timeout) of get and put into the time to
// wait for an item or for room: 0 (poll) when not blocking, whatever the
// timeout (which is then not looked at, as in CPython), core.Forever for
// None, and a ValueError for a negative timeout. checked adds the checks
// of CPython's C code (SimpleQueue): NaN and overflow.
func waitTime(block bool, timeout starlark.Value, checked bool) (time.Duration, error) {
	if !block {
		return 0, nil
	}
	var t core.Timeout
	if timeout != nil {
		if err := t.Unpack(timeout); err != nil {
			return 0, err
		}
	}
	if checked {
		if err := t.Bounded(); err != nil {
			return 0, err
		}
	}
	if err := t.NonNegative(); err != nil {
		return 0, err
	}
	return t.Duration(), nil
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
	if _, err := q.op.Acquire(th, core.Forever); err != nil {
		return nil, err
	}
	return func() { _ = q.op.Release() }, nil
}

// get removes and returns an item of the queue self, waiting up to d for one.
func (q *queueObj) get(th *starlark.Thread, self starlark.Value, d time.Duration) (starlark.Value, error) {
	if q.hooked {
		return q.hookedGet(th, self, d)
	}
	dl := threading.NewDeadline(d)
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
		left := dl.Left()
		if left == 0 {
			return nil, errEmpty()
		}
		if _, err := waitOn(th, &q.notEmpty, left); err != nil {
			return nil, err
		}
		if q.hooked { // a script took the container while this waited
			return q.hookedGet(th, self, dl.Left())
		}
	}
}

// put adds an item to the queue self, waiting up to d for room.
func (q *queueObj) put(th *starlark.Thread, self, v starlark.Value, d time.Duration) error {
	if q.hooked {
		return q.hookedPut(th, self, v, d)
	}
	dl := threading.NewDeadline(d)
	for q.maxsize > 0 && q.st.len() >= q.maxsize {
		left := dl.Left()
		if left == 0 {
			return errFull()
		}
		if _, err := waitOn(th, &q.notFull, left); err != nil {
			return err
		}
		if q.hooked {
			return q.hookedPut(th, self, v, dl.Left())
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
func queuePut(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var item, timeout starlark.Value
	var block starlark.Value = starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "item", &item, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d := time.Duration(0)
	if q.maxsize > 0 {
		if d, err = waitTime(bool(block.Truth()), timeout, false); err != nil {
			return nil, err
		}
	}
	return starlark.None, q.put(th, b.Receiver(), item, d)
}

// queuePutNowait is Queue.put_nowait(item).
func queuePutNowait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var item starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "item", &item); err != nil {
		return nil, err
	}
	return starlark.None, q.put(th, b.Receiver(), item, 0)
}

// queueGet is Queue.get(block=True, timeout=None).
func queueGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return getArgs(th, b, args, kwargs, false)
}

// getArgs is the get(block=True, timeout=None) of Queue and (checked)
// SimpleQueue.
func getArgs(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, checked bool) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var timeout starlark.Value
	var block starlark.Value = starlark.True
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, err := waitTime(bool(block.Truth()), timeout, checked)
	if err != nil {
		return nil, err
	}
	return q.get(th, b.Receiver(), d)
}

// queueGetNowait is Queue.get_nowait().
func queueGetNowait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return q.get(th, b.Receiver(), 0)
}

func queueQsize(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if q.hooked {
		n, err := q.hookedLen(th, b.Receiver())
		return starlark.MakeInt(n), err
	}
	return starlark.MakeInt(q.st.len()), nil
}

func queueEmpty(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if q.hooked {
		any, err := q.hookedTruth(th, b.Receiver())
		return starlark.Bool(!any), err
	}
	return starlark.Bool(q.st.len() == 0), nil
}

func queueFull(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if q.hooked {
		n, err := q.hookedLen(th, b.Receiver())
		return starlark.Bool(q.maxsize > 0 && n >= q.maxsize), err
	}
	return starlark.Bool(q.maxsize > 0 && q.st.len() >= q.maxsize), nil
}

// queueTaskDone is Queue.task_done().
func queueTaskDone(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
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
func queueJoin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	for q.unfinished > 0 {
		if _, err := waitOn(th, &q.allDone, core.Forever); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}
