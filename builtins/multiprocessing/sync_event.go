package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
)

// This file defines Event: a flag of the store that processes wait for.

// Event is multiprocessing.Event.
type Event struct{ sharedBase }

var eventMethods = map[string]methodFunc{
	"set":    eventSimple,
	"clear":  eventSimple,
	"is_set": eventSimple,
	"wait":   eventWaitM,
}

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
func (e *Event) Attr(name string) (starlark.Value, error) { return methodAttr(eventMethods, e, name) }

// AttrNames lists the methods.
func (e *Event) AttrNames() []string { return methodNames(eventMethods) }

func eventSimple(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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

func eventWaitM(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	r := &broker.Request{Op: broker.OpEventWait, ID: recv.(*Event).id}
	if err := timeoutOnly(name, args, kwargs, r); err != nil {
		return nil, err
	}
	res, err := callOK(th, r)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(res.N == 1), nil
}

// timeoutOnly decodes (timeout=None) into a blocking request.
func timeoutOnly(name string, args starlark.Tuple, kwargs []starlark.Tuple, r *broker.Request) error {
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs(name, args, kwargs, "timeout?", &timeout); err != nil {
		return err
	}
	d, err := seconds(timeout)
	if err != nil {
		return err
	}
	r.Block, r.Timeout = true, -1
	if d >= 0 {
		r.Timeout = d.Seconds()
	}
	return nil
}

// decodeEvent decodes the handle of a event.
func decodeEvent(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &Event{h.base(int64(id))}, nil
}
