package queue

import (
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the hooks of Queue that CPython's put, get, qsize,
// empty and full go through (_init, _qsize, _put, _get), the queue
// attribute (the container), and the slow path of a queue whose hooks a
// script class overrides or whose container a script has seen.
//
// A plain queue keeps its items in its store and never calls a hook. A
// queue is hooked when its class overrides one of the hooks (found when it
// is made) or once a script reads or assigns its queue attribute: its
// operations then call self._qsize(), self._put(item) and self._get(),
// holding the queue's mutex as CPython does, and the items live in the
// container: the list that the queue attribute returned (made from the
// store) or the value a script assigned to it (CPython's is a deque).

// hookNames are the methods that make a queue hooked when a class
// overrides them.
var hookNames = []string{"_init", "_qsize", "_put", "_get"}

// nativeHooks are the Queue class's own hooks, to tell an override.
var nativeHooks = map[string]starlark.Value{}

func init() {
	for _, name := range hookNames {
		v, _ := QueueClass.Lookup(name)
		nativeHooks[name] = v
	}
}

// overridesHooks reports whether class c overrides a hook of Queue.
func overridesHooks(c *core.Class) bool {
	for _, name := range hookNames {
		if v, _ := c.Lookup(name); v != nativeHooks[name] {
			return true
		}
	}
	return false
}

// container returns the queue's container, making it from the store when
// it has none (the queue becomes hooked).
func (q *queueObj) container() starlark.Value {
	if q.items == nil {
		l := starlark.NewList(q.st.list())
		q.items, q.own = l, l
		q.st.items, q.st.head = nil, 0
		q.hooked = true
	}
	return q.items
}

// setContainer makes v the queue's container (self.queue = v).
func (q *queueObj) setContainer(v starlark.Value) {
	q.items, q.own = v, nil
	if l, ok := v.(*starlark.List); ok {
		q.own = l
	}
	q.st.items, q.st.head = nil, 0
	q.hooked = true
}

// The native hooks, as CPython's Queue, LifoQueue and PriorityQueue define
// them over self.queue: on the store, or on the container once there is
// one (a list is handled directly; another container through its
// methods: append, and popleft, pop or a heap pop).

// queueInitHook is Queue._init(maxsize): an empty container.
func queueInitHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var maxsize starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &maxsize); err != nil {
		return nil, err
	}
	q.st.items, q.st.head = nil, 0
	if q.items != nil {
		q.setContainer(starlark.NewList(nil))
	}
	return starlark.None, nil
}

// queueQsizeHook is Queue._qsize(): len(self.queue).
func queueQsizeHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if q.items == nil {
		return starlark.MakeInt(q.st.len()), nil
	}
	n, err := core.Len(th, q.items)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(n), nil
}

// queuePutHook is Queue._put(item): append (a heap push for a
// PriorityQueue).
func queuePutHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var item starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &item); err != nil {
		return nil, err
	}
	switch {
	case q.items == nil:
		return starlark.None, q.st.push(item)
	case q.own != nil && q.st.kind != prio:
		return starlark.None, q.own.Append(item)
	case q.own != nil:
		return starlark.None, q.onList(func(s *store) error { return s.push(item) })
	}
	if q.st.kind == prio {
		return callHeapq(th, "heappush", q.items, item)
	}
	return core.CallMethod(th, q.items, "append", starlark.Tuple{item}, nil)
}

// queueGetHook is Queue._get(): popleft (pop for a LifoQueue, a heap pop
// for a PriorityQueue).
func queueGetHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if q.own != nil && q.st.kind != prio {
		if q.own.Len() == 0 {
			return nil, errEmptyContainer(q.st.kind)
		}
		if q.st.kind == lifo {
			return core.CallMethod(th, q.own, "pop", nil, nil)
		}
		return core.CallMethod(th, q.own, "pop", starlark.Tuple{starlark.MakeInt(0)}, nil)
	}
	if q.items == nil || q.own != nil {
		var v starlark.Value
		pop := func(s *store) error {
			if s.len() == 0 {
				return errEmptyContainer(q.st.kind)
			}
			var err error
			v, err = s.pop()
			return err
		}
		if q.items == nil {
			err = pop(&q.st)
		} else {
			err = q.onList(pop)
		}
		return v, err
	}
	switch q.st.kind {
	case lifo:
		return core.CallMethod(th, q.items, "pop", nil, nil)
	case prio:
		return callHeapq(th, "heappop", q.items)
	}
	return core.CallMethod(th, q.items, "popleft", nil, nil)
}

// errEmptyContainer is the IndexError of popping an empty container.
func errEmptyContainer(k kind) error {
	switch k {
	case fifo:
		return core.NewError(core.IndexError, "pop from an empty deque")
	case lifo:
		return core.NewError(core.IndexError, "pop from empty list")
	}
	return core.NewError(core.IndexError, "index out of range")
}

// onList applies op to the items of the queue's own list, as a store of
// the queue's kind (a heap), and writes them back.
func (q *queueObj) onList(op func(*store) error) error {
	l := q.own
	s := store{kind: q.st.kind, items: make([]starlark.Value, l.Len(), l.Len()+1)}
	for i := range s.items {
		s.items[i] = l.Index(i)
	}
	err := op(&s)
	if cerr := l.Clear(); cerr != nil {
		return cerr
	}
	for _, v := range s.items[s.head:] {
		if aerr := l.Append(v); aerr != nil {
			return aerr
		}
	}
	return err
}

// callHeapq calls function name of the heapq module (a script container
// of a PriorityQueue).
func callHeapq(th *starlark.Thread, name string, args ...starlark.Value) (starlark.Value, error) {
	rt := core.RuntimeOf(th)
	if rt == nil || rt.Import == nil {
		return nil, core.NewError(core.ImportError, "No module named 'heapq'")
	}
	m, err := rt.Import(th, "heapq")
	if err != nil {
		return nil, err
	}
	f, err := core.GetAttr(th, m, name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(th, f, args, nil)
}

// The slow path: the operations of a hooked queue.

// hookCall calls self.name(args...) holding the queue's mutex.
func (q *queueObj) hookCall(th *starlark.Thread, self starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	if _, err := q.op.Acquire(th, core.Forever); err != nil {
		return nil, err
	}
	defer func() { _ = q.op.Release() }()
	return core.CallMethod(th, self, name, args, nil)
}

// hookedLen is self._qsize() as an int.
func (q *queueObj) hookedLen(th *starlark.Thread, self starlark.Value) (int, error) {
	v, err := q.hookCall(th, self, "_qsize")
	if err != nil {
		return 0, err
	}
	i, err := core.Index(th, v)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok {
		return 0, core.NewError(core.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// hookedTruth is bool(self._qsize()), as empty() uses it.
func (q *queueObj) hookedTruth(th *starlark.Thread, self starlark.Value) (bool, error) {
	v, err := q.hookCall(th, self, "_qsize")
	if err != nil {
		return false, err
	}
	t, err := core.Truth(th, v)
	return bool(t), err
}

// hookedGet is get for a hooked queue.
func (q *queueObj) hookedGet(th *starlark.Thread, self starlark.Value, d time.Duration) (starlark.Value, error) {
	dl := threading.NewDeadline(d)
	for {
		any, err := q.hookedTruth(th, self)
		if err != nil {
			return nil, err
		}
		if any {
			v, err := q.hookCall(th, self, "_get")
			if err != nil {
				return nil, err
			}
			q.notFull.Notify(1)
			return v, nil
		}
		left := dl.Left()
		if left == 0 {
			return nil, errEmpty()
		}
		if _, err := waitOn(th, &q.notEmpty, left); err != nil {
			return nil, err
		}
	}
}

// hookedPut is put for a hooked queue.
func (q *queueObj) hookedPut(th *starlark.Thread, self, v starlark.Value, d time.Duration) error {
	dl := threading.NewDeadline(d)
	for q.maxsize > 0 {
		n, err := q.hookedLen(th, self)
		if err != nil {
			return err
		}
		if n < q.maxsize {
			break
		}
		left := dl.Left()
		if left == 0 {
			return errFull()
		}
		if _, err := waitOn(th, &q.notFull, left); err != nil {
			return err
		}
	}
	if _, err := q.hookCall(th, self, "_put", v); err != nil {
		return err
	}
	q.unfinished++
	q.notEmpty.Notify(1)
	return nil
}

func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}

// condGetter is the getter of the condition attribute name, number i of
// queueObj.conds: a threading.Condition over the queue's mutex whose
// waiters are the queue's own (notEmpty, notFull, allDone), so that a
// script waiting on q.not_empty is woken by put, as in CPython.
func condGetter(name string, i int) core.Getter {
	return func(recv starlark.Value) (starlark.Value, error) {
		q, err := queueOfProp(recv, name)
		if err != nil {
			return nil, err
		}
		if q.conds[i] == nil {
			w := [...]*threading.Waiters{&q.notEmpty, &q.notFull, &q.allDone}[i]
			q.conds[i] = threading.NewConditionOf(recv.(*core.Instance).Runtime(), q.op, w)
		}
		return q.conds[i], nil
	}
}
