package core

// This file makes instances usable as containers by Starlark: iteration
// (__iter__/__next__ or __getitem__), subscripts (__getitem__,
// __setitem__) and "in" (__contains__, else iteration).

import (
	"fmt"

	"go.starlark.net/starlark"
)

var (
	_ starlark.Iterable  = (*Instance)(nil)
	_ starlark.HasSetKey = (*Instance)(nil)
	_ starlark.Container = (*Instance)(nil)
)

// Iterate lets Starlark's for loop iterate over the instance. Errors
// (including "'A' object is not iterable") become the thread's pending
// error; see SetPendingError.
func (o *Instance) Iterate() starlark.Iterator {
	th := o.thread()
	it, err := GetIter(th, o)
	if err != nil {
		SetPendingError(th, err)
		it = &sliceIter{}
	}
	return &loopIter{src: it, thread: o.thread}
}

// Get implements o[key] through __getitem__ (Starlark's Mapping).
func (o *Instance) Get(key starlark.Value) (starlark.Value, bool, error) {
	r, found, err := callSpecial(o.thread(), o, "__getitem__", key)
	if err != nil {
		return nil, false, err
	}
	if !found {
		return nil, false, NewError(TypeError, fmt.Sprintf("'%s' object is not subscriptable", o.Class.name))
	}
	return r, true, nil
}

// SetKey implements o[key] = v through __setitem__.
func (o *Instance) SetKey(key, v starlark.Value) error {
	_, found, err := callSpecial(o.thread(), o, "__setitem__", key, v)
	if err != nil {
		return err
	}
	if !found {
		return NewError(TypeError, fmt.Sprintf("'%s' object does not support item assignment", o.Class.name))
	}
	return nil
}

// Has implements "x in o": __contains__, else a search by iteration.
func (o *Instance) Has(x starlark.Value) (bool, error) {
	return Contains(o.thread(), o, x)
}

// Contains is Python's "x in container".
func Contains(th *starlark.Thread, container, x starlark.Value) (bool, error) {
	if o, ok := container.(*Instance); ok {
		if r, found, err := callSpecial(th, o, "__contains__", x); err != nil || found {
			if err != nil {
				return false, err
			}
			return bool(r.Truth()), nil
		}
		if special(o, "__iter__") == nil && special(o, "__getitem__") == nil {
			return false, NewError(TypeError, fmt.Sprintf("argument of type '%s' is not iterable", o.Class.name))
		}
		return searchIteration(th, o, x)
	}
	switch c := container.(type) {
	case starlark.String:
		s, ok := x.(starlark.String)
		if !ok {
			return false, NewError(TypeError, fmt.Sprintf("'in <string>' requires string as left operand, not %s", TypeName(x)))
		}
		return c.Has(s)
	case *starlark.Dict, *starlark.Set:
		if _, err := x.Hash(); err != nil {
			return false, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(x)))
		}
		if d, ok := c.(*starlark.Dict); ok {
			_, found, err := d.Get(x)
			return found, err
		}
		return c.(*starlark.Set).Has(x)
	case starlark.Container:
		if _, ok := c.(starlark.Bytes); ok {
			return c.Has(x)
		}
	}
	found, err := searchIteration(th, container, x)
	if err != nil && isExc(th, err, TypeError) && !isIterable(container) {
		err = NewError(TypeError, fmt.Sprintf("argument of type '%s' is not iterable", TypeName(container)))
	}
	return found, err
}

// searchIteration reports whether iterating over container yields a value
// equal to x.
func searchIteration(th *starlark.Thread, container, x starlark.Value) (bool, error) {
	found := false
	err := Iterate(th, container, func(e starlark.Value) error {
		eq, err := Equal(th, e, x)
		if err != nil || eq {
			found = eq
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return found, err
}

// errStopIteration ends an Iterate loop early.
var errStopIteration = fmt.Errorf("stop iteration")

// isIterable reports whether iter(v) could succeed without calling script code.
func isIterable(v starlark.Value) bool {
	switch x := v.(type) {
	case starlark.String, starlark.Bytes, starlark.Iterable:
		if o, ok := x.(*Instance); ok {
			return special(o, "__iter__") != nil || special(o, "__getitem__") != nil
		}
		return true
	}
	return false
}

// Len is Python's len(v): characters of a str, __len__ of an instance.
func Len(th *starlark.Thread, v starlark.Value) (int, error) {
	switch x := v.(type) {
	case starlark.String:
		return runeCount(string(x)), nil
	case *Instance:
		r, found, err := callSpecial(th, x, "__len__")
		if err != nil {
			return 0, err
		}
		if !found {
			break
		}
		n, err := indexValue(th, r)
		if err != nil {
			return 0, err
		}
		if n.Sign() < 0 {
			return 0, NewError(ValueError, "__len__() should return >= 0")
		}
		i, ok := n.Int64()
		if !ok || i > 1<<31 {
			return 0, NewError(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return int(i), nil
	case *PyIterator:
	case starlark.Sequence:
		return x.Len(), nil
	case starlark.Indexable:
		return x.Len(), nil
	}
	return 0, NewError(TypeError, fmt.Sprintf("object of type '%s' has no len()", TypeName(v)))
}
