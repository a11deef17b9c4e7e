package core

// This file defines AsPyError: how any error met by the runtime becomes a
// Python exception, with its traceback and __context__.

import (
	"errors"
	"strings"

	"go.starlark.net/starlark"
)

// cancelPrefix starts the message of Starlark's error for a cancelled thread.
const cancelPrefix = "Starlark computation cancelled: "

// AsPyError returns the Python exception that err stands for, on thread th
// (th may be nil outside any script thread), and false when err must not be
// caught by except clauses: cancellation of the thread or the runtime
// (Thread.Cancel, *CancelledError, *DeadlockError) — except a pending
// KeyboardInterrupt of the main thread (ThreadState.TakeKeyboardInterrupt),
// which becomes a catchable KeyboardInterrupt.
//
// A *PyError anywhere in err's chain (typically inside the *starlark.EvalError
// that starlark.Call wrapped around it) is returned itself. Errors of
// go.starlark.net's built-ins and bytecode become the matching exception
// class with CPython's message (see convert_table.go); unknown ones become
// RuntimeError with Starlark's message.
//
// The first time an exception is seen it gets its traceback, the visible
// frames of the call stack where the error happened (from the innermost
// *starlark.EvalError, else th's current stack), and, when th is handling
// an exception, its __context__. An exception that had been caught or
// stored (see PyError.Landed) and comes back from Go code on th (a Pool.get
// re-raising a worker's exception) gets the frames of its new raise point
// put in front of its own, as CPython shows a re-raise.
func AsPyError(th *starlark.Thread, err error) (*PyError, bool) {
	if err == nil {
		return nil, false
	}
	var pe *PyError
	if errors.As(err, &pe) {
		adoptException(th, pe.Value)
		st := pe.State()
		if st == nil {
			return pe, true
		}
		if len(st.Traceback) == 0 || (th != nil && st.inFlight != th) {
			raisedHere(th, st, raiseFrames(th, err, false))
			setContext(th, pe.Value)
		}
		return pe, true
	}
	if isStop(err) {
		return nil, false
	}
	msg := errorMessage(err)
	dropCallee := false
	if strings.HasPrefix(msg, cancelPrefix+PendingReason) {
		if pending := TakePendingError(th); pending != nil {
			return AsPyError(th, pending)
		}
	}
	if strings.HasPrefix(msg, cancelPrefix) {
		ts := StateOf(th)
		if ts == nil || !ts.TakeKeyboardInterrupt() {
			return nil, false
		}
		pe = &PyError{Value: NewException(KeyboardInterrupt)}
	} else {
		c, args, argErr := translate(err, msg)
		pe = &PyError{Value: NewException(c, args...)}
		dropCallee = argErr
	}
	adoptException(th, pe.Value)
	raisedHere(th, pe.State(), raiseFrames(th, err, dropCallee))
	setContext(th, pe.Value)
	return pe, true
}

// IsCatchable reports whether err is an exception that except clauses may
// catch (see AsPyError), without converting it.
func IsCatchable(th *starlark.Thread, err error) bool {
	var pe *PyError
	if errors.As(err, &pe) {
		return true
	}
	if isStop(err) {
		return false
	}
	msg := errorMessage(err)
	if strings.HasPrefix(msg, cancelPrefix+PendingReason) {
		if _, pending := th.Local(pendingKey).(error); pending {
			return true
		}
	}
	if strings.HasPrefix(msg, cancelPrefix) {
		ts := StateOf(th)
		return ts != nil && ts.pendingKI.Load()
	}
	return true
}

// isStop reports whether err stops the interpreter (cancellation,
// deadlock) rather than being an exception of the script.
func isStop(err error) bool {
	var ce *CancelledError
	var de *DeadlockError
	return errors.As(err, &ce) || errors.As(err, &de)
}

// errorMessage returns the message of err without the call stack that a
// *starlark.EvalError adds.
func errorMessage(err error) string {
	var ee *starlark.EvalError
	if errors.As(err, &ee) {
		return ee.Msg
	}
	return err.Error()
}

// raiseFrames returns the visible frames of the point where err happened:
// the stack of the innermost *starlark.EvalError in err's chain, else th's
// current stack. dropCallee drops the top Starlark frame, the callee of a
// call whose arguments did not fit its parameters (CPython shows the caller
// only).
func raiseFrames(th *starlark.Thread, err error, dropCallee bool) []Frame {
	var stack starlark.CallStack
	for e := err; e != nil; e = errors.Unwrap(e) {
		if ee, ok := e.(*starlark.EvalError); ok {
			stack = ee.CallStack
		}
		if _, ok := e.(*PyError); ok {
			break
		}
	}
	if stack == nil {
		if th == nil {
			return nil
		}
		return currentFrames(th)
	}
	if dropCallee && len(stack) > 1 && stack[len(stack)-1].Pos.Filename() != "<builtin>" {
		stack = stack[:len(stack)-1]
	}
	return VisibleFrames(stack)
}

// setContext sets __context__ of an exception raised while th handles
// another one, as CPython does (never making a cycle).
func setContext(th *starlark.Thread, inst *Instance) {
	ts := StateOf(th)
	if ts == nil || len(ts.Handling) == 0 {
		return
	}
	handled := ts.Handling[len(ts.Handling)-1]
	if handled == nil || handled.Value == inst {
		return
	}
	// Break a cycle: if inst is already in handled's context chain, cut it.
	for v := handled.Value; v != nil; {
		st := ExcStateOf(v)
		if st == nil {
			break
		}
		next, _ := st.Context.(*Instance)
		if next == inst {
			st.Context = starlark.None
			break
		}
		v = next
	}
	ExcStateOf(inst).Context = handled.Value
}

// adoptException ties an exception instance made by Go code to th's
// runtime, so that its properties (args, __cause__...) can be read by
// scripts.
func adoptException(th *starlark.Thread, inst *Instance) {
	if inst.rt == nil {
		inst.rt = RuntimeOf(th)
	}
}
