package multiprocessing

import (
	"fmt"
	"github.com/pyconc/pyconc/builtins/queue"
	"reflect"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines what the shared objects (Queue, Lock, Connection)
// have in common: calling the backend, decoding its results, methods.

// The exceptions of queues are the queue module's, so that
// `except queue.Empty` catches what a multiprocessing.Queue raises.
var (
	Empty = queue.Empty
	Full  = queue.Full
)

func init() {
	for _, c := range []*core.Class{Empty, Full} {
		goClasses[c.Module+"."+c.QualName] = c
	}
}

// call runs a request on the backend. Requests that may wait run in
// core.Block (not counted as deadlocked: another process may end the
// wait) and are abandoned when the thread is interrupted.
func call(th *starlark.Thread, r *request) (*response, error) {
	be := getBackend()
	if st, local := be.(*store); local && !mayWait(r) {
		return st.do(rootClient, r, nil), nil
	}
	var res *response
	err := core.Block(th, false, func(intr <-chan struct{}) error {
		res = be.do(rootClient, r, intr)
		if res.Code == resIntr {
			return core.ErrInterrupted
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

func mayWait(r *request) bool {
	if op, ok := extOps[r.Op]; ok {
		return op.mayWait != nil && op.mayWait(r)
	}
	switch r.Op {
	case opGet, opPut, opAcquire, opRecv:
		return r.Block
	case opPoll:
		return r.Timeout != 0
	}
	return false
}

// failure turns an error code into the Python exception.
func failure(res *response) error {
	switch {
	case res.Code == resEmpty:
		return &core.PyError{Value: core.NewException(Empty)}
	case res.Code == resFull:
		return &core.PyError{Value: core.NewException(Full)}
	case res.Code == resEOF:
		return &core.PyError{Value: core.NewException(core.EOFError)}
	case strings.HasPrefix(res.Code, resValue):
		return core.NewError(core.ValueError, strings.TrimPrefix(res.Code, resValue))
	case strings.HasPrefix(res.Code, resError):
		msg := strings.TrimPrefix(res.Code, resError)
		if strings.Contains(msg, "Broken pipe") {
			return core.NewError(core.BrokenPipeError, msg)
		}
		return core.NewError(core.OSError, msg)
	}
	return core.NewError(core.RuntimeError, "multiprocessing: unexpected result "+res.Code)
}

// encode serialises an object sent through a shared object.
func encode(th *starlark.Thread, v starlark.Value, where string) ([]byte, error) {
	return wire.Marshal(v, newHooks(th, where))
}

// decode deserialises an object received from a shared object.
func decode(th *starlark.Thread, data []byte) (starlark.Value, error) {
	return wire.Unmarshal(data, newHooks(th, ""))
}

// newObject asks the backend for a new shared object.
func newObject(th *starlark.Thread, kind string, n int64) (int64, error) {
	res, err := call(th, &request{Op: opNew, Kind: kind, N: n})
	if err != nil {
		return 0, err
	}
	if res.Code != "" {
		return 0, failure(res)
	}
	return res.N, nil
}

// methodFunc is a method of a shared object's Go type.
type methodFunc func(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// methodAttr binds a method of table to recv.
func methodAttr(table map[string]methodFunc, recv starlark.Value, name string) (starlark.Value, error) {
	m := table[name]
	if m == nil {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(th, b.Receiver(), name, args, kwargs)
	}).BindReceiver(recv), nil
}

func methodNames(table map[string]methodFunc) []string {
	names := make([]string, 0, len(table))
	for k := range table {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// timeoutArgs decodes (block=True, timeout=None) into a request.
func timeoutArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple, blockName string, r *request, extra ...any) error {
	block := starlark.Value(starlark.True)
	timeout := starlark.Value(starlark.None)
	pairs := append(extra, blockName+"?", &block, "timeout?", &timeout)
	if err := starlark.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return err
	}
	r.Block = bool(block.Truth())
	d, err := seconds(timeout)
	if err != nil {
		return err
	}
	r.Timeout = -1
	if d >= 0 {
		r.Timeout = d.Seconds()
	}
	return nil
}

// objRepr is CPython's default repr, "<kind object at 0x...>", with v's
// address (v is a pointer; its String method must not be used here).
func objRepr(kind string, v any) string {
	return fmt.Sprintf("<%s object at %#x>", kind, reflect.ValueOf(v).Pointer())
}
