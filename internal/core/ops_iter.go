package core

// This file defines Python's iteration protocol for Go code: GetIter
// returns a pull iterator over any iterable value (str by characters,
// bytes by ints, lists by index so that they stay mutable, instances with
// __iter__/__next__ or __getitem__), and Iterate and Collect build on it.

import (
	"fmt"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// Iter is a pull iterator. Next returns the next element, false at the
// end, or the error raised while producing it. Done releases it.
type Iter interface {
	Next(th *starlark.Thread) (starlark.Value, bool, error)
	Done()
}

// GetIter is Python's iter(v); TypeError "'int' object is not iterable".
func GetIter(th *starlark.Thread, v starlark.Value) (Iter, error) {
	switch x := v.(type) {
	case starlark.String:
		return &strIter{s: string(x)}, nil
	case starlark.Bytes:
		return &bytesIter{s: string(x)}, nil
	case *starlark.List:
		return &listIter{l: x}, nil
	case starlark.Tuple:
		return &sliceIter{elems: x}, nil
	case *starlark.Dict:
		return &sliceIter{elems: x.Keys()}, nil
	case *starlark.Set:
		return &sliceIter{elems: setElems(x)}, nil
	case *PyIterator:
		return x.src, nil
	case *File:
		if err := x.checkOpen(); err != nil {
			return nil, err
		}
		return x.lines(), nil
	case *Instance:
		return instanceIter(th, x)
	case starlark.Iterable:
		return &starlarkIter{it: x.Iterate()}, nil
	}
	return nil, notIterable(v)
}

// notIterable is the TypeError of iterating over a non-iterable.
func notIterable(v starlark.Value) error {
	return NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(v)))
}

// Iterate calls fn for each element of v (Python's for loop), stopping at
// the first error.
func Iterate(th *starlark.Thread, v starlark.Value, fn func(starlark.Value) error) error {
	it, err := GetIter(th, v)
	if err != nil {
		return err
	}
	defer it.Done()
	for {
		x, ok, err := it.Next(th)
		if err != nil {
			return err
		}
		if !ok {
			return nil
		}
		if err := fn(x); err != nil {
			return err
		}
	}
}

// Collect returns the elements of v in a new slice (list(v)).
func Collect(th *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	switch x := v.(type) {
	case starlark.Tuple:
		return append([]starlark.Value(nil), x...), nil
	case *starlark.List:
		return listElems(x), nil
	}
	var out []starlark.Value
	err := Iterate(th, v, func(x starlark.Value) error {
		out = append(out, x)
		return nil
	})
	return out, err
}

func setElems(s *starlark.Set) []starlark.Value {
	out := make([]starlark.Value, 0, s.Len())
	for e := range s.Elements() {
		out = append(out, e)
	}
	return out
}

// strIter yields the characters of a str.
type strIter struct{ s string }

// Next returns the next element, or false at the end.
func (it *strIter) Next(*starlark.Thread) (starlark.Value, bool, error) {
	if it.s == "" {
		return nil, false, nil
	}
	_, n := utf8.DecodeRuneInString(it.s)
	c := it.s[:n]
	it.s = it.s[n:]
	return starlark.String(c), true, nil
}

// Done ends the iteration.
func (it *strIter) Done() {}

// bytesIter yields the bytes of a bytes value as ints.
type bytesIter struct{ s string }

// Next returns the next element, or false at the end.
func (it *bytesIter) Next(*starlark.Thread) (starlark.Value, bool, error) {
	if it.s == "" {
		return nil, false, nil
	}
	c := it.s[0]
	it.s = it.s[1:]
	return starlark.MakeInt(int(c)), true, nil
}

// Done ends the iteration.
func (it *bytesIter) Done() {}

// listIter walks a list by index, seeing later appends, as Python does,
// without locking the list against mutation.
type listIter struct {
	l *starlark.List
	i int
}

// Next returns the next element, or false at the end.
func (it *listIter) Next(*starlark.Thread) (starlark.Value, bool, error) {
	if it.i >= it.l.Len() {
		return nil, false, nil
	}
	it.i++
	return it.l.Index(it.i - 1), true, nil
}

// Done ends the iteration.
func (it *listIter) Done() {}

// sliceIter walks a fixed slice of values.
type sliceIter struct {
	elems []starlark.Value
	i     int
}

// Next returns the next element, or false at the end.
func (it *sliceIter) Next(*starlark.Thread) (starlark.Value, bool, error) {
	if it.i >= len(it.elems) {
		return nil, false, nil
	}
	it.i++
	return it.elems[it.i-1], true, nil
}

// Done ends the iteration.
func (it *sliceIter) Done() {}

// starlarkIter wraps a Starlark iterator.
type starlarkIter struct {
	it   starlark.Iterator
	done bool
}

// Next returns the next element, or false at the end.
func (it *starlarkIter) Next(*starlark.Thread) (starlark.Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	var x starlark.Value
	if it.it.Next(&x) {
		return x, true, nil
	}
	it.Done()
	return nil, false, nil
}

// Done ends the iteration.
func (it *starlarkIter) Done() {
	if !it.done {
		it.done = true
		it.it.Done()
	}
}

// instanceIter implements iter() of an instance: __iter__ (whose result
// must be an iterator), else the old __getitem__ protocol.
func instanceIter(th *starlark.Thread, o *Instance) (Iter, error) {
	if f := special(o, "__iter__"); f != nil {
		r, err := starlark.Call(th, f, starlark.Tuple{o}, nil)
		if err != nil {
			return nil, err
		}
		switch r := r.(type) {
		case *PyIterator:
			return r.src, nil
		case *Instance:
			if special(r, "__next__") != nil {
				return &nextIter{obj: r}, nil
			}
		}
		return nil, NewError(TypeError, fmt.Sprintf("iter() returned non-iterator of type '%s'", TypeName(r)))
	}
	if special(o, "__getitem__") != nil {
		return &getitemIter{obj: o}, nil
	}
	return nil, notIterable(o)
}

// nextIter calls __next__ until StopIteration.
type nextIter struct {
	obj  *Instance
	done bool
}

// Next returns the next element, or false at the end.
func (it *nextIter) Next(th *starlark.Thread) (starlark.Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	r, _, err := callSpecial(th, it.obj, "__next__")
	if err != nil {
		if isExc(th, err, StopIteration) {
			it.done = true
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// Done ends the iteration.
func (it *nextIter) Done() {}

// getitemIter calls __getitem__(0), (1)... until IndexError.
type getitemIter struct {
	obj  *Instance
	i    int
	done bool
}

// Next returns the next element, or false at the end.
func (it *getitemIter) Next(th *starlark.Thread) (starlark.Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	r, _, err := callSpecial(th, it.obj, "__getitem__", starlark.MakeInt(it.i))
	if err != nil {
		if isExc(th, err, IndexError) || isExc(th, err, StopIteration) {
			it.done = true
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return r, true, nil
}

// Done ends the iteration.
func (it *getitemIter) Done() {}

// funcIter yields the results of a Go function (map, zip...).
type funcIter func(th *starlark.Thread) (starlark.Value, bool, error)

// Next and Done make funcIter a starlark iterator.
func (f funcIter) Next(th *starlark.Thread) (starlark.Value, bool, error) { return f(th) }
func (f funcIter) Done()                                                  {}
