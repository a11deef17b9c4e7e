package core

// This file defines Python's list, tuple, dict and set methods that
// Starlark lacks or implements differently (sort with __lt__, copy,
// count, index with Python's messages, fromkeys, set updates), and the
// stable sort shared with sorted().

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

var listMethods, tupleMethods, dictMethods, setMethods map[string]methodImpl

// initListMethods fills the method table(s) of this file (called by init in
// hidden_ops_method.go, before the tables are installed on the classes).
func initListMethods() {
	listMethods = map[string]methodImpl{
		"sort":    listSort,
		"reverse": listReverse,
		"copy":    listCopy,
		"index":   seqIndexMethod("list"),
		"count":   seqCount,
	}
	tupleMethods = map[string]methodImpl{
		"index": seqIndexMethod("tuple"),
		"count": seqCount,
	}
	dictMethods = map[string]methodImpl{
		"copy":     dictCopy,
		"fromkeys": dictFromkeys,
		"keys":     dictKeys,
		"values":   dictValues,
		"items":    dictItems,
	}
	setMethods = map[string]methodImpl{
		"copy":                        setCopy,
		"isdisjoint":                  setIsdisjoint,
		"intersection_update":         setUpdate("intersection_update"),
		"difference_update":           setUpdate("difference_update"),
		"symmetric_difference_update": setUpdate("symmetric_difference_update"),
	}
}

// SortValues sorts vals stably in place as Python's list.sort: by key(v)
// when key is not None, comparing with < (and so __lt__), descending
// when reverse (equal elements keep their order).
func SortValues(th *starlark.Thread, vals []starlark.Value, key starlark.Value, reverse bool) error {
	keys := vals
	if key != nil && key != starlark.None {
		keys = make([]starlark.Value, len(vals))
		for i, v := range vals {
			k, err := starlark.Call(th, key, starlark.Tuple{v}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(vals))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b starlark.Value) bool {
		if firstErr != nil {
			return false
		}
		lt, err := Compare(th, syntax.LT, a, b)
		if err != nil {
			firstErr = err
		}
		return lt
	}
	sort.SliceStable(idx, func(i, j int) bool {
		if reverse {
			return less(keys[idx[j]], keys[idx[i]])
		}
		return less(keys[idx[i]], keys[idx[j]])
	})
	if firstErr != nil {
		return firstErr
	}
	sorted := make([]starlark.Value, len(vals))
	for i, k := range idx {
		sorted[i] = vals[k]
	}
	copy(vals, sorted)
	return nil
}

// list.sort(*, key=None, reverse=False)
func listSort(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, NewError(TypeError, "sort() takes no positional arguments")
	}
	var key starlark.Value = starlark.None
	var reverse starlark.Value = starlark.False
	if err := unpackArgs("sort", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	l := recv.(*starlark.List)
	vals := listElems(l)
	if err := SortValues(th, vals, key, bool(reverse.Truth())); err != nil {
		return nil, err
	}
	return starlark.None, replaceList(l, vals)
}

// list.reverse()
func listReverse(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("reverse", args, kwargs, 0); err != nil {
		return nil, err
	}
	l := recv.(*starlark.List)
	vals := listElems(l)
	for i, j := 0, len(vals)-1; i < j; i, j = i+1, j-1 {
		vals[i], vals[j] = vals[j], vals[i]
	}
	return starlark.None, replaceList(l, vals)
}

// list.copy()
func listCopy(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.NewList(listElems(recv.(*starlark.List))), nil
}

// seqElems returns the elements of a list or tuple.
func seqElems(v starlark.Value) []starlark.Value {
	if l, ok := v.(*starlark.List); ok {
		return listElems(l)
	}
	return v.(starlark.Tuple)
}

// seqIndexMethod is list.index and tuple.index(x[, start[, stop]]).
func seqIndexMethod(kind string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x, start, end starlark.Value
		if err := unpackPositional("index", args, kwargs, 1, &x, &start, &end); err != nil {
			return nil, err
		}
		elems := seqElems(recv)
		lo, hi, err := charRange(th, start, end, len(elems))
		if err != nil {
			return nil, err
		}
		for i := lo; i < hi; i++ {
			eq := Identical(elems[i], x)
			if !eq {
				if eq, err = Equal(th, elems[i], x); err != nil {
					return nil, err
				}
			}
			if eq {
				return starlark.MakeInt(i), nil
			}
		}
		if kind == "tuple" {
			return nil, NewError(ValueError, "tuple.index(x): x not in tuple")
		}
		r, err := Repr(th, x)
		if err != nil {
			return nil, err
		}
		return nil, NewError(ValueError, fmt.Sprintf("%s is not in list", r))
	}
}

// list.count(x) and tuple.count(x)
func seqCount(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("count", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n := 0
	for _, e := range seqElems(recv) {
		eq := Identical(e, x)
		if !eq {
			var err error
			if eq, err = Equal(th, e, x); err != nil {
				return nil, err
			}
		}
		if eq {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// dict.copy()
func dictCopy(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	src := recv.(*starlark.Dict)
	d := starlark.NewDict(src.Len())
	for _, kv := range src.Items() {
		_ = d.SetKey(kv[0], kv[1])
	}
	return d, nil
}

// dict.fromkeys(iterable, value=None)
func dictFromkeys(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it starlark.Value
	var v starlark.Value = starlark.None
	if err := unpackPositional("fromkeys", args, kwargs, 1, &it, &v); err != nil {
		return nil, err
	}
	d := starlark.NewDict(0)
	err := Iterate(th, it, func(k starlark.Value) error {
		if err := d.SetKey(k, v); err != nil {
			return NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(k)))
		}
		return nil
	})
	return d, err
}

// set.copy()
func setCopy(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("copy", args, kwargs, 0); err != nil {
		return nil, err
	}
	return MakeSet(th, recv)
}

// set.isdisjoint(other)
func setIsdisjoint(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var other starlark.Value
	if err := unpackPositional("isdisjoint", args, kwargs, 1, &other); err != nil {
		return nil, err
	}
	s := recv.(*starlark.Set)
	disjoint := true
	err := Iterate(th, other, func(e starlark.Value) error {
		if found, _ := s.Has(e); found {
			disjoint = false
			return errStopIteration
		}
		return nil
	})
	if err == errStopIteration {
		err = nil
	}
	return starlark.Bool(disjoint), err
}

// setUpdate is set.intersection_update/difference_update(*others) and
// symmetric_difference_update(other).
func setUpdate(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(kwargs) > 0 {
			return nil, NewError(TypeError, fmt.Sprintf("%s() takes no keyword arguments", name))
		}
		if name == "symmetric_difference_update" && len(args) != 1 {
			return nil, arityError(name, len(args), 1, 1)
		}
		s := recv.(*starlark.Set)
		elems := setElems(s)
		for _, other := range args {
			o, err := MakeSet(th, other)
			if err != nil {
				return nil, err
			}
			var next []starlark.Value
			switch name {
			case "intersection_update", "difference_update":
				keep := name == "intersection_update"
				for _, e := range elems {
					if found, _ := o.Has(e); found == keep {
						next = append(next, e)
					}
				}
			default:
				mine := starlark.NewSet(len(elems))
				for _, e := range elems {
					_ = mine.Insert(e)
					if found, _ := o.Has(e); !found {
						next = append(next, e)
					}
				}
				for _, e := range setElems(o) {
					if found, _ := mine.Has(e); !found {
						next = append(next, e)
					}
				}
			}
			elems = next
		}
		if err := s.Clear(); err != nil {
			return nil, err
		}
		for _, e := range elems {
			if err := s.Insert(e); err != nil {
				return nil, err
			}
		}
		return starlark.None, nil
	}
}
