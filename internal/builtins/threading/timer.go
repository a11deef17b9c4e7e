package threading

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Timer, a Thread subclass that calls a
// function after an interval unless cancelled.

// TimerClass is threading.Timer.
var TimerClass = newTimerClass()

var timerMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__": timerInit,
	"cancel":   timerCancel,
	"run":      timerRun,
})

func newTimerClass() *core.Class {
	return core.MustClass("Timer", "threading", []*core.Class{ThreadClass}, timerMethods.ClassDict())
}

// timerInit is Timer.__init__(self, interval, function, args=None, kwargs=None).
func timerInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var interval, function starlark.Value
	var fargs, fkwargs starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "interval", &interval, "function", &function,
		"args?", &fargs, "kwargs?", &fkwargs); err != nil {
		return nil, err
	}
	if _, err := threadInit(th, b, nil, nil); err != nil {
		return nil, err
	}
	if fargs == starlark.None {
		fargs = starlark.NewList(nil)
	}
	if fkwargs == starlark.None {
		fkwargs = starlark.NewDict(0)
	}
	inst := b.Receiver().(*core.Instance)
	inst.SetOwn("interval", interval)
	inst.SetOwn("function", function)
	inst.SetOwn("args", fargs)
	inst.SetOwn("kwargs", fkwargs)
	inst.SetOwn("finished", NewEvent(core.RuntimeOf(th)))
	return starlark.None, nil
}

// timerFinished returns the Event of the Timer of method b.
func timerFinished(th *starlark.Thread, b *starlark.Builtin) (*eventObj, error) {
	f, err := core.GetAttr(th, b.Receiver(), "finished")
	if err != nil {
		return nil, err
	}
	return nativeOf[*eventObj](f, "Event", b.Name())
}

// timerCancel is Timer.cancel(): stop the timer if it has not fired yet.
func timerCancel(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e, err := timerFinished(th, b)
	if err != nil {
		return nil, err
	}
	e.set()
	return starlark.None, nil
}

// timerRun is Timer.run(): wait for the interval, then call the function
// unless cancelled.
func timerRun(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e, err := timerFinished(th, b)
	if err != nil {
		return nil, err
	}
	self := b.Receiver()
	v, err := core.GetAttr(th, self, "interval")
	if err != nil {
		return nil, err
	}
	var interval core.Timeout // the Event.wait(self.interval) of CPython
	if err := interval.Unpack(v); err != nil {
		return nil, err
	}
	if _, err := Wait(th, e.channel(), interval.Duration()); err != nil {
		return nil, err
	}
	defer e.set()
	if e.isSet() {
		return starlark.None, nil
	}
	var fn, fargs, fkwargs starlark.Value
	for _, f := range []struct {
		name string
		dst  *starlark.Value
	}{{"function", &fn}, {"args", &fargs}, {"kwargs", &fkwargs}} {
		if *f.dst, err = core.GetAttr(th, self, f.name); err != nil {
			return nil, err
		}
	}
	pos, err := toTuple(fargs)
	if err != nil {
		return nil, err
	}
	kw, err := toKwargs(fkwargs)
	if err != nil {
		return nil, err
	}
	_, err = starlark.Call(th, fn, pos, kw)
	return starlark.None, err
}
