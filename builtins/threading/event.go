package threading

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Event.

// eventObj is the Go state of an Event: ch is closed while the flag is set.
type eventObj struct {
	mu   sync.Mutex
	flag bool
	ch   chan struct{}
}

func newEventObj() *eventObj { return &eventObj{ch: make(chan struct{})} }

// EventClass is threading.Event.
var EventClass = newEventClass()

func newEventClass() *core.Class {
	dict := methods(map[string]goMethod{
		"is_set":   eventIsSet,
		"isSet":    eventIsSet,
		"set":      eventSet,
		"clear":    eventClear,
		"wait":     eventWait,
		"__repr__": eventRepr,
	})
	c := core.MustClass("Event", "threading", []*core.Class{core.ObjectClass}, dict)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = newEventObj()
		return nil
	}
	return c
}

// NewEvent makes an Event instance from Go.
func NewEvent(rt *core.Runtime) *core.Instance {
	inst := core.NewInstance(rt, EventClass)
	inst.Native = newEventObj()
	return inst
}

func eventOf(self starlark.Value, method string) (*eventObj, error) {
	return native[*eventObj](self, "Event", method)
}

func (e *eventObj) isSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.flag
}

func (e *eventObj) set() {
	e.mu.Lock()
	if !e.flag {
		e.flag = true
		close(e.ch)
	}
	e.mu.Unlock()
}

func (e *eventObj) clear() {
	e.mu.Lock()
	if e.flag {
		e.flag = false
		e.ch = make(chan struct{})
	}
	e.mu.Unlock()
}

func (e *eventObj) channel() chan struct{} {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.ch
}

func eventIsSet(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(self, "is_set")
	if err != nil {
		return nil, err
	}
	if err := noArgs("is_set", args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(e.isSet()), nil
}

func eventSet(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(self, "set")
	if err != nil {
		return nil, err
	}
	if err := noArgs("set", args, kwargs); err != nil {
		return nil, err
	}
	e.set()
	return starlark.None, nil
}

func eventClear(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(self, "clear")
	if err != nil {
		return nil, err
	}
	if err := noArgs("clear", args, kwargs); err != nil {
		return nil, err
	}
	e.clear()
	return starlark.None, nil
}

// eventWait is Event.wait(timeout=None): it returns the flag.
func eventWait(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(self, "wait")
	if err != nil {
		return nil, err
	}
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs("wait", args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d, err := optTimeout(timeout)
	if err != nil {
		return nil, err
	}
	got, err := Wait(th, e.channel(), d)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(got || e.isSet()), nil
}

// eventRepr is "<threading.Event at 0x...: unset>".
func eventRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(self, "__repr__")
	if err != nil {
		return nil, err
	}
	inst := self.(*core.Instance)
	state := "unset"
	if e.isSet() {
		state = "set"
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: %s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), state)), nil
}
