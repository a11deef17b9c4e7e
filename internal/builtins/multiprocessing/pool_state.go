package multiprocessing

import (
	"fmt"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the owner's side of a Pool: the tasks not yet given
// to a worker, the workers (children started like Process objects, each
// known by the client id of its channel), the dispatch of tasks to the
// workers that ask for one (local op pool.next, served by the owner
// itself), and what happens when a worker ends.
//
// A worker asks for its next task with the result of the previous one in
// the same request, so a task costs one round trip, and a worker only
// ever holds the task it runs: when it dies, exactly that task's call
// fails (WorkerLostError), and a new worker replaces it.

// Pool states, as CPython's.
const (
	poolRun = iota
	poolClosing
	poolTerminate
)

var poolStateNames = [...]string{"RUN", "CLOSE", "TERMINATE"}

// poolTask is one chunk of a call.
type poolTask struct {
	job   *poolJob
	index int
	data  []byte // the encoded (mode, func, payload)
}

// poolWorker is one worker process.
type poolWorker struct {
	inst    *core.Instance
	proc    *procState
	client  int64
	current *poolTask // the task it runs, nil between tasks
}

// pool is the state of a Pool in its owner process.
type pool struct {
	id       int64
	rt       *core.Runtime
	st       *rtState
	globals  starlark.StringDict
	method   string // the start method of its workers
	size     int
	init     starlark.Value
	initargs starlark.Tuple
	maxtasks int

	cbTh   *starlark.Thread // runs callbacks under the interpreter lock
	initTh *starlark.Thread // encodes replacement workers under the lock

	mu      sync.Mutex
	state   int
	tasks   []*poolTask
	avail   signal // tasks added or state changed
	workers map[int64]*poolWorker
	named   int
	jobs    map[*poolJob]bool // calls not yet complete
	gone    chan struct{}     // closed once no worker is left after close/terminate
	cbs     []func()          // callbacks to run, in order
	cbSig   signal
	cbRun   bool
}

// pools are the Pools of one runtime, by id.
type pools struct {
	mu   sync.Mutex
	next int64
	m    map[int64]*pool
}

func (ps *pools) add(p *pool) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.m == nil {
		ps.m = map[int64]*pool{}
	}
	ps.next++
	p.id = ps.next
	ps.m[p.id] = p
}

func (ps *pools) byID(id int64) *pool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return ps.m[id]
}

func (ps *pools) all() []*pool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	list := make([]*pool, 0, len(ps.m))
	for _, p := range ps.m {
		list = append(list, p)
	}
	return list
}

// signal is a broadcast: waiters take ch and wait for it to be closed.
type signal struct{ ch chan struct{} }

func (s *signal) wait() <-chan struct{} {
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	return s.ch
}

func (s *signal) broadcast() {
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
}

// Result markers: the first byte of a task's encoded outcome.
const (
	outcomeOK    = 'o' // wire-encoded list of results
	outcomeError = 'e' // wire-encoded (exception, traceback text)
)

// NextTask serves a worker: it records the outcome of the worker's
// previous task (r.Data), then answers with its next task, waiting for
// one; "stop" when the pool is closing and no task is left. N = 1: the
// worker is leaving (maxtasksperchild), it wants no task.
func (st *rtState) NextTask(client int64, r *broker.Request, intr <-chan struct{}) *broker.Response {
	p := st.pools.byID(r.ID)
	if p == nil {
		return &broker.Response{Code: broker.Stop}
	}
	p.mu.Lock()
	w := p.workers[client]
	if w == nil {
		p.mu.Unlock()
		return &broker.Response{Code: broker.Stop}
	}
	if t := w.current; t != nil && len(r.Data) > 0 {
		w.current = nil
		p.finishLocked(t, r.Data)
	}
	if r.N == 1 {
		p.mu.Unlock()
		return &broker.Response{Code: broker.Stop}
	}
	for {
		if len(p.tasks) > 0 && p.state != poolTerminate {
			t := p.tasks[0]
			p.tasks[0] = nil
			p.tasks = p.tasks[1:]
			w.current = t
			p.mu.Unlock()
			return &broker.Response{Data: t.data}
		}
		if p.state != poolRun {
			p.mu.Unlock()
			return &broker.Response{Code: broker.Stop}
		}
		ch := p.avail.wait()
		p.mu.Unlock()
		select {
		case <-ch:
		case <-intr:
			return &broker.Response{Code: broker.Interrupted}
		}
		p.mu.Lock()
	}
}

// Undo takes back a task whose worker died before it could be told:
// it goes back to the front of the queue, for another worker.
func (st *rtState) Undo(client int64, r *broker.Request, res *broker.Response) {
	p := st.pools.byID(r.ID)
	if p == nil || res.Code != broker.OK {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	w := p.workers[client]
	if w == nil || w.current == nil || w.current.job.isDone() {
		return
	}
	t := w.current
	w.current = nil
	if p.state != poolTerminate {
		p.tasks = append([]*poolTask{t}, p.tasks...)
		p.avail.broadcast()
	}
}

// finishLocked records the outcome of task t (p.mu held).
func (p *pool) finishLocked(t *poolTask, outcome []byte) {
	j := t.job
	if j.isDone() {
		return
	}
	if outcome[0] == outcomeError {
		j.failData = outcome[1:]
		p.dropTasksLocked(j)
		p.completeLocked(j)
		return
	}
	j.chunks[t.index] = outcome[1:]
	j.order = append(j.order, t.index)
	j.remaining--
	if j.remaining == 0 {
		p.completeLocked(j)
	}
}

// dropTasksLocked forgets the queued tasks of a call that already failed.
func (p *pool) dropTasksLocked(j *poolJob) {
	kept := p.tasks[:0]
	for _, t := range p.tasks {
		if t.job != j {
			kept = append(kept, t)
		}
	}
	for i := len(kept); i < len(p.tasks); i++ {
		p.tasks[i] = nil
	}
	p.tasks = kept
}

// failLocked makes a call fail with err (p.mu held).
func (p *pool) failLocked(j *poolJob, err error) {
	if j.isDone() {
		return
	}
	j.lost = err
	p.dropTasksLocked(j)
	p.completeLocked(j)
}

// completeLocked ends a call: its callback (if any) runs on the callback
// thread, then waiters are released (p.mu held).
func (p *pool) completeLocked(j *poolJob) {
	j.finished = true
	delete(p.jobs, j)
	if j.callback == nil && j.errorCallback == nil {
		close(j.done)
		return
	}
	p.cbs = append(p.cbs, func() {
		j.runCallbacks(p.cbTh)
		close(j.done)
	})
	p.cbSig.broadcast()
	if !p.cbRun {
		p.cbRun = true
		go p.callbackLoop()
	}
}

// callbackLoop runs the callbacks in completion order, each under the
// interpreter lock, as CPython's result-handler thread does.
func (p *pool) callbackLoop() {
	for {
		p.mu.Lock()
		for len(p.cbs) == 0 {
			if p.state != poolRun && len(p.jobs) == 0 {
				p.cbRun = false
				p.mu.Unlock()
				return
			}
			ch := p.cbSig.wait()
			p.mu.Unlock()
			<-ch
			p.mu.Lock()
		}
		fn := p.cbs[0]
		p.cbs[0] = nil
		p.cbs = p.cbs[1:]
		p.mu.Unlock()
		leave := p.rt.Enter(p.cbTh)
		fn()
		leave()
	}
}

// submit queues the tasks of a call.
func (p *pool) submit(j *poolJob, tasks []*poolTask) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.state != poolRun {
		return valueError("Pool not running")
	}
	if len(tasks) == 0 {
		p.completeLocked(j)
		return nil
	}
	p.jobs[j] = true
	p.tasks = append(p.tasks, tasks...)
	p.avail.broadcast()
	return nil
}

// addTasks queues more tasks of a call already submitted; they are
// dropped if the call already failed.
func (p *pool) addTasks(j *poolJob, tasks []*poolTask) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if j.isDone() {
		return nil
	}
	if p.state != poolRun {
		return valueError("Pool not running")
	}
	p.tasks = append(p.tasks, tasks...)
	p.avail.broadcast()
	return nil
}

// abandon fails a call whose submission stopped half-way with err (a
// chunk that cannot be sent): its other tasks are dropped, and no
// callback runs, since the error is raised by the call itself.
func (p *pool) abandon(j *poolJob, err error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !j.isDone() {
		j.callback, j.errorCallback = nil, nil
	}
	p.failLocked(j, err)
}

// watch waits for a worker to end: the task it ran fails, and a new
// worker replaces it while the pool runs.
func (p *pool) watch(w *poolWorker) {
	<-w.proc.done
	code := 0
	if c := w.proc.exitCode(); c != nil {
		code = *c
	}
	p.mu.Lock()
	delete(p.workers, w.client)
	if t := w.current; t != nil {
		w.current = nil
		p.failLocked(t.job, workerLost(w, code))
	}
	replace := p.state == poolRun && p.rt.Context().Err() == nil
	if !replace && len(p.workers) == 0 {
		p.closeGoneLocked()
	}
	p.mu.Unlock()
	if replace {
		if err := p.spawn(nil); err != nil {
			writeErr(p.rt, "multiprocessing.pool: cannot replace a worker: "+err.Error()+"\n")
		}
	}
}

func (p *pool) closeGoneLocked() {
	select {
	case <-p.gone:
	default:
		close(p.gone)
	}
}

// workerLost is the error of a call whose worker died.
func workerLost(w *poolWorker, code int) error {
	w.proc.mu.Lock()
	name, pid := w.proc.name, w.proc.pid
	w.proc.mu.Unlock()
	how := fmt.Sprintf("exited with code %d", code)
	if code < 0 {
		sig := strings.TrimPrefix(signalNames[code], "-")
		if sig == "" {
			sig = fmt.Sprintf("signal %d", -code)
		}
		how = "was killed by " + sig
	}
	return core.NewError(WorkerLostError, fmt.Sprintf("pool worker %s (pid %d) %s while running a task of this call (exitcode %d)", name, pid, how, code))
}

// terminateLocked stops the pool: queued tasks are dropped, unfinished
// calls fail, workers get SIGTERM (p.mu held).
func (p *pool) terminateLocked() {
	p.state = poolTerminate
	p.tasks = nil
	for j := range p.jobs {
		p.failLocked(j, core.NewError(core.RuntimeError, "the Pool was terminated before this call completed"))
	}
	p.avail.broadcast()
	p.cbSig.broadcast()
	for _, w := range p.workers {
		w.proc.signal(sigterm)
	}
	if len(p.workers) == 0 {
		p.closeGoneLocked()
	}
}

// terminatePools terminates every pool of rt (end of the program).
func terminatePools(rt *core.Runtime) {
	for _, p := range stateOf(rt).pools.all() {
		p.mu.Lock()
		if p.state != poolTerminate {
			p.terminateLocked()
		}
		p.mu.Unlock()
	}
}
