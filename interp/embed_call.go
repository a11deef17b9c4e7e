// This file defines Interpreter.Call, a call of a script function from
// Go.

package interp

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// callCount numbers the threads of Call, for their names.
var callCount atomic.Int64

// Call calls a script function from Go and returns its result. fn is the
// name of a variable of the main module (see Get) or a callable
// starlark.Value; args are converted with ToValue (a starlark.Value is
// passed as it is). Use FromValue to convert the result to a Go value.
//
// The call runs on a new script thread (a daemon thread named
// "HostCall-N"), under the interpreter lock, concurrently with the
// script's other threads. Cancelling ctx stops that thread (running code
// fails at its next step, a blocking call returns) and Call returns ctx's
// error; threads the function started keep running. An exception gives
// an *Error (with the traceback), sys.exit an *ExitError.
//
// Call may be made from several goroutines at once, and while Exec runs,
// but not from code that holds the interpreter lock (a starlark.Builtin
// called by a script); a Func's Go function may call it.
func (in *Interpreter) Call(ctx context.Context, fn any, args ...any) (starlark.Value, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pos := make(starlark.Tuple, len(args))
	for i, a := range args {
		v, err := ToValue(a)
		if err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		pos[i] = v
	}
	ts := in.rt.NewThread(fmt.Sprintf("HostCall-%d", callCount.Add(1)))
	ts.Daemon, ts.Host = true, true
	var (
		result starlark.Value
		err    error
		done   = make(chan struct{})
	)
	stop := context.AfterFunc(ctx, func() { ts.Stop(context.Cause(ctx).Error()) })
	defer stop()
	in.rt.Go(ts, nil, func() {
		defer close(done)
		result, err = in.callLocked(ts.Thread, fn, pos)
		if err != nil && ctx.Err() == nil {
			err = in.callError(ts.Thread, err)
		}
	})
	<-done
	if err != nil && ctx.Err() != nil {
		return nil, context.Cause(ctx)
	}
	return result, err
}

// callLocked looks fn up and calls it on th, which holds the lock.
func (in *Interpreter) callLocked(th *starlark.Thread, fn any, args starlark.Tuple) (starlark.Value, error) {
	var f starlark.Value
	switch x := fn.(type) {
	case string:
		v, ok := in.lookupLocked(x)
		if !ok {
			return nil, core.NewError(core.NameError, fmt.Sprintf("name '%s' is not defined", x))
		}
		f = v
	case starlark.Value:
		f = x
	default:
		return nil, core.NewError(core.TypeError, fmt.Sprintf("Call: fn must be a name or a starlark.Value, not %T", fn))
	}
	return starlark.Call(th, f, args, nil)
}

// callError turns the error of a call on th (holding the lock) into the
// package's error types, as Exec does for the main thread.
func (in *Interpreter) callError(th *starlark.Thread, err error) error {
	var ee *core.ExitError
	if errors.As(in.rt.Err(), &ee) || errors.As(err, &ee) {
		return &ExitError{Code: ee.Code}
	}
	pe, ok := core.AsPyError(th, err)
	if !ok {
		if rerr := in.rt.Err(); rerr != nil {
			return rerr
		}
		return &InternalError{Msg: err.Error()}
	}
	if pe.Value.Class.IsSubclass(core.SystemExit) {
		code, _ := core.ExitCode(pe)
		return &ExitError{Code: code}
	}
	var frames []Frame
	if st := pe.State(); st != nil {
		frames = framesOf(st.Traceback)
	}
	return &Error{
		Class:     pe.Value.Class.Name(),
		Message:   core.ExcMessage(pe.Value),
		Frames:    frames,
		Traceback: core.FormatExceptionLocked(th, pe),
		Err:       pe,
	}
}
