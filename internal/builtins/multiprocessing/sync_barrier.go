package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Barrier, with threading.Barrier's behaviour and
// exception (threading.BrokenBarrierError) across processes. The action
// is sent to the store by name when the barrier is made and run by the
// last process to arrive.

// Barrier is multiprocessing.Barrier.
type Barrier struct {
	sharedBase
	parties int64
}

var barrierMethods = core.NewMethods(map[string]core.MethodFunc{
	"wait":  barrierWaitM,
	"abort": barrierCtl,
	"reset": barrierCtl,
}).WithProps(map[string]core.Getter{
	"parties": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.MakeInt64(recv.(*Barrier).parties), nil
	},
	"n_waiting": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.MakeInt64(recv.(*Barrier).state().N), nil
	},
	"broken": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.Bool(string(recv.(*Barrier).state().Data) == "1"), nil
	},
})

// state asks the store for the number of waiters and whether the barrier
// is broken (Data "1").
func (b *Barrier) state() *broker.Response {
	return b.quick(&broker.Request{Op: broker.OpBarrierState, ID: b.id})
}

func brokenBarrier() error {
	return &core.PyError{Value: core.NewException(threading.BrokenBarrierError)}
}

func newBarrier(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var parties int
	var action starlark.Value = starlark.None
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "parties", &parties, "action?", &action, "timeout?", &timeout); err != nil {
		return nil, err
	}
	r := &broker.Request{Op: broker.OpNew, Kind: broker.Barrier, N: int64(parties), Timeout: waitSeconds(timeout)}
	if action != starlark.None {
		var err error
		if r.Data, err = encode(th, action, "the action of a Barrier"); err != nil {
			return nil, err
		}
	}
	res, err := callOK(th, r)
	if err != nil {
		return nil, err
	}
	return &Barrier{base(th, res.N), int64(parties)}, nil
}

func (b *Barrier) handle(*hooks) (string, uint64, error) {
	return "barrier:" + itoa(b.parties), uint64(b.id), nil
}

// Type returns "Barrier".
func (b *Barrier) Type() string { return "Barrier" }

// String is CPython's repr of an object without __repr__.
func (b *Barrier) String() string { return objRepr("multiprocessing.synchronize.Barrier", b) }

// Attr returns a method, parties, n_waiting or broken.
func (b *Barrier) Attr(name string) (starlark.Value, error) { return barrierMethods.Attr(b, name) }

// AttrNames lists the methods and properties.
func (b *Barrier) AttrNames() []string { return barrierMethods.Names() }

func barrierWaitM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	br := recv.(*Barrier)
	var timeout core.Timeout
	if err := starlark.UnpackArgs(name, args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	r := &broker.Request{Op: broker.OpBarrierWait, ID: br.id, Block: true, Timeout: -1}
	if !timeout.IsSet() {
		r.N = 1 // the barrier's own timeout
	} else {
		r.Timeout = timeout.Duration().Seconds()
	}
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	switch res.Code {
	case broker.OK:
		return starlark.MakeInt64(res.N), nil
	case broker.RunAction:
		action, err := decode(th, res.Data)
		if err == nil {
			_, err = starlark.Call(th, action, nil, nil)
		}
		outcome := &broker.Request{Op: broker.OpBarrierAction, ID: br.id}
		if err != nil {
			outcome.N = 1
		}
		res2, err2 := call(th, outcome)
		if err != nil {
			return nil, err
		}
		if err2 != nil {
			return nil, err2
		}
		if res2.Code != broker.OK {
			return nil, failure(res2)
		}
		return starlark.MakeInt64(res.N), nil
	}
	return nil, failure(res)
}

func barrierCtl(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	if _, err := callOK(th, &broker.Request{Op: map[string]broker.Op{"abort": broker.OpBarrierAbort, "reset": broker.OpBarrierReset}[name], ID: recv.(*Barrier).id}); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// decodeBarrier decodes the handle of a barrier.
func decodeBarrier(h *hooks, kind string, id uint64) (starlark.Value, error) {
	var parties int64
	_, n, _ := cutKind(kind)
	parties = n
	return &Barrier{h.base(int64(id)), parties}, nil
}
