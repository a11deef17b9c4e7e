package core

// This file defines PyIterator, the value returned by iter(), reversed(),
// map(), filter(), zip() and enumerate(), and the way errors raised while
// Starlark's own for loop pulls elements are delivered.

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"
)

// PyIterator is a Python iterator object: next() advances it, iterating
// over it consumes it. Its class is named after what it iterates
// ("list_iterator", "map", "zip"...).
type PyIterator struct {
	cls *Class
	src Iter
	rt  *Runtime
	th  *starlark.Thread // used when rt is nil
}

var (
	_ starlark.Iterable = (*PyIterator)(nil)
	_ starlark.HasAttrs = (*PyIterator)(nil)
	_ HasClass          = (*PyIterator)(nil)
)

var iterClasses sync.Map // name -> *Class

// iterClass returns the class of iterators named name.
func iterClass(name string) *Class {
	if c, ok := iterClasses.Load(name); ok {
		return c.(*Class)
	}
	c, _ := iterClasses.LoadOrStore(name, builtinClass(name, nil))
	return c.(*Class)
}

// NewIterator makes an iterator object of class name over src.
func NewIterator(th *starlark.Thread, name string, src Iter) *PyIterator {
	return &PyIterator{cls: iterClass(name), src: src, rt: RuntimeOf(th), th: th}
}

// newSliceIterator makes an iterator object over a fixed slice.
func newSliceIterator(th *starlark.Thread, name string, elems []starlark.Value) *PyIterator {
	return NewIterator(th, name, &sliceIter{elems: elems})
}

// iterName returns the name of the class of iter(v) for a built-in v.
func iterName(v starlark.Value) string {
	switch v.(type) {
	case starlark.String:
		return "str_iterator"
	case starlark.Bytes:
		return "bytes_iterator"
	case *starlark.List:
		return "list_iterator"
	case starlark.Tuple:
		return "tuple_iterator"
	case *starlark.Dict:
		return "dict_keyiterator"
	case *starlark.Set:
		return "set_iterator"
	}
	return "iterator"
}

// String returns "<list_iterator object at 0x...>".
func (it *PyIterator) String() string {
	return fmt.Sprintf("<%s object at %#x>", it.cls.name, ID(it))
}

// Type returns the class name.
func (it *PyIterator) Type() string { return it.cls.name }

// PyClass returns the iterator's class.
func (it *PyIterator) PyClass() *Class { return it.cls }

// Freeze does nothing.
func (it *PyIterator) Freeze() {}

// Truth returns True.
func (it *PyIterator) Truth() starlark.Bool { return true }

// Hash hashes by identity.
func (it *PyIterator) Hash() (uint32, error) { return identityHash(it), nil }

// Next advances the iterator (Python's next()); ok is false at the end.
func (it *PyIterator) Next(th *starlark.Thread) (starlark.Value, bool, error) {
	return it.src.Next(th)
}

// Attr gives __next__ and __iter__, so that Python code may call them.
func (it *PyIterator) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__next__":
		return starlark.NewBuiltin("__next__", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if err := starlark.UnpackPositionalArgs("__next__", args, kwargs, 0); err != nil {
				return nil, err
			}
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, &PyError{Value: NewException(StopIteration)}
			}
			return v, nil
		}), nil
	case "__iter__":
		return starlark.NewBuiltin("__iter__", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return it, nil
		}), nil
	case "__class__":
		return it.cls, nil
	}
	return nil, noAttr(it, name)
}

// AttrNames lists __iter__ and __next__.
func (it *PyIterator) AttrNames() []string { return []string{"__iter__", "__next__"} }

// Iterate lets Starlark's for loop consume the iterator.
func (it *PyIterator) Iterate() starlark.Iterator {
	return &loopIter{src: it.src, thread: it.thread}
}

// thread returns the thread to run script code on.
func (it *PyIterator) thread() *starlark.Thread {
	if it.rt != nil {
		if th := it.rt.GIL.Holder(); th != nil {
			return th
		}
	}
	return it.th
}

// loopIter adapts an Iter to starlark.Iterator for Starlark's own for
// loops, comprehensions and built-ins. A starlark.Iterator cannot fail, so
// an error raised by the iterated object (other than StopIteration) is
// recorded with SetPendingError and the iteration ends.
type loopIter struct {
	src    Iter
	thread func() *starlark.Thread
	done   bool
}

// Next returns the next element, or false at the end.
func (l *loopIter) Next(p *starlark.Value) bool {
	if l.done {
		return false
	}
	th := l.thread()
	v, ok, err := l.src.Next(th)
	if err != nil {
		SetPendingError(th, err)
		ok = false
	}
	if !ok {
		l.done = true
		return false
	}
	*p = v
	return true
}

// Done ends the iteration.
func (l *loopIter) Done() {}

// pendingKey is the thread-local key of an error raised inside a Starlark
// iteration.
const pendingKey = "pyconc.pendingerror"

// PendingReason is the cancellation reason of a thread that has a pending
// error (see SetPendingError).
const PendingReason = "pending Python exception"

// SetPendingError records err, raised where Starlark gives no way to
// report it (while its for loop pulls the next element of an instance or
// iterator), and cancels th so that execution stops at its next step with
// "Starlark computation cancelled: pending Python exception". Whoever
// converts that error (the exception machinery) calls TakePendingError to
// get err back and resume the thread.
func SetPendingError(th *starlark.Thread, err error) {
	if th == nil {
		return
	}
	if _, already := th.Local(pendingKey).(error); already {
		return
	}
	th.SetLocal(pendingKey, err)
	th.Cancel(PendingReason)
}

// TakePendingError returns and clears the error recorded by
// SetPendingError (nil if none), lifting the cancellation it caused unless
// the thread was cancelled for another reason meanwhile.
func TakePendingError(th *starlark.Thread) error {
	if th == nil {
		return nil
	}
	err, _ := th.Local(pendingKey).(error)
	if err == nil {
		return nil
	}
	th.SetLocal(pendingKey, nil)
	if ts := StateOf(th); ts == nil || (ts.RT.ctx.Err() == nil && !ts.pendingKI.Load()) {
		th.Uncancel()
	}
	return err
}

// LoopIterable returns the value a Starlark for loop should iterate to
// run Python's "for v in x" when x is an instance: its iterator, obtained
// now, so that "'A' object is not iterable" and errors of __iter__ are
// raised at once as ordinary errors (only errors of later __next__ calls
// must go through SetPendingError). Other values are returned unchanged.
func LoopIterable(th *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	o, ok := x.(*Instance)
	if !ok {
		return x, nil
	}
	it, err := GetIter(th, o)
	if err != nil {
		return nil, err
	}
	return NewIterator(th, "iterator", it), nil
}
