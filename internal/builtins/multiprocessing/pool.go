package multiprocessing

import (
	"fmt"
	"runtime"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines multiprocessing.Pool, the script object: its
// constructor and methods. imap and imap_unordered return lists (Starlark
// has no generators): imap's in order, imap_unordered's in completion
// order of the chunks; both wait for the whole call.

// Pool is multiprocessing.Pool.
type Pool struct{ p *pool }

var poolMethods = core.NewMethods(map[string]core.MethodFunc{
	"apply":          poolApply,
	"apply_async":    poolApply,
	"map":            poolMap,
	"map_async":      poolMap,
	"starmap":        poolMap,
	"starmap_async":  poolMap,
	"imap":           poolMap,
	"imap_unordered": poolMap,
	"close":          poolClose,
	"terminate":      poolTerminateM,
	"join":           poolJoin,
	"__enter__":      poolEnter,
	"__exit__":       poolTerminateM,
})

func newPool(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var processes, init, maxtasks starlark.Value = starlark.None, starlark.None, starlark.None
	var initargs starlark.Value = starlark.Tuple{}
	var ctx starlark.Value = starlark.None
	if err := starlark.UnpackArgs("Pool", args, kwargs, "processes?", &processes, "initializer?", &init,
		"initargs?", &initargs, "maxtasksperchild?", &maxtasks, "context?", &ctx); err != nil {
		return nil, err
	}
	size := runtime.NumCPU()
	if processes != starlark.None {
		n, err := starlark.AsInt32(processes)
		if err != nil {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(processes)))
		}
		if n < 1 {
			return nil, valueError("Number of processes must be at least 1")
		}
		size = n
	}
	mt := 0
	if maxtasks != starlark.None {
		n, err := starlark.AsInt32(maxtasks)
		if err != nil || n < 1 {
			return nil, valueError("maxtasksperchild must be a positive int or None")
		}
		mt = n
	}
	if init != starlark.None {
		if _, ok := init.(starlark.Callable); !ok {
			return nil, core.NewError(core.TypeError, "initializer must be a callable")
		}
	}
	ia, err := toTuple(initargs)
	if err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(th)
	st := stateOf(rt)
	if st.bootstrapping() {
		return nil, core.NewError(core.RuntimeError, bootstrapMessage)
	}
	p := &pool{
		rt: rt, st: st, globals: st.currentGlobals(th), size: size, method: st.startMethod(),
		init: init, initargs: ia, maxtasks: mt,
		cbTh: rt.NewThread("Thread-2 (_handle_results)").Thread, initTh: rt.NewThread("Thread-1 (_handle_workers)").Thread,
		workers: map[int64]*poolWorker{}, jobs: map[*poolJob]bool{}, gone: make(chan struct{}),
	}
	p.st.pools.add(p)
	if err := p.spawnN(th, size); err != nil {
		p.mu.Lock()
		p.terminateLocked()
		p.mu.Unlock()
		return nil, err
	}
	return &Pool{p}, nil
}

// String is CPython's repr: <multiprocessing.pool.Pool state=RUN pool_size=2>.
func (x *Pool) String() string {
	x.p.mu.Lock()
	defer x.p.mu.Unlock()
	return fmt.Sprintf("<multiprocessing.pool.Pool state=%s pool_size=%d>", poolStateNames[x.p.state], x.p.size)
}

// Type returns "Pool".
func (x *Pool) Type() string { return "Pool" }

// Freeze does nothing.
func (x *Pool) Freeze() {}

// Truth returns True.
func (x *Pool) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (x *Pool) Hash() (uint32, error) { return uint32(x.p.id), nil }

// Attr returns a method.
func (x *Pool) Attr(name string) (starlark.Value, error) { return poolMethods.Attr(x, name) }

// AttrNames lists the methods.
func (x *Pool) AttrNames() []string { return poolMethods.Names() }

func (p *pool) checkRunning() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state != poolRun {
		return valueError("Pool not running")
	}
	return nil
}

// encodeTask encodes one task of a call.
func encodeTask(th *starlark.Thread, mode int, fn, payload starlark.Value) ([]byte, error) {
	return wire.Marshal(starlark.Tuple{starlark.MakeInt(mode), fn, payload}, newHooks(th, "a task to a Pool worker"))
}

func poolApply(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	p := recv.(*Pool).p
	var fn starlark.Value
	var fargs starlark.Value = starlark.Tuple{}
	var kwds starlark.Value = starlark.NewDict(0)
	var cb, ecb starlark.Value = starlark.None, starlark.None
	pairs := []any{"func", &fn, "args?", &fargs, "kwds?", &kwds}
	if name == "apply_async" {
		pairs = append(pairs, "callback?", &cb, "error_callback?", &ecb)
	}
	if err := starlark.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	if err := p.checkRunning(); err != nil {
		return nil, err
	}
	at, err := toTuple(fargs)
	if err != nil {
		return nil, err
	}
	if _, ok := kwds.(*starlark.Dict); !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("argument after ** must be a mapping, not %s", core.TypeName(kwds)))
	}
	j := newJob(p, 1, true)
	j.callback, j.errorCallback = cb, ecb
	data, err := encodeTask(th, modeApply, fn, starlark.Tuple{at, kwds})
	if err != nil {
		if name == "apply" {
			return nil, err
		}
		j.lost = err
		if err := p.submit(j, nil); err != nil {
			return nil, err
		}
		return &AsyncResult{j, "ApplyResult"}, nil
	}
	if err := p.submit(j, []*poolTask{{job: j, data: data}}); err != nil {
		return nil, err
	}
	res := &AsyncResult{j, "ApplyResult"}
	if name == "apply" {
		return callMethod(th, asyncMethods, res, "get", nil, nil)
	}
	return res, nil
}

func poolMap(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	p := recv.(*Pool).p
	var fn, iterable starlark.Value
	var chunksize starlark.Value = starlark.None
	var cb, ecb starlark.Value = starlark.None, starlark.None
	pairs := []any{"func", &fn, "iterable", &iterable, "chunksize?", &chunksize}
	async := name == "map_async" || name == "starmap_async"
	if async {
		pairs = append(pairs, "callback?", &cb, "error_callback?", &ecb)
	}
	if err := starlark.UnpackArgs(name, args, kwargs, pairs...); err != nil {
		return nil, err
	}
	if err := p.checkRunning(); err != nil {
		return nil, err
	}
	items, err := mapItems(iterable)
	if err != nil {
		return nil, err
	}
	size := 1
	if name != "imap" && name != "imap_unordered" {
		size, _ = divmodChunks(items.Len(), p.size)
	}
	if chunksize != starlark.None {
		n, err := starlark.AsInt32(chunksize)
		if err != nil {
			return nil, core.NewError(core.TypeError, "chunksize must be an integer")
		}
		if n < 1 {
			return nil, valueError(fmt.Sprintf("Chunksize must be 1+, not %d", n))
		}
		size = n
	}
	mode := modeMap
	if name == "starmap" || name == "starmap_async" {
		mode = modeStarmap
	}
	n := items.Len()
	nchunks := 0
	if n > 0 {
		nchunks = (n + size - 1) / size
	}
	j := newJob(p, nchunks, false)
	j.callback, j.errorCallback = cb, ecb
	j.ordered = name != "imap_unordered"
	// Each chunk is queued as soon as it is encoded, so that the workers
	// start on the first while the others are being encoded.
	for i := 0; i < max(nchunks, 1); i++ {
		var tasks []*poolTask
		if nchunks > 0 {
			lo, hi := i*size, min((i+1)*size, n)
			chunk := make([]starlark.Value, hi-lo)
			for k := range chunk {
				chunk[k] = items.Index(lo + k)
			}
			data, err := encodeTask(th, mode, fn, starlark.NewList(chunk))
			if err != nil {
				if i > 0 {
					p.abandon(j, err)
				}
				return nil, err
			}
			tasks = []*poolTask{{job: j, index: i, data: data}}
		}
		if i == 0 {
			err = p.submit(j, tasks)
		} else {
			err = p.addTasks(j, tasks)
		}
		if err != nil {
			return nil, err
		}
	}
	res := &AsyncResult{j, "MapResult"}
	if async {
		return res, nil
	}
	return callMethod(th, asyncMethods, res, "get", nil, nil)
}

// mapItems returns the items of a map call's iterable: the value itself
// when it is an iterable sequence (list, tuple, range: no copy), else its
// items collected in a tuple.
func mapItems(v starlark.Value) (starlark.Indexable, error) {
	if _, iterable := v.(starlark.Iterable); iterable {
		if ix, ok := v.(starlark.Indexable); ok {
			return ix, nil
		}
	}
	return toTuple(v)
}

// divmodChunks is CPython's default chunksize: len / (4 * processes),
// rounded up (0 for an empty iterable).
func divmodChunks(n, procs int) (int, bool) {
	if n == 0 {
		return 1, false
	}
	size, extra := n/(procs*4), n%(procs*4)
	if extra != 0 {
		size++
	}
	return size, true
}

func poolEnter(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv := b.Receiver()
	if err := recv.(*Pool).p.checkRunning(); err != nil {
		return nil, err
	}
	return recv, nil
}

func poolClose(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	p := recv.(*Pool).p
	p.mu.Lock()
	if p.state == poolRun {
		p.state = poolClosing
		p.avail.broadcast()
		p.cbSig.broadcast()
		if len(p.workers) == 0 {
			p.closeGoneLocked()
		}
	}
	p.mu.Unlock()
	return starlark.None, nil
}

// poolTerminateM is terminate() and __exit__ (which terminates, as CPython's).
func poolTerminateM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if name == "terminate" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
	}
	p := recv.(*Pool).p
	p.mu.Lock()
	if p.state != poolTerminate {
		p.terminateLocked()
	}
	p.mu.Unlock()
	if err := p.waitGone(th); err != nil {
		return nil, err
	}
	return exitResult(name), nil
}

// waitGone waits until every worker has ended.
func (p *pool) waitGone(th *starlark.Thread) error {
	return core.Block(th, false, func(intr <-chan struct{}) error {
		select {
		case <-p.gone:
			return nil
		case <-intr:
			return core.ErrInterrupted
		}
	})
}

func poolJoin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	p := recv.(*Pool).p
	p.mu.Lock()
	state := p.state
	p.mu.Unlock()
	if state == poolRun {
		return nil, valueError("Pool is still running")
	}
	if err := p.waitGone(th); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
