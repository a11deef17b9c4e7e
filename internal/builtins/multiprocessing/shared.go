package multiprocessing

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/queue"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines what the shared objects have in common: their base
// (the object's id and its runtime's state), requests to the broker and
// their errors, the encoding of the values they carry.

// The exceptions of queues are the queue module's, so that
// `except queue.Empty` catches what a multiprocessing.Queue raises.
var (
	Empty = queue.Empty
	Full  = queue.Full
)

// sharedBase is what every handle-type shared object has: its store id
// and its runtime's state (whose broker holds it).
type sharedBase struct {
	id int64
	st *rtState
}

// base returns the sharedBase of object id of th's runtime.
func base(th *starlark.Thread, id int64) sharedBase {
	return sharedBase{id, stateOf(core.RuntimeOf(th))}
}

// Freeze does nothing: the object is shared and mutable by design.
func (b *sharedBase) Freeze() {}

// Truth returns True.
func (b *sharedBase) Truth() starlark.Bool { return starlark.True }

// Hash returns the id.
func (b *sharedBase) Hash() (uint32, error) { return uint32(b.id), nil }

// quick runs a request that never waits, from code that has no thread
// (String): a direct call in the root, a round trip in a child.
func (b *sharedBase) quick(r *broker.Request) *broker.Response { return b.st.b.Do(r, nil) }

// exitResult is what release-like methods return: False for __exit__
// (the exception, if any, propagates), None otherwise.
func exitResult(name string) starlark.Value {
	if name == "__exit__" {
		return starlark.False
	}
	return starlark.None
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

// unpackWait decodes the arguments of a call that may wait into r:
// pairs (the call's other parameters, as for starlark.UnpackArgs), then
// blockName=True unless blockName is "", then timeout=None.
func unpackWait(name string, args starlark.Tuple, kwargs []starlark.Tuple, blockName string, r *broker.Request, pairs ...any) error {
	block := starlark.Value(starlark.True)
	var timeout core.Timeout
	if blockName != "" {
		pairs = append(pairs, blockName+"?", &block)
	}
	pairs = append(pairs, "timeout?", &timeout)
	if err := starlark.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return err
	}
	r.Block, r.Timeout = bool(block.Truth()), waitSeconds(timeout)
	return nil
}

// waitSeconds is a request's Timeout for t: -1 for none.
func waitSeconds(t core.Timeout) float64 {
	if d := t.Duration(); d != core.Forever {
		return d.Seconds()
	}
	return -1
}

// objRepr is CPython's default repr, "<kind object at 0x...>", with v's
// address (v is a pointer; its String method must not be used here).
func objRepr(kind string, v any) string {
	return fmt.Sprintf("<%s object at %#x>", kind, reflect.ValueOf(v).Pointer())
}

// callMethod calls method name of table m with recv as receiver (a method
// of one object run on another, e.g. a JoinableQueue's on its queue).
func callMethod(th *starlark.Thread, m *core.Methods, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return m.Method(name).BindReceiver(recv).CallInternal(th, args, kwargs)
}

func valueError(msg string) error { return core.NewError(core.ValueError, msg) }

// cutKind splits a handle kind "prefix:N..." into the prefix and N.
func cutKind(kind string) (string, int64, bool) {
	prefix, rest, ok := strings.Cut(kind, ":")
	if !ok {
		return prefix, 0, false
	}
	rest, _, _ = strings.Cut(rest, ":")
	n, err := strconv.ParseInt(rest, 10, 64)
	return prefix, n, err == nil
}
