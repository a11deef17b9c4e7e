package multiprocessing

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Semaphore and BoundedSemaphore: handles of counters
// of the store, shared by every process that holds them.

// Semaphore is multiprocessing.Semaphore, or BoundedSemaphore when bounded.
type Semaphore struct {
	sharedBase
	bounded bool
}

var semMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":   semAcquireM,
	"release":   semReleaseM,
	"get_value": semGetValue,
	"__enter__": semAcquireM,
	"__exit__":  semReleaseM,
})

func makeSemaphore(bounded bool) func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		value := 1
		if err := starlark.UnpackArgs(b.Name(), args, kwargs, "value?", &value); err != nil {
			return nil, err
		}
		if value < 0 {
			return nil, valueError("semaphore initial value must be >= 0")
		}
		r := &broker.Request{Op: broker.OpNew, Kind: broker.Semaphore, N: int64(value)}
		if bounded {
			r.Data = []byte("bounded")
		}
		res, err := callOK(th, r)
		if err != nil {
			return nil, err
		}
		return &Semaphore{base(th, res.N), bounded}, nil
	}
}

func (s *Semaphore) handle(*hooks) (string, uint64, error) {
	return "sem:" + strconv.FormatBool(s.bounded), uint64(s.id), nil
}

// Type returns "Semaphore" or "BoundedSemaphore".
func (s *Semaphore) Type() string {
	if s.bounded {
		return "BoundedSemaphore"
	}
	return "Semaphore"
}

// String is CPython's repr: <Semaphore(value=1)>, <BoundedSemaphore(value=1, maxvalue=2)>.
func (s *Semaphore) String() string {
	res := s.quick(&broker.Request{Op: broker.OpSemValue, ID: s.id})
	if s.bounded {
		return fmt.Sprintf("<BoundedSemaphore(value=%d, maxvalue=%s)>", res.N, res.Data)
	}
	return fmt.Sprintf("<Semaphore(value=%d)>", res.N)
}

// Attr returns a method.
func (s *Semaphore) Attr(name string) (starlark.Value, error) { return semMethods.Attr(s, name) }

// AttrNames lists the methods.
func (s *Semaphore) AttrNames() []string { return semMethods.Names() }

func semAcquireM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	r := &broker.Request{Op: broker.OpSemAcquire, ID: recv.(*Semaphore).id}
	return acquireWith(th, r, name, args, kwargs)
}

// acquireWith runs an acquire request with (block=True, timeout=None), or
// a blocking one for __enter__; True, or False on timeout.
func acquireWith(th *starlark.Thread, r *broker.Request, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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

func semReleaseM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if name == "release" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
	}
	if _, err := callOK(th, &broker.Request{Op: broker.OpSemRelease, ID: recv.(*Semaphore).id}); err != nil {
		return nil, err
	}
	return exitResult(name), nil
}

func semGetValue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpSemValue, ID: recv.(*Semaphore).id})
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt64(res.N), nil
}

// decodeSemaphore decodes the handle of a sem.
func decodeSemaphore(h *hooks, kind string, id uint64) (starlark.Value, error) {
	return &Semaphore{h.base(int64(id)), strings.HasSuffix(kind, ":true")}, nil
}
