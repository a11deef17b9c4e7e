package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Event: a flag of the store that processes wait for.

// Event is multiprocessing.Event.
type Event struct{ sharedBase }

var eventMethods = core.NewMethods(map[string]core.MethodFunc{
	"set":    eventSimple,
	"clear":  eventSimple,
	"is_set": eventSimple,
	"wait":   eventWaitM,
})

func newEvent(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Event})
	if err != nil {
		return nil, err
	}
	return &Event{base(th, res.N)}, nil
}

func (e *Event) handle(*hooks) (string, uint64, error) { return "event", uint64(e.id), nil }

// Type returns "Event".
func (e *Event) Type() string { return "Event" }

// String is CPython's repr of an object without __repr__.
func (e *Event) String() string { return objRepr("multiprocessing.synchronize.Event", e) }

// Attr returns a method.
func (e *Event) Attr(name string) (starlark.Value, error) { return eventMethods.Attr(e, name) }

// AttrNames lists the methods.
func (e *Event) AttrNames() []string { return eventMethods.Names() }

func eventSimple(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	op := map[string]broker.Op{"set": broker.OpEventSet, "clear": broker.OpEventClear, "is_set": broker.OpEventIsSet}[name]
	res, err := callOK(th, &broker.Request{Op: op, ID: recv.(*Event).id})
	if err != nil {
		return nil, err
	}
	if name == "is_set" {
		return starlark.Bool(res.N == 1), nil
	}
	return starlark.None, nil
}

func eventWaitM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	r := &broker.Request{Op: broker.OpEventWait, ID: recv.(*Event).id}
	if err := unpackWait(name, args, kwargs, "", r); err != nil {
		return nil, err
	}
	res, err := callOK(th, r)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(res.N == 1), nil
}

// decodeEvent decodes the handle of a event.
func decodeEvent(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &Event{h.base(int64(id))}, nil
}
