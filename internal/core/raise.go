package core

// This file defines __pc_raise, the lowering of Python's raise statement.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// pcRaise is __pc_raise([exc[, cause]]); see hidden.Raise.
func pcRaise(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want at most 2 positional arguments, got %d", hidden.Raise, len(args))
	}
	if len(args) == 0 {
		ts := StateOf(th)
		if ts == nil || len(ts.Handling) == 0 {
			return nil, NewError(RuntimeError, "No active exception to reraise")
		}
		pe := ts.Handling[len(ts.Handling)-1]
		reraisedHere(th, pe.State())
		return nil, pe
	}
	inst, err := makeException(th, args[0], "exceptions must derive from BaseException")
	if err != nil {
		return nil, err
	}
	st := ExcStateOf(inst)
	if len(args) == 2 {
		if args[1] == starlark.None {
			st.Cause = starlark.None
		} else {
			cause, err := makeException(th, args[1], "exception causes must derive from BaseException")
			if err != nil {
				return nil, err
			}
			st.Cause = cause
		}
		st.SuppressContext = true
	}
	adoptException(th, inst)
	raisedHere(th, st, currentFrames(th))
	setContext(th, inst)
	return nil, &PyError{Value: inst}
}

// Raise returns the error that raises exc (an exception instance, or an
// exception class called with no arguments) from Go code running on th.
func Raise(th *starlark.Thread, exc starlark.Value) error {
	inst, err := makeException(th, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	return &PyError{Value: inst}
}

// makeException returns the exception instance v stands for: v itself, or
// a new instance when v is an exception class; TypeError msg otherwise.
func makeException(th *starlark.Thread, v starlark.Value, msg string) (*Instance, error) {
	switch x := v.(type) {
	case *Instance:
		if ExcStateOf(x) != nil {
			return x, nil
		}
	case *Class:
		if x.IsSubclass(BaseException) {
			r, err := starlark.Call(th, x, nil, nil)
			if err != nil {
				return nil, err
			}
			inst, ok := r.(*Instance)
			if !ok || ExcStateOf(inst) == nil {
				return nil, NewError(TypeError, fmt.Sprintf("calling %s should have returned an instance of BaseException, not %s", ReprNoThread(x), TypeName(r)))
			}
			return inst, nil
		}
	}
	return nil, NewError(TypeError, msg)
}

// pcAssertion is __pc_assertion([msg]); see hidden.Assertion.
func pcAssertion(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want at most 1 positional argument, got %d", hidden.Assertion, len(args))
	}
	inst := NewException(AssertionError, args...)
	adoptException(th, inst)
	return inst, nil
}
