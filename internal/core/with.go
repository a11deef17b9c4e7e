package core

// This file defines __pc_with, the lowering of Python's with statement.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// pcWith is __pc_with(mgr, body); see hidden.With.
func pcWith(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 2 positional arguments, got %d", hidden.With, len(args))
	}
	mgr, body := args[0], args[1]
	if fc, ok := mgr.(FastContext); ok {
		return fastWith(th, fc, body)
	}
	enter, err := optionalAttr(mgr, "__enter__")
	if err != nil {
		return nil, err
	}
	exit, err := optionalAttr(mgr, "__exit__")
	if err != nil {
		return nil, err
	}
	if enter == nil {
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object does not support the context manager protocol", TypeName(mgr)))
	}
	if exit == nil {
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object does not support the context manager protocol (missed __exit__ method)", TypeName(mgr)))
	}
	v, err := starlark.Call(th, enter, nil, nil)
	if err != nil {
		return nil, err
	}
	res, err := starlark.Call(th, body, starlark.Tuple{v}, nil)
	if err == nil {
		if _, err := starlark.Call(th, exit, starlark.Tuple{starlark.None, starlark.None, starlark.None}, nil); err != nil {
			return nil, err
		}
		return res, nil
	}
	pe, ok := AsPyError(th, err)
	if !ok {
		return nil, err
	}
	st := pe.State()
	caughtHere(th, st) // __exit__ sees the frames from here down, as in CPython
	ts := StateOf(th)
	if ts != nil {
		ts.Handling = append(ts.Handling, pe)
	}
	suppress, xerr := starlark.Call(th, exit, starlark.Tuple{pe.Value.Class, pe.Value, tracebackValue(st)}, nil)
	if xerr != nil {
		if xpe, ok := AsPyError(th, xerr); ok {
			xerr = xpe
		}
	}
	if ts != nil {
		ts.Handling[len(ts.Handling)-1] = nil
		ts.Handling = ts.Handling[:len(ts.Handling)-1]
	}
	if xerr != nil {
		return nil, xerr
	}
	if suppress.Truth() {
		return starlark.None, nil
	}
	reraisedHere(th, st)
	return nil, pe
}

// optionalAttr returns attribute name of v (a context manager's method, a
// module's member), or nil and no error when it has none.
func optionalAttr(v starlark.Value, name string) (starlark.Value, error) {
	ha, ok := v.(starlark.HasAttrs)
	if !ok {
		return nil, nil
	}
	r, err := ha.Attr(name)
	if err != nil {
		if Matches(err, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

// FastContext is a Go-defined context manager whose __enter__ and __exit__
// are plain Go calls and whose __exit__ never suppresses an exception
// (locks): with statements over it skip the method lookups and calls.
type FastContext interface {
	starlark.Value
	// Enter does __enter__ and returns the value bound by "as".
	Enter(th *starlark.Thread) (starlark.Value, error)
	// Exit does __exit__.
	Exit(th *starlark.Thread) error
}

// fastWith runs a with statement over a FastContext.
func fastWith(th *starlark.Thread, fc FastContext, body starlark.Value) (starlark.Value, error) {
	v, err := fc.Enter(th)
	if err != nil {
		return nil, err
	}
	res, err := starlark.Call(th, body, starlark.Tuple{v}, nil)
	if xerr := fc.Exit(th); xerr != nil {
		return nil, xerr
	}
	return res, err
}
