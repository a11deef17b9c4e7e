package multiprocessing

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/builtins/queue"

	"github.com/pyconc/pyconc/internal/broker"
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

// call runs a request with the broker of th's runtime. Requests that may
// wait run in core.Block (not counted as deadlocked: another process may
// end the wait) and are abandoned when the thread is interrupted.
func call(th *starlark.Thread, r *broker.Request) (*broker.Response, error) {
	b := brokerOf(th)
	if !b.IsChild() && !broker.MayWait(r) {
		return b.Do(r, nil), nil
	}
	var res *broker.Response
	err := core.Block(th, false, func(intr <-chan struct{}) error {
		res = b.Do(r, intr)
		if res.Code == broker.Interrupted {
			return core.ErrInterrupted
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// callOK runs a request that must succeed and returns its response.
func callOK(th *starlark.Thread, r *broker.Request) (*broker.Response, error) {
	res, err := call(th, r)
	if err != nil {
		return nil, err
	}
	if res.Code != broker.OK {
		return nil, failure(res)
	}
	return res, nil
}

// post sends a one-way request (an unbounded put from a child): executed
// in order with the sender's other requests, never answered.
func post(th *starlark.Thread, r *broker.Request) { brokerOf(th).Post(r) }

// failure turns an error response into the Python exception.
func failure(res *broker.Response) error {
	switch res.Code {
	case broker.Empty:
		return &core.PyError{Value: core.NewException(Empty)}
	case broker.Full:
		return &core.PyError{Value: core.NewException(Full)}
	case broker.EOF:
		return &core.PyError{Value: core.NewException(core.EOFError)}
	case broker.ValueError:
		return core.NewError(core.ValueError, res.Msg)
	case broker.TypeError:
		return core.NewError(core.TypeError, res.Msg)
	case broker.IndexError:
		return core.NewError(core.IndexError, res.Msg)
	case broker.AssertFailed:
		return core.NewError(core.AssertionError, res.Msg)
	case broker.BrokenPipe:
		return core.NewError(core.BrokenPipeError, res.Msg)
	case broker.BrokenBarrier:
		return brokenBarrier()
	case broker.Failed:
		return core.NewError(core.OSError, res.Msg)
	}
	return core.NewError(core.RuntimeError, fmt.Sprintf("multiprocessing: unexpected result %d", res.Code))
}

// ownerOf identifies the calling thread across processes (pid:thread),
// for recursive locks and conditions.
func ownerOf(th *starlark.Thread) string {
	var ident int64
	if ts := core.StateOf(th); ts != nil {
		ident = ts.Ident
	}
	return itoa(int64(pid())) + ":" + itoa(ident)
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// encode serialises an object sent through a shared object.
func encode(th *starlark.Thread, v starlark.Value, where string) ([]byte, error) {
	return wire.Marshal(v, newHooks(th, where))
}

// decode deserialises an object received from a shared object.
func decode(th *starlark.Thread, data []byte) (starlark.Value, error) {
	return wire.Unmarshal(data, newHooks(th, ""))
}

// newObject asks the backend for a new shared object.
func newObject(th *starlark.Thread, kind broker.Kind, n int64) (int64, error) {
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: kind, N: n})
	if err != nil {
		return 0, err
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
func timeoutArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple, blockName string, r *broker.Request, extra ...any) error {
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
