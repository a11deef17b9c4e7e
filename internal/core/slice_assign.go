package core

// This file defines the hidden built-ins __pc_getattr (reads of dunder
// attributes such as fn.__name__), __pc_setitem (slice assignment) and
// __pc_iter (the iterable of a for loop: strings give their characters).

import (
	"fmt"

	"go.starlark.net/starlark"
)

// __pc_getattr(x, name)
func hiddenGetAttr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 2 arguments", b.Name())
	}
	name, ok := args[1].(starlark.String)
	if !ok {
		return nil, fmt.Errorf("%s: name must be a str", b.Name())
	}
	return GetAttr(th, args[0], string(name))
}

// __pc_getslice(x, lo, hi, step)
func hiddenGetSlice(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 4 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 4 arguments", b.Name())
	}
	sl := &Slice{Start: args[1], Stop: args[2], Step: args[3]}
	switch x := args[0].(type) {
	case starlark.String:
		if !isASCII(string(x)) {
			return GetItem(th, x, sl) // by characters
		}
		return sliceNative(th, x, sl)
	case *Instance:
		return GetItem(th, x, sl)
	case starlark.Sliceable:
		return sliceNative(th, x, sl)
	}
	return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not subscriptable", TypeName(args[0])))
}

// sliceNative slices a Starlark sequence as Python does.
func sliceNative(th *starlark.Thread, x starlark.Sliceable, sl *Slice) (starlark.Value, error) {
	start, end, step, err := sl.indices(th, x.Len())
	if err != nil {
		return nil, err
	}
	if (step > 0 && end < start) || (step < 0 && end > start) {
		end = start // empty
	}
	return x.Slice(start, end, step), nil
}

// __pc_iter(x)
func hiddenIter(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 1 argument", b.Name())
	}
	switch x := args[0].(type) {
	case starlark.String:
		out := make([]starlark.Value, 0, len(x))
		for _, r := range string(x) {
			out = append(out, starlark.String(string(r)))
		}
		return starlark.NewList(out), nil
	case starlark.Bytes:
		out := make([]starlark.Value, len(x))
		for i := 0; i < len(x); i++ {
			out[i] = starlark.MakeInt(int(x[i]))
		}
		return starlark.NewList(out), nil
	case *Instance:
		return LoopIterable(th, x)
	case starlark.Iterable:
		return x, nil
	}
	return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(args[0])))
}

// __pc_setitem(x, slice, value): x[lo:hi:step] = value.
func hiddenSetItem(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 3 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 3 arguments", b.Name())
	}
	x, key, value := args[0], args[1], args[2]
	sl, isSlice := key.(*Slice)
	switch x := x.(type) {
	case *Instance:
		f, _ := x.Class.Lookup("__setitem__")
		if f == nil {
			return nil, NewError(TypeError, fmt.Sprintf("'%s' object does not support item assignment", x.Class.name))
		}
		_, err := starlark.Call(th, f, starlark.Tuple{x, key, value}, nil)
		return starlark.None, err
	case *starlark.List:
		if !isSlice {
			return starlark.None, x.SetIndex(0, value) // unreachable: the lowering only sends slices
		}
		return starlark.None, assignListSlice(th, x, sl, value)
	case starlark.HasAttrs: // a Go type with __setitem__ (multiprocessing's Array)
		if f, _ := x.Attr("__setitem__"); f != nil {
			_, err := starlark.Call(th, f, starlark.Tuple{key, value}, nil)
			return starlark.None, err
		}
	}
	return nil, NewError(TypeError, fmt.Sprintf("'%s' object does not support item assignment", TypeName(x)))
}

// assignListSlice replaces the elements selected by sl with those of value.
func assignListSlice(th *starlark.Thread, l *starlark.List, sl *Slice, value starlark.Value) error {
	items, err := Collect(th, value)
	if err != nil {
		if isExc(th, err, TypeError) { // as CPython's PySequence_Fast, even from __iter__
			return NewError(TypeError, "can only assign an iterable")
		}
		return err
	}
	n := l.Len()
	start, stop, step, err := sl.indices(th, n)
	if err != nil {
		return err
	}
	old := make([]starlark.Value, n)
	for i := range old {
		old[i] = l.Index(i)
	}
	var out []starlark.Value
	if step == 1 {
		if stop < start {
			stop = start
		}
		out = append(out, old[:start]...)
		out = append(out, items...)
		out = append(out, old[stop:]...)
	} else {
		pos, err := sl.positions(th, n)
		if err != nil {
			return err
		}
		if len(pos) != len(items) {
			return NewError(ValueError, fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(items), len(pos)))
		}
		out = old
		for i, p := range pos {
			out[p] = items[i]
		}
	}
	if err := l.Clear(); err != nil {
		return err
	}
	for _, v := range out {
		if err := l.Append(v); err != nil {
			return err
		}
	}
	return nil
}

// isASCII reports whether s has no byte above 0x7f.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
