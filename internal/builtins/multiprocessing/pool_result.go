package multiprocessing

import (
	"fmt"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines a Pool call in progress (poolJob) and its script
// object, AsyncResult (ApplyResult or MapResult): get, wait, ready,
// successful. Results stay encoded until someone asks for them.

// poolJob is one call of a Pool (apply_async, map_async...).
type poolJob struct {
	pool     *pool
	single   bool     // apply: the value is the first result
	chunks   [][]byte // encoded result lists, by chunk index
	order    []int    // chunk indexes in completion order
	ordered  bool     // false for imap_unordered
	failData []byte   // encoded (exception, traceback) of the first failure
	lost     error    // the call failed in the owner (worker lost, terminate)

	remaining int
	finished  bool          // set under pool.mu
	done      chan struct{} // closed when complete (after the callbacks)

	callback, errorCallback starlark.Value

	mu      sync.Mutex
	decoded bool
	value   starlark.Value
	err     error
}

func newJob(p *pool, chunks int, single bool) *poolJob {
	return &poolJob{pool: p, single: single, chunks: make([][]byte, chunks), remaining: chunks, ordered: true, done: make(chan struct{})}
}

// isDone reports whether the job is complete (pool.mu held).
func (j *poolJob) isDone() bool { return j.finished }

// outcome decodes the result of a complete job once: the value, or the
// error to raise.
func (j *poolJob) outcome(th *starlark.Thread) (starlark.Value, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.decoded {
		return j.value, j.err
	}
	j.decoded = true
	h := newHooks(th, "")
	if h.mainGlobals() == nil {
		h.globals = j.pool.globals
	}
	switch {
	case j.lost != nil:
		j.err = j.lost
	case j.failData != nil:
		j.err = decodeFailure(h, j.failData)
	default:
		order := j.order
		if j.ordered {
			order = make([]int, len(j.chunks))
			for i := range order {
				order[i] = i
			}
		}
		lists := make([]*starlark.List, 0, len(order))
		total := 0
		for _, i := range order {
			v, err := wire.Unmarshal(j.chunks[i], h)
			if err != nil {
				j.err = err
				return nil, err
			}
			if l, _ := v.(*starlark.List); l != nil {
				lists = append(lists, l)
				total += l.Len()
			}
		}
		all := make([]starlark.Value, 0, total)
		for _, l := range lists {
			for k := 0; k < l.Len(); k++ {
				all = append(all, l.Index(k))
			}
		}
		j.chunks = nil
		if j.single {
			if len(all) != 1 {
				j.err = core.NewError(core.RuntimeError, "malformed Pool result")
			} else {
				j.value = all[0]
			}
		} else {
			j.value = starlark.NewList(all)
		}
	}
	return j.value, j.err
}

// decodeFailure rebuilds a worker's exception: raised again here, with
// the worker's traceback shown as its cause (multiprocessing.pool.
// RemoteTraceback), as CPython does.
func decodeFailure(h *hooks, data []byte) error {
	v, err := wire.Unmarshal(data, h)
	if err != nil {
		return err
	}
	t, ok := v.(starlark.Tuple)
	if !ok || len(t) != 2 {
		return core.NewError(core.RuntimeError, "malformed Pool failure")
	}
	exc, _ := t[0].(*core.Instance)
	tb, _ := t[1].(starlark.String)
	if exc == nil || core.ExcStateOf(exc) == nil {
		return core.NewError(core.RuntimeError, "malformed Pool failure")
	}
	st := core.ExcStateOf(exc)
	st.RemoteTraceback = string(tb)
	st.Cause = core.NewException(RemoteTraceback, starlark.String("\n\"\"\"\n"+string(tb)+"\"\"\""))
	st.Context = starlark.None
	return &core.PyError{Value: exc}
}

// runCallbacks calls callback(value) or error_callback(exception) on the
// callback thread (holding the interpreter lock); an exception raised by
// a callback is printed, as an uncaught one in a thread.
func (j *poolJob) runCallbacks(th *starlark.Thread) {
	v, err := j.outcome(th)
	var cb starlark.Value
	var arg starlark.Value
	if err == nil {
		cb, arg = j.callback, v
	} else if pe, ok := core.AsPyError(th, err); ok && pe != nil {
		cb, arg = j.errorCallback, pe.Value
	}
	if cb == nil || cb == starlark.None {
		return
	}
	if _, err := starlark.Call(th, cb, starlark.Tuple{arg}, nil); err != nil {
		writeErr(j.pool.rt, "Exception in thread Thread-2 (_handle_results):\n"+core.FormatException(j.pool.rt, err))
	}
}

// AsyncResult is the script object of a Pool call.
type AsyncResult struct {
	job  *poolJob
	kind string // "ApplyResult" or "MapResult"
}

var asyncMethods = core.NewMethods(map[string]core.MethodFunc{
	"get":        asyncGet,
	"wait":       asyncWait,
	"ready":      asyncReady,
	"successful": asyncSuccessful,
})

// String is CPython's repr.
func (a *AsyncResult) String() string { return objRepr("multiprocessing.pool."+a.kind, a) }

// Type returns the class name.
func (a *AsyncResult) Type() string { return a.kind }

// Freeze does nothing.
func (a *AsyncResult) Freeze() {}

// Truth returns True.
func (a *AsyncResult) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (a *AsyncResult) Hash() (uint32, error) { return uint32(core.ID(a)), nil }

// Attr returns a method.
func (a *AsyncResult) Attr(name string) (starlark.Value, error) {
	return asyncMethods.Attr(a, name)
}

// AttrNames lists the methods.
func (a *AsyncResult) AttrNames() []string { return asyncMethods.Names() }

// wait waits for the job at most d (forever when d < 0); it reports
// whether the job is complete.
func (j *poolJob) wait(th *starlark.Thread, d time.Duration) (bool, error) {
	select {
	case <-j.done:
		return true, nil
	default:
	}
	if d == 0 {
		return false, nil
	}
	ready := false
	err := core.Block(th, false, func(intr <-chan struct{}) error {
		var timer <-chan time.Time
		if d > 0 {
			t := time.NewTimer(d)
			defer t.Stop()
			timer = t.C
		}
		select {
		case <-j.done:
			ready = true
		case <-timer:
		case <-intr:
			return core.ErrInterrupted
		}
		return nil
	})
	return ready, err
}

func asyncGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var timeout core.Timeout
	if err := starlark.UnpackArgs(name, args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	d := timeout.Duration()
	j := recv.(*AsyncResult).job
	ready, err := j.wait(th, d)
	if err != nil {
		return nil, err
	}
	if !ready {
		return nil, &core.PyError{Value: core.NewException(TimeoutError)}
	}
	return j.outcome(th)
}

func asyncWait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var timeout core.Timeout
	if err := starlark.UnpackArgs(name, args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	_, err := recv.(*AsyncResult).job.wait(th, timeout.Duration())
	return starlark.None, err
}

func asyncReady(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	select {
	case <-recv.(*AsyncResult).job.done:
		return starlark.True, nil
	default:
		return starlark.False, nil
	}
}

func asyncSuccessful(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	a := recv.(*AsyncResult)
	select {
	case <-a.job.done:
	default:
		return nil, valueError(fmt.Sprintf("%s not ready", a.String()))
	}
	_, err := a.job.outcome(th)
	return starlark.Bool(err == nil), nil
}
