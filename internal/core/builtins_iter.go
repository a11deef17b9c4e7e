package core

// This file defines the built-ins over iterables: iter, next, sorted,
// reversed, enumerate, zip, map, filter, min, max, sum, any, all.
//
// map, filter, zip and enumerate compute their results when called (so
// that errors are raised there, where Starlark can report them) and
// return an iterator object over the results: print(map(...)) shows
// "<map object at 0x...>", next() works and a second pass finds it
// exhausted, as in Python; only the laziness differs.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// iter(object[, sentinel])
func builtinIter(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, sentinel starlark.Value
	if err := unpackPositional("iter", args, kwargs, 1, &x, &sentinel); err != nil {
		return nil, err
	}
	if sentinel != nil {
		if !IsCallable(x) {
			return nil, NewError(TypeError, "iter(v, w): v must be callable")
		}
		done := false
		return NewIterator(th, "callable_iterator", funcIter(func(th *starlark.Thread) (starlark.Value, bool, error) {
			if done {
				return nil, false, nil
			}
			v, err := starlark.Call(th, x, nil, nil)
			if err != nil {
				return nil, false, err
			}
			eq, err := Equal(th, v, sentinel)
			if err != nil || eq {
				done = true
				return nil, false, err
			}
			return v, true, nil
		})), nil
	}
	switch v := x.(type) {
	case *PyIterator:
		return v, nil
	case *Instance:
		if f := special(v, "__iter__"); f != nil {
			r, err := starlark.Call(th, f, starlark.Tuple{v}, nil)
			if err != nil {
				return nil, err
			}
			if _, ok := r.(*PyIterator); ok || special(r, "__next__") != nil {
				return r, nil
			}
			return nil, NewError(TypeError, fmt.Sprintf("iter() returned non-iterator of type '%s'", TypeName(r)))
		}
	}
	it, err := GetIter(th, x)
	if err != nil {
		return nil, err
	}
	return NewIterator(th, iterName(x), it), nil
}

// Next is Python's next(it): ok is false when the iterator is exhausted.
func Next(th *starlark.Thread, it starlark.Value) (starlark.Value, bool, error) {
	switch v := it.(type) {
	case *PyIterator:
		return v.Next(th)
	case *Instance:
		if special(v, "__next__") != nil {
			r, _, err := callSpecial(th, v, "__next__")
			if err != nil {
				if isExc(th, err, StopIteration) {
					return nil, false, nil
				}
				return nil, false, err
			}
			return r, true, nil
		}
	}
	return nil, false, NewError(TypeError, fmt.Sprintf("'%s' object is not an iterator", TypeName(it)))
}

// next(iterator[, default])
func builtinNext(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var it, dflt starlark.Value
	if err := unpackPositional("next", args, kwargs, 1, &it, &dflt); err != nil {
		return nil, err
	}
	if o, ok := it.(*Instance); ok && dflt == nil {
		// Let the script's own StopIteration (with its value) propagate.
		if r, found, err := callSpecial(th, o, "__next__"); found || err != nil {
			return r, err
		}
	}
	v, ok, err := Next(th, it)
	if err != nil {
		return nil, err
	}
	if !ok {
		if dflt != nil {
			return dflt, nil
		}
		return nil, &PyError{Value: NewException(StopIteration)}
	}
	return v, nil
}

// sorted(iterable, /, *, key=None, reverse=False)
func builtinSorted(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 {
		return nil, NewError(TypeError, fmt.Sprintf("sorted expected 1 argument, got %d", len(args)))
	}
	var key starlark.Value = starlark.None
	var reverse starlark.Value = starlark.False
	if err := unpackArgs("sorted", nil, kwargs, "key?", &key, "reverse?", &reverse); err != nil {
		return nil, err
	}
	vals, err := Collect(th, args[0])
	if err != nil {
		return nil, err
	}
	if err := SortValues(th, vals, key, bool(reverse.Truth())); err != nil {
		return nil, err
	}
	return starlark.NewList(vals), nil
}

// reversed(sequence)
func builtinReversed(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("reversed", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	name := "reversed"
	switch v := x.(type) {
	case *Instance:
		if f := special(v, "__reversed__"); f != nil {
			return starlark.Call(th, f, starlark.Tuple{v}, nil)
		}
		if special(v, "__len__") == nil || special(v, "__getitem__") == nil {
			return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not reversible", v.Class.name))
		}
		n, err := Len(th, v)
		if err != nil {
			return nil, err
		}
		i := n
		return NewIterator(th, name, funcIter(func(th *starlark.Thread) (starlark.Value, bool, error) {
			if i <= 0 {
				return nil, false, nil
			}
			i--
			r, err := GetItem(th, v, starlark.MakeInt(i))
			if err != nil {
				return nil, false, err
			}
			return r, true, nil
		})), nil
	case *starlark.List:
		name = "list_reverseiterator"
	case starlark.String, starlark.Tuple, starlark.Bytes:
	case *starlark.Dict:
		name = "dict_reversekeyiterator"
	case *DictView:
		name = [...]string{keysView: "dict_reversekeyiterator", valuesView: "dict_reversevalueiterator", itemsView: "dict_reverseitemiterator"}[v.kind]
	default:
		if v.Type() != "range" {
			return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not reversible", TypeName(x)))
		}
		name = "range_iterator"
	}
	vals, err := Collect(th, x)
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(vals)-1; i < j; i, j = i+1, j-1 {
		vals[i], vals[j] = vals[j], vals[i]
	}
	return newSliceIterator(th, name, vals), nil
}

// enumerate(iterable, start=0)
func builtinEnumerate(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var startV starlark.Value = starlark.MakeInt(0)
	if err := unpackArgs("enumerate", args, kwargs, "iterable", &x, "start?", &startV); err != nil {
		return nil, err
	}
	start, err := indexValue(th, startV)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	i := start
	err = Iterate(th, x, func(e starlark.Value) error {
		out = append(out, starlark.Tuple{i, e})
		i = i.Add(starlark.MakeInt(1))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newSliceIterator(th, "enumerate", out), nil
}

// zip(*iterables, strict=False)
func builtinZip(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var strict bool
	if err := unpackArgs("zip", nil, kwargs, "strict?", &strict); err != nil {
		return nil, err
	}
	iters := make([]Iter, len(args))
	for i, a := range args {
		it, err := GetIter(th, a)
		if err != nil {
			if isExc(th, err, TypeError) {
				return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(a)))
			}
			return nil, err
		}
		defer it.Done()
		iters[i] = it
	}
	var out []starlark.Value
	for len(iters) > 0 {
		row := make(starlark.Tuple, len(iters))
		for i, it := range iters {
			v, ok, err := it.Next(th)
			if err != nil {
				return nil, err
			}
			if !ok {
				if strict {
					if err := zipStrictCheck(th, iters, i); err != nil {
						return nil, err
					}
				}
				return newSliceIterator(th, "zip", out), nil
			}
			row[i] = v
		}
		out = append(out, row)
	}
	return newSliceIterator(th, "zip", out), nil
}

// zipStrictCheck raises zip(strict=True)'s ValueError when iterator i
// ended before the others.
func zipStrictCheck(th *starlark.Thread, iters []Iter, i int) error {
	if i > 0 {
		plural := "s"
		if i == 1 {
			plural = ""
		}
		return NewError(ValueError, fmt.Sprintf("zip() argument %d is shorter than argument%s 1%s", i+1, plural, rangeSuffix(i)))
	}
	for j := 1; j < len(iters); j++ {
		_, ok, err := iters[j].Next(th)
		if err != nil {
			return err
		}
		if ok {
			plural := "s"
			if j == 1 {
				plural = ""
			}
			return NewError(ValueError, fmt.Sprintf("zip() argument %d is longer than argument%s 1%s", j+1, plural, rangeSuffix(j)))
		}
	}
	return nil
}

// rangeSuffix spells "-3" in "arguments 1-3" (empty for a single one).
func rangeSuffix(i int) string {
	if i == 1 {
		return ""
	}
	return fmt.Sprintf("-%d", i)
}

// map(function, iterable, *iterables)
func builtinMap(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, NewError(TypeError, "map() must have at least two arguments.")
	}
	fn := args[0]
	z, err := builtinZip(th, args[1:], nil)
	if err != nil {
		return nil, err
	}
	rows := z.(*PyIterator).src.(*sliceIter).elems
	out := make([]starlark.Value, len(rows))
	for i, row := range rows {
		v, err := starlark.Call(th, fn, row.(starlark.Tuple), nil)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return newSliceIterator(th, "map", out), nil
}

// filter(function or None, iterable)
func builtinFilter(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn, x starlark.Value
	if err := unpackPositional("filter", args, kwargs, 2, &fn, &x); err != nil {
		return nil, err
	}
	var out []starlark.Value
	err := Iterate(th, x, func(e starlark.Value) error {
		keep := e
		if fn != starlark.None {
			r, err := starlark.Call(th, fn, starlark.Tuple{e}, nil)
			if err != nil {
				return err
			}
			keep = r
		}
		t, err := Truth(th, keep)
		if err != nil {
			return err
		}
		if t {
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newSliceIterator(th, "filter", out), nil
}

// minmax is min() and max(): (iterable, *, key=None, default=...) or
// (a, b, *args, key=None).
func minmax(name string, op syntax.Token) func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var key, dflt starlark.Value
		if err := unpackArgs(name, nil, kwargs, "key?", &key, "default?", &dflt); err != nil {
			return nil, err
		}
		var vals []starlark.Value
		switch len(args) {
		case 0:
			return nil, NewError(TypeError, fmt.Sprintf("%s expected at least 1 argument, got 0", name))
		case 1:
			var err error
			if vals, err = Collect(th, args[0]); err != nil {
				return nil, err
			}
			if len(vals) == 0 {
				if dflt != nil {
					return dflt, nil
				}
				return nil, NewError(ValueError, fmt.Sprintf("%s() arg is an empty sequence", name))
			}
		default:
			if dflt != nil {
				return nil, NewError(TypeError, fmt.Sprintf("Cannot specify a default for %s() with multiple positional arguments", name))
			}
			vals = args
		}
		best, bestKey := vals[0], vals[0]
		if key != nil && key != starlark.None {
			k, err := starlark.Call(th, key, starlark.Tuple{best}, nil)
			if err != nil {
				return nil, err
			}
			bestKey = k
		}
		for _, v := range vals[1:] {
			k := v
			if key != nil && key != starlark.None {
				var err error
				if k, err = starlark.Call(th, key, starlark.Tuple{v}, nil); err != nil {
					return nil, err
				}
			}
			better, err := Compare(th, op, k, bestKey)
			if err != nil {
				return nil, err
			}
			if better {
				best, bestKey = v, k
			}
		}
		return best, nil
	}
}

// sum(iterable, /, start=0)
func builtinSum(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var start starlark.Value = starlark.MakeInt(0)
	if err := unpackArgs("sum", args, kwargs, "iterable", &x, "start?", &start); err != nil {
		return nil, err
	}
	switch start.(type) {
	case starlark.String:
		return nil, NewError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case starlark.Bytes:
		return nil, NewError(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := start
	err := Iterate(th, x, func(e starlark.Value) error {
		r, err := Arith(th, syntax.PLUS, acc, e)
		if err != nil {
			return err
		}
		acc = r
		return nil
	})
	return acc, err
}

// anyAll is any() and all().
func anyAll(name string, want bool) func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := unpackPositional(name, args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		result := !want
		err := Iterate(th, x, func(e starlark.Value) error {
			t, err := Truth(th, e)
			if err != nil {
				return err
			}
			if bool(t) == want {
				result = want
				return errStopIteration
			}
			return nil
		})
		if err == errStopIteration {
			err = nil
		}
		return starlark.Bool(result), err
	}
}
