package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines what the proxies of a Manager's objects (dict, list,
// Namespace, Value) share: handles of store objects usable from any
// process, whose operands and results are encoded with the hooks of the
// proxy's runtime.

// hooks are the hooks of the proxy's values: the calling thread's
// module when known, else the main module of the proxy's runtime.
func (sb *sharedBase) hooks(th *starlark.Thread) *hooks {
	h := newHooks(th, "a value to a Manager's object")
	h.rt = sb.st.rt
	if th == nil || h.mainGlobals() == nil {
		h.globals = sb.st.mainGlobals()
	}
	return h
}

// mcall runs an operation of the manager's object with encoded operands.
// th may be nil (String, Len...): the request is then made directly.
func (sb *sharedBase) mcall(th *starlark.Thread, op broker.Op, n int64, vals ...starlark.Value) (*broker.Response, error) {
	h := sb.hooks(th)
	items := make([][]byte, len(vals))
	for i, v := range vals {
		p, err := wire.Marshal(v, h)
		if err != nil {
			return nil, err
		}
		items[i] = p
	}
	r := &broker.Request{Op: op, ID: sb.id, N: n, Data: broker.PackItems(items)}
	var res *broker.Response
	if th == nil {
		res = sb.quick(r)
	} else {
		var err error
		if res, err = call(th, r); err != nil {
			return nil, err
		}
	}
	switch res.Code {
	case broker.OK:
		return res, nil
	case broker.KeyError:
		k, err := wire.Unmarshal(res.Data, h)
		if err != nil {
			return nil, err
		}
		return nil, &core.PyError{Value: core.NewException(core.KeyError, k)}
	}
	return nil, failure(res)
}

// results decodes the values of an answer.
func (sb *sharedBase) results(th *starlark.Thread, res *broker.Response) ([]starlark.Value, error) {
	items, ok := broker.UnpackItems(res.Data)
	if !ok {
		return nil, core.NewError(core.RuntimeError, "malformed answer of the Manager")
	}
	h := sb.hooks(th)
	out := make([]starlark.Value, len(items))
	for i, it := range items {
		v, err := wire.Unmarshal(it, h)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}
