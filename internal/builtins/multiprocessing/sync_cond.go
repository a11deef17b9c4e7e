package multiprocessing

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Condition: a condition variable of the store bound to
// a Lock or RLock (an RLock by default, as in CPython). wait releases the
// lock, waits and takes it back in one request to the store.

// Condition is multiprocessing.Condition.
type Condition struct {
	sharedBase
	lock starlark.Value // *Lock or *RLock
}

var condMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":    condDelegate,
	"release":    condDelegate,
	"__enter__":  condDelegate,
	"__exit__":   condDelegate,
	"wait":       condWaitM,
	"wait_for":   condWaitFor,
	"notify":     condNotifyM,
	"notify_all": condNotifyM,
})

func newCondition(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lock starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "lock?", &lock); err != nil {
		return nil, err
	}
	return makeCondition(th, lock)
}

func makeCondition(th *starlark.Thread, lock starlark.Value) (*Condition, error) {
	if lock == starlark.None {
		l, err := makeRLock(th)
		if err != nil {
			return nil, err
		}
		lock = l
	}
	r := &broker.Request{Op: broker.OpNew, Kind: broker.Condition}
	switch l := lock.(type) {
	case *RLock:
		r.N = l.id
	case *Lock:
		r.N = l.id
	default:
		return nil, core.NewError(core.TypeError, fmt.Sprintf("Condition() lock must be a multiprocessing Lock or RLock, not %s", core.TypeName(lock)))
	}
	res, err := callOK(th, r)
	if err != nil {
		return nil, err
	}
	return &Condition{base(th, res.N), lock}, nil
}

func (c *Condition) handle(*hooks) (string, uint64, error) {
	switch l := c.lock.(type) {
	case *RLock:
		return "cond:rlock:" + itoa(l.id), uint64(c.id), nil
	case *Lock:
		return "cond:lock:" + itoa(l.id), uint64(c.id), nil
	}
	return "", 0, fmt.Errorf("bad condition lock")
}

// Type returns "Condition".
func (c *Condition) Type() string { return "Condition" }

// String is CPython's repr: <Condition(<RLock(None, 0)>, 0)>.
func (c *Condition) String() string { return fmt.Sprintf("<Condition(%s, 0)>", c.lock.String()) }

// Attr returns a method.
func (c *Condition) Attr(name string) (starlark.Value, error) {
	return condMethods.Attr(c, name)
}

// AttrNames lists the methods.
func (c *Condition) AttrNames() []string { return condMethods.Names() }

// condDelegate calls the lock's method of the same name.
func condDelegate(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	m, err := recv.(*Condition).lock.(starlark.HasAttrs).Attr(name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(th, m, args, kwargs)
}

func condWaitM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	r := &broker.Request{Op: broker.OpCondWait, ID: recv.(*Condition).id, Owner: ownerOf(th)}
	if err := unpackWait(name, args, kwargs, "", r); err != nil {
		return nil, err
	}
	res, err := callOK(th, r)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(res.N == 1), nil
}

// condWaitFor is wait_for(predicate, timeout=None), as CPython's loop.
func condWaitFor(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var pred starlark.Value
	var timeout core.Timeout
	if err := starlark.UnpackArgs(name, args, kwargs, "predicate", &pred, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d := timeout.Duration()
	var end time.Time
	if d >= 0 {
		end = time.Now().Add(d)
	}
	c := recv.(*Condition)
	for {
		result, err := starlark.Call(th, pred, nil, nil)
		if err != nil || result.Truth() {
			return result, err
		}
		r := &broker.Request{Op: broker.OpCondWait, ID: c.id, Owner: ownerOf(th), Block: true, Timeout: -1}
		if d >= 0 {
			left := time.Until(end)
			if left <= 0 {
				return result, nil
			}
			r.Timeout = left.Seconds()
		}
		if _, err := callOK(th, r); err != nil {
			return nil, err
		}
	}
}

func condNotifyM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	n := -1
	if name == "notify" {
		n = 1
		if err := starlark.UnpackArgs(name, args, kwargs, "n?", &n); err != nil {
			return nil, err
		}
	} else if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if _, err := callOK(th, &broker.Request{Op: broker.OpCondNotify, ID: recv.(*Condition).id, Owner: ownerOf(th), N: int64(n)}); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// decodeCondition decodes the handle of a cond.
func decodeCondition(h *hooks, kind string, id uint64) (starlark.Value, error) {
	parts := strings.Split(kind, ":")
	if len(parts) != 3 {
		return nil, fmt.Errorf("bad condition handle %q", kind)
	}
	lid, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil {
		return nil, err
	}
	var lock starlark.Value = &Lock{h.base(lid)}
	if parts[1] == "rlock" {
		lock = &RLock{h.base(lid)}
	}
	return &Condition{h.base(int64(id)), lock}, nil
}
