package core

// This file defines the views of a dict that keys(), values() and items()
// return: live (they reflect later changes of the dict), sized, iterable,
// with in, and, for keys and items, the set operators and set equality.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// viewKind says which view of a dict a DictView is.
type viewKind uint8

const (
	keysView viewKind = iota
	valuesView
	itemsView
)

// DictView is a dict_keys, dict_values or dict_items object.
type DictView struct {
	d    *starlark.Dict
	kind viewKind
}

var (
	_ starlark.Sequence   = (*DictView)(nil)
	_ starlark.Container  = (*DictView)(nil)
	_ starlark.HasBinary  = (*DictView)(nil)
	_ starlark.Comparable = (*DictView)(nil)
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() string {
	switch v.kind {
	case keysView:
		return "dict_keys"
	case valuesView:
		return "dict_values"
	}
	return "dict_items"
}

// String returns the repr: dict_keys([1, 2]).
func (v *DictView) String() string {
	s, err := Repr(nil, v)
	if err != nil {
		return v.Type() + "(...)"
	}
	return s
}

// Freeze does nothing: the view is as mutable as its dict.
func (v *DictView) Freeze() {}

// Truth reports whether the dict is not empty.
func (v *DictView) Truth() starlark.Bool { return v.d.Len() > 0 }

// Hash fails: views are unhashable.
func (v *DictView) Hash() (uint32, error) {
	return 0, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", v.Type()))
}

// Len returns the length of the dict.
func (v *DictView) Len() int { return v.d.Len() }

// Elems returns the current elements of the view.
func (v *DictView) Elems() []starlark.Value {
	items := v.d.Items()
	out := make([]starlark.Value, len(items))
	for i, kv := range items {
		switch v.kind {
		case keysView:
			out[i] = kv[0]
		case valuesView:
			out[i] = kv[1]
		default:
			out[i] = kv
		}
	}
	return out
}

// Iterate iterates over the elements the view has when iteration starts.
func (v *DictView) Iterate() starlark.Iterator {
	if v.kind == keysView {
		return v.d.Iterate()
	}
	return starlark.NewList(v.Elems()).Iterate()
}

// Has is "x in view": a key of the dict, a value, or a (key, value) pair.
func (v *DictView) Has(x starlark.Value) (bool, error) {
	switch v.kind {
	case keysView:
		_, found, err := v.d.Get(x)
		return found, err
	case itemsView:
		kv, ok := x.(starlark.Tuple)
		if !ok || len(kv) != 2 {
			return false, nil
		}
		got, found, err := v.d.Get(kv[0])
		if err != nil || !found {
			return false, err
		}
		return starlark.Equal(got, kv[1])
	}
	for _, e := range v.Elems() {
		if eq, err := starlark.Equal(e, x); err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// set returns the elements of a keys or items view as a set.
func (v *DictView) set() (*starlark.Set, error) {
	elems := v.Elems()
	s := starlark.NewSet(len(elems))
	for _, e := range elems {
		if err := s.Insert(e); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setOf returns the elements of an iterable operand of a set operator.
func setOf(x starlark.Value) (*starlark.Set, bool, error) {
	switch x := x.(type) {
	case *starlark.Set:
		return x, true, nil
	case *DictView:
		if x.kind == valuesView {
			return nil, false, nil
		}
		s, err := x.set()
		return s, true, err
	case starlark.Iterable:
		s := starlark.NewSet(0)
		it := x.Iterate()
		defer it.Done()
		var e starlark.Value
		for it.Next(&e) {
			if err := s.Insert(e); err != nil {
				return nil, true, err
			}
		}
		return s, true, nil
	}
	return nil, false, nil
}

// Binary implements &, |, - and ^ of keys and items views with any
// iterable, on either side; the result is a set.
func (v *DictView) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	if v.kind == valuesView {
		return nil, nil
	}
	switch op {
	case syntax.AMP, syntax.PIPE, syntax.MINUS, syntax.CIRCUMFLEX:
	default:
		return nil, nil
	}
	a, err := v.set()
	if err != nil {
		return nil, err
	}
	b, ok, err := setOf(y)
	if err != nil || !ok {
		return nil, err
	}
	if side == starlark.Right {
		a, b = b, a
	}
	return starlark.Binary(op, a, b)
}

// CompareSameType compares two views of the same kind: keys and items
// views as sets, values views by identity (as in CPython).
func (v *DictView) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	w := y.(*DictView)
	if v.kind == valuesView {
		switch op {
		case syntax.EQL:
			return v == w, nil
		case syntax.NEQ:
			return v != w, nil
		}
		return false, NewError(TypeError, fmt.Sprintf("'%s' not supported between instances of 'dict_values' and 'dict_values'", op))
	}
	a, err := v.set()
	if err != nil {
		return false, err
	}
	b, err := w.set()
	if err != nil {
		return false, err
	}
	return starlark.CompareDepth(op, a, b, depth)
}

// viewCompare compares a keys or items view with a set, as a set (a
// values view is unequal to a set, and not ordered with it); ok is false
// for other operands.
func viewCompare(op syntax.Token, x, y starlark.Value) (r, ok bool, err error) {
	var v *DictView
	var other starlark.Value
	if xv, isView := x.(*DictView); isView {
		v, other = xv, y
	} else if yv, isView := y.(*DictView); isView {
		v, other = yv, x
	} else {
		return false, false, nil
	}
	if _, isSet := other.(*starlark.Set); !isSet {
		return false, false, nil
	}
	if v.kind == valuesView {
		if op == syntax.EQL || op == syntax.NEQ {
			return op == syntax.NEQ, true, nil
		}
		return false, false, nil
	}
	s, err := v.set()
	if err != nil {
		return false, true, err
	}
	if v == x {
		x = s
	} else {
		y = s
	}
	r, err = starlark.Compare(op, x, y)
	return r, true, err
}

// dictKeys, dictValues and dictItems are the methods keys(), values() and
// items() of dict.
func dictKeys(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return dictView(recv, "keys", keysView, args, kwargs)
}

func dictValues(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return dictView(recv, "values", valuesView, args, kwargs)
}

func dictItems(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return dictView(recv, "items", itemsView, args, kwargs)
}

func dictView(recv starlark.Value, name string, kind viewKind, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	return &DictView{d: recv.(*starlark.Dict), kind: kind}, nil
}
