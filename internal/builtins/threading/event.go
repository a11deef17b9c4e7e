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
	mu    sync.Mutex
	flag  bool
	ch    chan struct{}
	bound core.BoundMethods // the event's methods bound to it
}

// BoundMethods returns the cache of the event's bound methods.
func (e *eventObj) BoundMethods() *core.BoundMethods { return &e.bound }

func newEventObj() *eventObj { return &eventObj{ch: make(chan struct{})} }

// EventClass is threading.Event.
var EventClass = newEventClass()

var eventMethods = core.NewMethods(map[string]core.MethodFunc{
	"is_set":   eventIsSet,
	"isSet":    isSetAlias,
	"set":      eventSet,
	"clear":    eventClear,
	"wait":     eventWait,
	"__repr__": eventRepr,
})

func newEventClass() *core.Class {
	c := core.MustClass("Event", "threading", []*core.Class{core.ObjectClass}, eventMethods.ClassDict())
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

func eventOf(b *starlark.Builtin) (*eventObj, error) { return native[*eventObj](b, "Event") }

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

func eventIsSet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Bool(e.isSet()), nil
}

func eventSet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e.set()
	return starlark.None, nil
}

func eventClear(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	e.clear()
	return starlark.None, nil
}

// eventWait is Event.wait(timeout=None): it returns the flag.
func eventWait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(b)
	if err != nil {
		return nil, err
	}
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	got, err := Wait(th, e.channel(), timeout.Duration())
	if err != nil {
		return nil, err
	}
	return starlark.Bool(got || e.isSet()), nil
}

// eventRepr is "<threading.Event at 0x...: unset>".
func eventRepr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	e, err := eventOf(b)
	if err != nil {
		return nil, err
	}
	inst := b.Receiver().(*core.Instance)
	state := "unset"
	if e.isSet() {
		state = "set"
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: %s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), state)), nil
}
