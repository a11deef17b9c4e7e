package core

// This file defines __pc_resumable: the iterable of a loop that the
// lowering turned inside out (see package lower, invert.go), which later
// loops over it resume where the previous one stopped.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// resumable walks a sequence by index (so that no iteration lock stays on
// a list between passes), or pulls from one iterator kept across passes.
type resumable struct {
	seq starlark.Indexable
	i   int
	it  starlark.Iterator
	end bool
}

var _ starlark.Iterable = (*resumable)(nil)

// String, Type, Freeze, Truth and Hash make resumable a starlark.Value.
func (r *resumable) String() string        { return "<resumable iterator>" }
func (r *resumable) Type() string          { return "iterator" }
func (r *resumable) Freeze()               {}
func (r *resumable) Truth() starlark.Bool  { return starlark.True }
func (r *resumable) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable: iterator") }

// Iterate continues where the previous pass stopped.
func (r *resumable) Iterate() starlark.Iterator { return resumeIter{r} }

type resumeIter struct{ r *resumable }

// Next returns the next element, or false at the end.
func (it resumeIter) Next(p *starlark.Value) bool {
	r := it.r
	if r.end {
		return false
	}
	if r.seq != nil {
		if r.i < r.seq.Len() {
			*p = r.seq.Index(r.i)
			r.i++
			return true
		}
		r.end = true
		return false
	}
	if r.it.Next(p) {
		return true
	}
	r.end = true
	r.it.Done()
	return false
}

// Done does nothing: a later pass goes on with the same elements.
func (it resumeIter) Done() {}

// __pc_resumable(x)
func hiddenResumable(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 1 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 1 argument", hidden.Resumable)
	}
	switch x := args[0].(type) {
	case *starlark.List, starlark.Tuple:
		return &resumable{seq: x.(starlark.Indexable)}, nil
	case *starlark.Dict:
		return &resumable{seq: starlark.Tuple(x.Keys())}, nil
	case *starlark.Set:
		return &resumable{seq: starlark.Tuple(setElems(x))}, nil
	case starlark.Indexable:
		if _, ok := x.(starlark.Iterable); ok && !isScriptValue(x) {
			return &resumable{seq: x}, nil // range
		}
	}
	v, err := hiddenIter(th, b, args, nil)
	if err != nil {
		return nil, err
	}
	iterable, ok := v.(starlark.Iterable)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(args[0])))
	}
	if seq, ok := v.(*starlark.List); ok {
		return &resumable{seq: seq}, nil
	}
	return &resumable{it: iterable.Iterate()}, nil
}

// isScriptValue reports whether v is an instance of a script class (whose
// indexing may run script code: iterate it through its protocol instead).
func isScriptValue(v starlark.Value) bool {
	_, ok := v.(*Instance)
	return ok
}
