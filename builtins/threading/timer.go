package threading

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Timer, a Thread subclass that calls a
// function after an interval unless cancelled.

// TimerClass is threading.Timer.
var TimerClass = newTimerClass()

func newTimerClass() *core.Class {
	return core.MustClass("Timer", "threading", []*core.Class{ThreadClass}, methods(map[string]goMethod{
		"__init__": timerInit,
		"cancel":   timerCancel,
		"run":      timerRun,
	}))
}

// timerInit is Timer.__init__(self, interval, function, args=None, kwargs=None).
func timerInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var interval, function starlark.Value
	var fargs, fkwargs starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("Timer", args, kwargs, "interval", &interval, "function", &function,
		"args?", &fargs, "kwargs?", &fkwargs); err != nil {
		return nil, err
	}
	if _, err := threadInit(th, self, nil, nil); err != nil {
		return nil, err
	}
	if fargs == starlark.None {
		fargs = starlark.NewList(nil)
	}
	if fkwargs == starlark.None {
		fkwargs = starlark.NewDict(0)
	}
	inst := self.(*core.Instance)
	inst.SetOwn("interval", interval)
	inst.SetOwn("function", function)
	inst.SetOwn("args", fargs)
	inst.SetOwn("kwargs", fkwargs)
	inst.SetOwn("finished", NewEvent(core.RuntimeOf(th)))
	return starlark.None, nil
}

// timerFinished returns the Event of a Timer.
func timerFinished(self starlark.Value, method string) (*eventObj, error) {
	f, err := getAttr(self, "finished")
	if err != nil {
		return nil, err
	}
	return eventOf(f, method)
}

// timerCancel is Timer.cancel(): stop the timer if it has not fired yet.
func timerCancel(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("cancel", args, kwargs); err != nil {
		return nil, err
	}
	e, err := timerFinished(self, "cancel")
	if err != nil {
		return nil, err
	}
	e.set()
	return starlark.None, nil
}

// timerRun is Timer.run(): wait for the interval, then call the function
// unless cancelled.
func timerRun(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs("run", args, kwargs); err != nil {
		return nil, err
	}
	e, err := timerFinished(self, "run")
	if err != nil {
		return nil, err
	}
	interval, err := getAttr(self, "interval")
	if err != nil {
		return nil, err
	}
	d, err := optTimeout(interval)
	if err != nil {
		return nil, err
	}
	if d < 0 {
		d = 0
	}
	if _, err := Wait(th, e.channel(), d); err != nil {
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
		if *f.dst, err = getAttr(self, f.name); err != nil {
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
