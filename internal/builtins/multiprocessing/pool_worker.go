package multiprocessing

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the Pool's worker processes: the PoolWorker class (a
// Process whose run method asks its owner for tasks and runs them), how
// the owner starts one, and how a worker runs a task.

const sigterm = syscall.SIGTERM

// Task modes: how a task's payload is applied to its function.
const (
	modeApply   = 0 // payload (args, kwargs): one result
	modeMap     = 1 // payload [x...]: func(x) each
	modeStarmap = 2 // payload [(a, b)...]: func(a, b) each
)

// spawn starts one worker. th, when not nil, holds the interpreter lock;
// otherwise the lock is taken to encode the worker.
func (p *pool) spawn(th *starlark.Thread) error {
	return p.spawnN(th, 1)
}

// spawnN starts n workers. They are encoded one after the other under the
// interpreter lock (th's, or taken on initTh when th is nil), then
// started at the same time: each child's start-up (exec, Go runtime,
// handshake) overlaps the others'. On failure, the workers that started
// stay in the pool (the caller terminates it if it must).
func (p *pool) spawnN(th *starlark.Thread, n int) error {
	if th == nil {
		leave := p.rt.Enter(p.initTh)
		defer leave()
	}
	ws := make([]*poolWorker, 0, n)
	boots := make([][]byte, 0, n)
	for i := 0; i < n; i++ {
		w, boot, err := p.prepareWorker(th, i)
		if err != nil {
			if len(ws) == 0 {
				return err
			}
			return p.launchWorkers(th, ws, boots, err) // start those already made
		}
		ws, boots = append(ws, w), append(boots, boot)
	}
	return p.launchWorkers(th, ws, boots, nil)
}

// prepareWorker makes the PoolWorker object of a new worker and its
// encoded start-up message; pending is the number of workers made but
// not started yet (counted against the process limit).
func (p *pool) prepareWorker(th *starlark.Thread, pending int) (*poolWorker, []byte, error) {
	if err := p.rt.CheckProcessStart(len(p.st.liveChildren()) + pending); err != nil {
		return nil, nil, err
	}
	p.st.mu.Lock()
	spec := p.st.spec
	p.st.mu.Unlock()
	if spec == nil {
		return nil, nil, core.NewError(core.RuntimeError, "multiprocessing: cannot start a process: the interpreter did not record the main script (multiprocessing.SetMainSpec)")
	}
	p.mu.Lock()
	p.named++
	n := p.named
	p.mu.Unlock()
	proc := newProcState(nil)
	proc.name = poolWorkerName(p.method, n)
	proc.daemon = true
	proc.identity = []int{n}
	inst := core.NewInstance(p.rt, PoolWorkerClass)
	inst.Native = proc
	inst.SetOwn("_pool", starlark.MakeInt64(p.id))
	inst.SetOwn("_initializer", p.init)
	inst.SetOwn("_initargs", p.initargs)
	inst.SetOwn("_maxtasks", starlark.MakeInt(p.maxtasks))

	client := p.st.b.NewClient()
	h := &hooks{th: th, rt: p.rt, globals: p.globals, where: "a Pool's initializer and initargs to its worker", forClient: client, refOnDecode: true}
	payload, err := wire.Marshal(inst, h)
	if err != nil {
		return nil, nil, err
	}
	var snap starlark.Value = starlark.None
	if p.method == methodFork {
		snap = encodeSnapshot(h, p.globals)
	}
	boot, err := wire.Marshal(encodeBoot(spec, payload, p.st, p.st.logPrep(th), p.method, snap), nil)
	if err != nil {
		return nil, nil, err
	}
	return &poolWorker{inst: inst, proc: proc, client: client}, boot, nil
}

// launchWorkers starts the prepared workers ws (boots[i] is ws[i]'s
// start-up message) concurrently; with th (holding the interpreter lock)
// the wait runs in core.Block. It returns prior if not nil, else the
// first error of a start.
func (p *pool) launchWorkers(th *starlark.Thread, ws []*poolWorker, boots [][]byte, prior error) error {
	p.mu.Lock()
	for _, w := range ws {
		p.workers[w.client] = w
	}
	p.mu.Unlock()
	errs := make([]error, len(ws))
	launch := func() error {
		var wg sync.WaitGroup
		for i, w := range ws {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = w.proc.launch(p.rt, p.st, w.client, boots[i])
			}()
		}
		wg.Wait()
		return nil
	}
	if th != nil {
		_ = core.Block(th, false, func(<-chan struct{}) error { return launch() })
	} else {
		_ = launch()
	}
	err := prior
	for i, w := range ws {
		if errs[i] != nil {
			p.mu.Lock()
			delete(p.workers, w.client)
			p.mu.Unlock()
			if err == nil {
				err = errs[i]
			}
			continue
		}
		p.st.addChild(w.inst)
		go p.watch(w)
	}
	return err
}

// poolWorkerRun is PoolWorker.run, in the worker: run the initializer,
// then ask the owner for tasks until told to stop or maxtasksperchild
// tasks are done.
func poolWorkerRun(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	inst, ok := self.(*core.Instance)
	if !ok {
		return nil, core.NewError(core.TypeError, "PoolWorker.run needs a PoolWorker")
	}
	get := func(name string) starlark.Value {
		v, _ := inst.GetOwn(name)
		if v == nil {
			return starlark.None
		}
		return v
	}
	// The pool's parallelism is its processes: one OS thread of Go code
	// per worker keeps the garbage collector of one worker off the core
	// of another (two workers on two cores then run at full speed).
	runtime.GOMAXPROCS(1)
	var poolID, maxtasks int64
	asInt(get("_pool"), &poolID)
	asInt(get("_maxtasks"), &maxtasks)
	if init := get("_initializer"); init != starlark.None {
		initargs, _ := get("_initargs").(starlark.Tuple)
		if _, err := starlark.Call(th, init, initargs, nil); err != nil {
			return nil, err
		}
	}
	var outcome []byte
	for done := int64(0); ; done++ {
		r := &broker.Request{Op: broker.OpNextTask, ID: poolID, Data: outcome, Block: true, Timeout: -1}
		leaving := maxtasks > 0 && done >= maxtasks
		if leaving {
			r.N = 1
		}
		res, err := call(th, r)
		if err != nil {
			return nil, err
		}
		if leaving || res.Code != broker.OK {
			return starlark.None, nil
		}
		outcome = runTask(th, res.Data)
	}
}

// workerHooks are the hooks of a worker's tasks and results.
func workerHooks(th *starlark.Thread, where string) *hooks {
	h := newHooks(th, where)
	h.globals = stateOf(core.RuntimeOf(th)).mainGlobals()
	return h
}

// runTask runs one task and returns its encoded outcome.
func runTask(th *starlark.Thread, data []byte) []byte {
	v, err := wire.Unmarshal(data, workerHooks(th, ""))
	var results []starlark.Value
	if err == nil {
		results, err = applyTask(th, v)
	}
	if err != nil {
		return encodeFailure(th, err)
	}
	enc, err := wire.Marshal(starlark.NewList(results), workerHooks(th, ""))
	if err != nil {
		msg := fmt.Sprintf("Error sending result: '%s'. Reason: '%s'", reprList(results), errText(err))
		return encodeFailure(th, core.NewError(MaybeEncodingError, msg))
	}
	return append([]byte{outcomeOK}, enc...)
}

func reprList(vs []starlark.Value) string {
	if len(vs) == 1 {
		return core.ReprNoThread(vs[0])
	}
	return core.ReprNoThread(starlark.NewList(vs))
}

func errText(err error) string {
	var pe *core.PyError
	if errors.As(err, &pe) {
		return fmt.Sprintf("%s(%s)", pe.Value.Class.Name(), core.ReprNoThread(starlark.String(core.ExcMessage(pe.Value))))
	}
	return err.Error()
}

// applyTask calls the task's function on its payload.
func applyTask(th *starlark.Thread, v starlark.Value) ([]starlark.Value, error) {
	t, ok := v.(starlark.Tuple)
	if !ok || len(t) != 3 {
		return nil, core.NewError(core.RuntimeError, "malformed Pool task")
	}
	var mode int64
	asInt(t[0], &mode)
	fn := t[1]
	switch mode {
	case modeApply:
		pl, _ := t[2].(starlark.Tuple)
		if len(pl) != 2 {
			return nil, core.NewError(core.RuntimeError, "malformed Pool task")
		}
		args, _ := pl[0].(starlark.Tuple)
		var kw []starlark.Tuple
		if d, ok := pl[1].(*starlark.Dict); ok {
			for _, item := range d.Items() {
				kw = append(kw, starlark.Tuple{item[0], item[1]})
			}
		}
		r, err := starlark.Call(th, fn, args, kw)
		if err != nil {
			return nil, err
		}
		return []starlark.Value{r}, nil
	default:
		items, _ := t[2].(*starlark.List)
		if items == nil {
			return nil, core.NewError(core.RuntimeError, "malformed Pool task")
		}
		out := make([]starlark.Value, items.Len())
		for i := range out {
			x := items.Index(i)
			var r starlark.Value
			var err error
			if mode == modeStarmap {
				var args starlark.Tuple
				if args, err = toTuple(x); err == nil {
					r, err = starlark.Call(th, fn, args, nil)
				}
			} else {
				r, err = starlark.Call(th, fn, starlark.Tuple{x}, nil)
			}
			if err != nil {
				return nil, err
			}
			out[i] = r
		}
		return out, nil
	}
}

// encodeFailure encodes a task's exception with the worker's traceback.
func encodeFailure(th *starlark.Thread, err error) []byte {
	tb := core.FormatException(core.RuntimeOf(th), err)
	pe, ok := core.AsPyError(th, err)
	var exc starlark.Value = starlark.None
	if ok && pe != nil {
		exc = pe.Value
	}
	enc, merr := wire.Marshal(starlark.Tuple{exc, starlark.String(tb)}, workerHooks(th, ""))
	if merr != nil {
		// The exception itself cannot cross: send its text instead.
		enc, _ = wire.Marshal(starlark.Tuple{core.NewException(core.RuntimeError, starlark.String(errText(err))), starlark.String(tb)}, nil)
	}
	return append([]byte{outcomeError}, enc...)
}
