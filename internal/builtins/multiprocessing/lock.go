package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines multiprocessing.Lock: a handle of a lock of the store.

// Lock is a multiprocessing.Lock, shared by every process that holds it.
type Lock struct{ sharedBase }

var lockMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":   lockAcquire,
	"release":   lockRelease,
	"__enter__": lockAcquire,
	"__exit__":  lockRelease,
})

func newLock(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("Lock", args, kwargs, 0); err != nil {
		return nil, err
	}
	id, err := newObject(th, broker.Lock, 0)
	if err != nil {
		return nil, err
	}
	return &Lock{base(th, id)}, nil
}

// String is CPython's repr: <Lock(owner=None)>, <Lock(owner=MainProcess)>.
func (l *Lock) String() string {
	res := l.quick(&broker.Request{Op: broker.OpLockState, ID: l.id})
	if res.N == 0 {
		return "<Lock(owner=None)>"
	}
	return "<Lock(owner=" + l.st.ownerName(string(res.Data)) + ")>"
}

// Type returns "Lock".
func (l *Lock) Type() string { return "Lock" }

func (l *Lock) handle(*hooks) (string, uint64, error) { return "lock", uint64(l.id), nil }

// decodeLock decodes the handle of a lock.
func decodeLock(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &Lock{h.base(int64(id))}, nil
}

// Attr returns a method.
func (l *Lock) Attr(name string) (starlark.Value, error) { return lockMethods.Attr(l, name) }

// AttrNames lists the methods.
func (l *Lock) AttrNames() []string { return lockMethods.Names() }

func lockAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	r := &broker.Request{Op: broker.OpLockAcquire, ID: recv.(*Lock).id, Owner: ownerOf(th)}
	if name == "__enter__" {
		r.Block, r.Timeout = true, -1
	} else if err := unpackWait(name, args, kwargs, "block", r); err != nil {
		return nil, err
	}
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	switch res.Code {
	case broker.OK:
		return starlark.True, nil
	case broker.TimedOut:
		return starlark.False, nil
	}
	return nil, failure(res)
}

func lockRelease(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if name == "release" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
	}
	res, err := call(th, &broker.Request{Op: broker.OpLockRelease, ID: recv.(*Lock).id})
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	if name == "__exit__" {
		return starlark.False, nil
	}
	return starlark.None, nil
}
