// This file defines the Go functions scripts call: GoFunc, Func and
// Exception, and the adaptation of a host's ModuleMaker.

package interp

import (
	"context"
	"errors"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// GoFunc is a Go function scripts can call (see Func). args and kwargs are
// the script's arguments converted with FromValue; the result is
// converted back with ToValue. ctx is cancelled when the calling script
// thread is interrupted (Ctrl-C, Call's context) or the interpreter is
// stopped (Exec's context, Close): a GoFunc that may take long must
// return when ctx ends.
type GoFunc func(ctx context.Context, args []any, kwargs map[string]any) (any, error)

// Exception is an error a GoFunc returns to raise a Python exception of a
// given class in the script, e.g.
//
//	return nil, &interp.Exception{Class: "ValueError", Message: "bad size"}
//
// Class is the name of a built-in exception class ("ValueError",
// "KeyError", "TimeoutError"...); an unknown name gives a RuntimeError.
// Other errors of a GoFunc raise RuntimeError with the error's text.
type Exception struct {
	Class   string
	Message string
}

// Error returns "Class: Message".
func (e *Exception) Error() string { return e.Class + ": " + e.Message }

// Func makes a script-callable function, named name, that runs fn WITHOUT
// the interpreter lock: while fn runs, the script's other threads run, and
// Go functions called from several script threads run in parallel. A
// GoFunc put in Options.Predeclared, among a module's members or given to
// Set is made a function this way, named by its key; Func names one
// explicitly (for Call's arguments, say).
//
// The wrapper converts the arguments under the lock (a value with no Go
// equivalent raises TypeError), releases the lock while fn runs, and
// converts the result back under the lock. fn must not touch script
// values (it receives none) nor call into the interpreter while holding
// Go locks the script might need; it may call Interpreter.Call and Get.
func Func(name string, fn GoFunc) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		goArgs, goKw, err := goArguments(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		var result any
		var fnErr error
		err = core.Block(th, false, func(intr <-chan struct{}) error {
			result, fnErr = runGoFunc(th, intr, fn, goArgs, goKw)
			if fnErr != nil && intr != nil && isClosed(intr) {
				return core.ErrInterrupted
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if fnErr != nil {
			return nil, goError(fnErr)
		}
		v, err := ToValue(result)
		if err != nil {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("%s() returned a value pyconc cannot convert: %v", name, err))
		}
		return v, nil
	})
}

// goArguments converts a call's arguments for a GoFunc.
func goArguments(name string, args starlark.Tuple, kwargs []starlark.Tuple) ([]any, map[string]any, error) {
	goArgs := make([]any, len(args))
	for i, a := range args {
		x, err := FromValue(a)
		if err != nil {
			return nil, nil, core.NewError(core.TypeError, fmt.Sprintf("%s() argument %d: %v", name, i+1, err))
		}
		goArgs[i] = x
	}
	goKw := make(map[string]any, len(kwargs))
	for _, kv := range kwargs {
		k := string(kv[0].(starlark.String))
		x, err := FromValue(kv[1])
		if err != nil {
			return nil, nil, core.NewError(core.TypeError, fmt.Sprintf("%s() argument %s: %v", name, k, err))
		}
		goKw[k] = x
	}
	return goArgs, goKw, nil
}

// runGoFunc calls fn, without the lock, with a context cancelled when
// intr is closed or the runtime of th stops.
func runGoFunc(th *starlark.Thread, intr <-chan struct{}, fn GoFunc, args []any, kwargs map[string]any) (any, error) {
	parent := context.Background()
	if rt := core.RuntimeOf(th); rt != nil {
		parent = rt.Context()
	}
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	if intr != nil {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-intr:
				cancel()
			case <-done:
			}
		}()
	}
	return fn(ctx, args, kwargs)
}

// isClosed reports whether ch is closed.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// goError turns the error of a GoFunc into the exception the script sees.
func goError(err error) error {
	var pe *core.PyError
	if errors.As(err, &pe) {
		return pe
	}
	var pyErr *Error
	if errors.As(err, &pyErr) {
		if errors.As(pyErr.Err, &pe) {
			return pe
		}
	}
	var ex *Exception
	if errors.As(err, &ex) {
		if c, ok := core.ExceptionClasses()[ex.Class]; ok {
			return core.NewError(c, ex.Message)
		}
		return core.NewError(core.RuntimeError, ex.Error())
	}
	return core.NewError(core.RuntimeError, err.Error())
}

// hostModule adapts a host's ModuleMaker to the runtime: the module
// named name has the maker's members, converted for scripts.
func hostModule(name string, mk ModuleMaker) maker {
	return func(rt *core.Runtime) (starlark.Value, error) {
		members, err := mk()
		if err != nil {
			return nil, goError(err)
		}
		d, err := toValues(members)
		if err != nil {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("module %s: %v", name, err))
		}
		return core.NewModule(name, d), nil
	}
}
