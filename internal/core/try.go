package core

// This file defines the hidden built-ins of try statements: __pc_try runs a
// lowered try/except/else/finally, __pc_match tests an except clause.

import (
	"errors"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// pcTry is __pc_try(body, handler, orelse, final); see hidden.Try. The
// path without exception allocates nothing.
func pcTry(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 4 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 4 positional arguments, got %d", hidden.Try, len(args))
	}
	body, handler, orelse, final := args[0], args[1], args[2], args[3]
	res, err := starlark.Call(th, body, nil, nil)
	if err != nil {
		res, err = tryHandle(th, handler, err)
	} else if res == starlark.None && orelse != starlark.None {
		res, err = starlark.Call(th, orelse, nil, nil)
		if err != nil && final != starlark.None {
			// An exception of the else clause runs the finally clause.
			if pe, ok := AsPyError(th, err); ok {
				err = pe
			}
		}
	}
	if final == starlark.None {
		return res, err
	}
	return tryFinally(th, final, res, err)
}

// tryHandle runs the except clauses (handler) for the error raised by a
// try body. It returns the handler's control value, or the error that
// leaves the try statement: always a *PyError, except for cancellation,
// which no handler sees.
func tryHandle(th *starlark.Thread, handler starlark.Value, err error) (starlark.Value, error) {
	pe, ok := AsPyError(th, err)
	if !ok {
		return nil, err
	}
	if handler == starlark.None {
		return nil, pe
	}
	ts := StateOf(th)
	if ts == nil {
		return nil, fmt.Errorf("%s: not a script thread", hidden.Try)
	}
	caughtHere(th, pe.State())
	ts.Handling = append(ts.Handling, pe)
	res, herr := starlark.Call(th, handler, starlark.Tuple{pe.Value}, nil)
	if herr != nil {
		// Convert before popping, so that a new exception gets pe as its
		// __context__.
		if hpe, ok := AsPyError(th, herr); ok {
			herr = hpe
		}
	}
	ts.Handling[len(ts.Handling)-1] = nil
	ts.Handling = ts.Handling[:len(ts.Handling)-1]
	return res, herr
}

// tryFinally runs the finally clause. A pending exception is the exception
// being handled while it runs (as in CPython); a non-None result of final
// (return, break, continue) replaces the pending exception or control
// value; an exception raised by final replaces both. Cancellation skips
// the clause: no script code can run on a cancelled thread.
func tryFinally(th *starlark.Thread, final starlark.Value, res starlark.Value, err error) (starlark.Value, error) {
	var pending *PyError
	if err != nil {
		var ok bool
		if pending, ok = err.(*PyError); !ok {
			return nil, err
		}
	}
	ts := StateOf(th)
	if pending != nil && ts != nil {
		ts.Handling = append(ts.Handling, pending)
	}
	fres, ferr := starlark.Call(th, final, nil, nil)
	if ferr != nil {
		if fpe, ok := AsPyError(th, ferr); ok {
			ferr = fpe
		}
	}
	if pending != nil && ts != nil {
		ts.Handling[len(ts.Handling)-1] = nil
		ts.Handling = ts.Handling[:len(ts.Handling)-1]
	}
	if ferr != nil {
		return nil, ferr
	}
	if fres != starlark.None {
		return fres, nil
	}
	return res, err
}

// pcMatch is __pc_match(exc, types); see hidden.Match.
func pcMatch(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) != 2 || len(kwargs) != 0 {
		return nil, fmt.Errorf("%s: want 2 positional arguments, got %d", hidden.Match, len(args))
	}
	if err := checkExceptTypes(args[1]); err != nil {
		return nil, err
	}
	inst, ok := args[0].(*Instance)
	if !ok {
		return starlark.False, nil
	}
	return starlark.Bool(matchesExcept(inst.Class, args[1])), nil
}

// checkExceptTypes reports the TypeError of an except clause naming
// something other than exception classes.
func checkExceptTypes(types starlark.Value) error {
	switch t := types.(type) {
	case *Class:
		if t.IsSubclass(BaseException) {
			return nil
		}
	case starlark.Tuple:
		for _, x := range t {
			if err := checkExceptTypes(x); err != nil {
				return err
			}
		}
		return nil
	}
	return NewError(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// matchesExcept reports whether class c is one of types (a class or a
// tuple, possibly nested, of classes) or derives from one.
func matchesExcept(c *Class, types starlark.Value) bool {
	switch t := types.(type) {
	case *Class:
		return c.IsSubclass(t)
	case starlark.Tuple:
		for _, x := range t {
			if matchesExcept(c, x) {
				return true
			}
		}
	}
	return false
}

// Matches reports whether err is (or wraps) a Python exception of class c
// or a subclass, for Go code that catches exceptions.
func Matches(err error, c *Class) bool {
	var pe *PyError
	return errors.As(err, &pe) && pe.Value.Class.IsSubclass(c)
}
