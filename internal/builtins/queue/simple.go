package queue

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines SimpleQueue (CPython's _queue.SimpleQueue): an
// unbounded FIFO queue without task tracking.

// SimpleQueueClass is queue.SimpleQueue.
var SimpleQueueClass = newSimpleQueueClass()

var simpleQueueMethods = core.NewMethods(map[string]core.MethodFunc{
	"put":        simplePut,
	"put_nowait": queuePutNowait,
	"get":        simpleGet,
	"get_nowait": queueGetNowait,
	"qsize":      queueQsize,
	"empty":      queueEmpty,
})

func newSimpleQueueClass() *core.Class {
	c := core.MustClass("SimpleQueue", "_queue", []*core.Class{core.ObjectClass}, simpleQueueMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		// As CPython's: no arguments, unless a subclass's __init__ takes them.
		if _, owner := inst.Class.Lookup("__init__"); owner == nil || owner == c || owner == core.ObjectClass {
			if len(args) > 0 {
				return core.NewError(core.TypeError, "SimpleQueue() takes no positional arguments")
			}
			if len(kwargs) > 0 {
				return core.NewError(core.TypeError, "SimpleQueue() takes no keyword arguments")
			}
		}
		inst.Native = newQueueObj(fifo)
		return nil
	}
	return c
}

// simplePut is SimpleQueue.put(item, block=True, timeout=None): it never
// blocks; block and timeout exist for compatibility with Queue.put.
func simplePut(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	q, err := queueOf(b)
	if err != nil {
		return nil, err
	}
	var item, block, timeout starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "item", &item, "block?", &block, "timeout?", &timeout); err != nil {
		return nil, err
	}
	return starlark.None, q.put(th, b.Receiver(), item, 0)
}

// simpleGet is SimpleQueue.get(block=True, timeout=None), whose timeout is
// checked as CPython's C code does.
func simpleGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return getArgs(th, b, args, kwargs, true)
}
