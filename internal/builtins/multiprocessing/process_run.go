package multiprocessing

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"syscall"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines Process.start, run, join, is_alive, terminate, kill,
// close and sentinel: the life of a child process seen from its parent.

// bootstrapMessage is CPython's error for a Process started while a child
// loads its main module (spawn's "Safe importing of main module").
const bootstrapMessage = `
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        `

func processStart(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("start", args, kwargs, 0); err != nil {
		return nil, err
	}
	p, err := selfProc(self, "start")
	if err != nil {
		return nil, err
	}
	if err := p.checkClosed(); err != nil {
		return nil, err
	}
	p.mu.Lock()
	started, parent, current := p.started, p.parent, p.current
	p.mu.Unlock()
	switch {
	case started || current || p.parentProxy:
		return nil, core.NewError(core.AssertionError, "cannot start a process twice")
	case parent != os.Getpid():
		return nil, core.NewError(core.AssertionError, "can only start a process object created by current process")
	}
	rt := core.RuntimeOf(th)
	st := stateOf(rt)
	if st.bootstrapping() {
		return nil, core.NewError(core.RuntimeError, bootstrapMessage)
	}
	if cur := procOf(st.current); cur != nil && cur.daemon {
		return nil, core.NewError(core.AssertionError, "daemonic processes are not allowed to have children")
	}
	st.mu.Lock()
	spec := st.spec
	st.mu.Unlock()
	if spec == nil {
		return nil, core.NewError(core.RuntimeError, "multiprocessing: cannot start a process: the interpreter did not record the main script (multiprocessing.SetMainSpec)")
	}
	// Live children only (those that ended are forgotten, as CPython's _cleanup).
	if err := rt.CheckProcessStart(len(st.liveChildren())); err != nil {
		return nil, err
	}

	client := st.b.NewClient()
	h := newHooks(th, fmt.Sprintf("the Process object %s to the child process", core.ReprNoThread(starlark.String(p.name))))
	h.forClient = client
	payload, err := wire.Marshal(self, h)
	if err != nil {
		return nil, err
	}
	method := st.methodOf(self.(*core.Instance))
	var snap starlark.Value = starlark.None
	if method == methodFork {
		snap = encodeSnapshot(h, spec.mainGlobals(h))
	}
	boot, err := wire.Marshal(encodeBoot(spec, payload, st, st.logPrep(th), method, snap), nil)
	if err != nil {
		return nil, err
	}

	err = core.Block(th, false, func(intr <-chan struct{}) error {
		return p.launch(rt, st, client, boot)
	})
	if err != nil {
		var pe *core.PyError
		if errors.As(err, &pe) {
			return nil, err
		}
		return nil, core.MapError(fmt.Errorf("cannot start the child process: %w", err))
	}
	st.addChild(self.(*core.Instance))
	return starlark.None, nil
}

// launch starts the child of p, a Process of rt, and sends it boot (its
// start-up message); client is the id its channel serves. Children are
// put in their own process group: Ctrl-C on the terminal reaches only
// the parent, which terminates them (TerminateAll), so that only the
// parent reports the KeyboardInterrupt.
func (p *procState) launch(rt *core.Runtime, st *rtState, client int64, boot []byte) error {
	defer st.spares.refill(rt, st.authkey)
	cmd, c, err := startChild(rt, st, boot)
	if err != nil {
		return err
	}
	srv := st.b.Serve(c, client, st)
	p.mu.Lock()
	p.started, p.pid, p.cmd, p.srv, p.done = true, cmd.Process.Pid, cmd, srv, make(chan struct{})
	p.mu.Unlock()
	go p.reap()
	return nil
}

// startChild returns a child that has received boot: the spare child if
// there is one that takes it (a spare that died meanwhile is replaced), or
// a new one.
func startChild(rt *core.Runtime, st *rtState, boot []byte) (*exec.Cmd, net.Conn, error) {
	if sp := st.spares.take(); sp != nil {
		if err := broker.WriteFrame(sp.conn, boot); err == nil {
			return sp.cmd, sp.conn, nil
		}
		sp.discard()
	}
	cmd := newChildCmd(rt)
	c, err := reexec.Start(cmd, st.authkey)
	if err != nil {
		return nil, nil, err
	}
	if err := broker.WriteFrame(c, boot); err != nil {
		c.Close()
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, nil, err
	}
	return cmd, c, nil
}

// streamOf returns the file a child can inherit for a standard stream of
// the runtime, or the stream itself (copied by os/exec).
func streamOf(o *core.Output, def *os.File) io.Writer {
	if o == nil {
		return def
	}
	if f, ok := o.Writer().(*os.File); ok {
		return f
	}
	return o
}

// reap waits for the child to end and for its channel to be settled (every
// request it sent is served: no queue item in flight is lost), then
// records the exit code: the status, or -N when killed by signal N.
func (p *procState) reap() {
	err := p.cmd.Wait()
	p.mu.Lock()
	sent := p.sent
	p.mu.Unlock()
	code := exitStatus(err, sent)
	<-p.srv.Done()
	p.mu.Lock()
	p.code = &code
	p.mu.Unlock()
	close(p.done)
}

// mainGlobals returns the main module's globals as they are now.
func (spec *MainSpec) mainGlobals(h *hooks) starlark.StringDict {
	if spec.Globals != nil {
		if g := spec.Globals(); g != nil {
			return g
		}
	}
	return h.mainGlobals()
}

// encodeBoot makes the boot message of a child: its main script, its
// Process object (payload), its parent, its logging set-up, its start method and, for
// 'fork', the snapshot of the main module's globals (else None).
func encodeBoot(spec *MainSpec, payload []byte, st *rtState, logPrep starlark.Value, method string, snap starlark.Value) starlark.Tuple {
	var src starlark.Value = starlark.None
	if spec.Source != nil {
		src = starlark.Bytes(spec.Source)
	}
	argv := make([]starlark.Value, len(spec.Argv))
	for i, a := range spec.Argv {
		argv[i] = starlark.String(a)
	}
	parentName := "MainProcess"
	if cur := procOf(st.current); cur != nil {
		parentName = cur.name
	}
	return starlark.Tuple{
		starlark.String("pyconc-mp/2"),
		starlark.String(spec.Path), src, starlark.String(spec.Name), starlark.NewList(argv),
		starlark.Bytes(payload), starlark.MakeInt(os.Getpid()), starlark.String(parentName), logPrep,
		starlark.String(method), snap,
	}
}

func asInt(v starlark.Value, out *int64) bool {
	i, ok := v.(starlark.Int)
	if !ok {
		return false
	}
	*out, ok = i.Int64()
	return ok
}

func asStr(v starlark.Value, out *string) bool {
	s, ok := v.(starlark.String)
	*out = string(s)
	return ok
}

func asBytes(v starlark.Value, out *[]byte) bool {
	s, ok := v.(starlark.Bytes)
	*out = []byte(s)
	return ok
}

func decodeBoot(p []byte) (*bootInfo, error) {
	v, err := wire.Unmarshal(p, nil)
	if err != nil {
		return nil, err
	}
	t, ok := v.(starlark.Tuple)
	if !ok || len(t) != 11 || t[0] != starlark.String("pyconc-mp/2") {
		return nil, fmt.Errorf("unexpected start-up message")
	}
	b := &bootInfo{}
	var ppid int64
	var payload []byte
	ok = asStr(t[1], &b.spec.Path) && asStr(t[3], &b.spec.Name) && asBytes(t[5], &payload) &&
		asInt(t[6], &ppid) && asStr(t[7], &b.parentName) && asStr(t[9], &b.method)
	if !ok {
		return nil, fmt.Errorf("malformed start-up message")
	}
	if src, isBytes := t[2].(starlark.Bytes); isBytes {
		b.spec.Source = []byte(src)
	}
	if l, isList := t[4].(*starlark.List); isList {
		for i := 0; i < l.Len(); i++ {
			if s, isStr := l.Index(i).(starlark.String); isStr {
				b.spec.Argv = append(b.spec.Argv, string(s))
			}
		}
	}
	b.proc, b.parentPid, b.logPrep = payload, int(ppid), t[8]
	b.spec.Method = b.method
	if b.method == methodFork {
		b.spec.Snapshot = decodeSnapshot(t[10])
	}
	return b, nil
}

// processRun is Process.run: call the target with args and kwargs.
func processRun(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("run", args, kwargs, 0); err != nil {
		return nil, err
	}
	p, err := selfProc(self, "run")
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	target, targs, tkw := p.target, p.args, p.kwargs
	p.mu.Unlock()
	if target == nil || target == starlark.None {
		return starlark.None, nil
	}
	var kw []starlark.Tuple
	for _, item := range tkw.Items() {
		kw = append(kw, starlark.Tuple{item[0], item[1]})
	}
	if _, err := starlark.Call(th, target, targs, kw); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func (p *procState) checkChild(what string) error {
	if err := p.checkClosed(); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.parent != os.Getpid() || p.current {
		return core.NewError(core.AssertionError, "can only "+what+" a child process")
	}
	return nil
}

func processJoin(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout core.Timeout
	if err := starlark.UnpackArgs("join", args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	p, err := selfProc(self, "join")
	if err != nil {
		return nil, err
	}
	if err := p.checkChild("join"); err != nil {
		return nil, err
	}
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done == nil {
		return nil, core.NewError(core.AssertionError, "can only join a started process")
	}
	d := timeout.Duration()
	err = core.Block(th, false, func(intr <-chan struct{}) error {
		var timer <-chan time.Time
		if d >= 0 {
			t := time.NewTimer(d)
			defer t.Stop()
			timer = t.C
		}
		select {
		case <-done:
		case <-timer:
		case <-intr:
			return core.ErrInterrupted
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return starlark.None, nil
}

func processIsAlive(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := selfProc(self, "is_alive")
	if err != nil {
		return nil, err
	}
	if err := p.checkClosed(); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.current:
		return starlark.True, nil
	case p.parentProxy:
		return starlark.Bool(os.Getppid() == p.pid), nil
	case p.parent != os.Getpid():
		return nil, core.NewError(core.AssertionError, "can only test a child process")
	}
	return starlark.Bool(p.started && p.code == nil), nil
}

// processSignal makes terminate (SIGTERM) and kill (SIGKILL).
func processSignal(name string, sig syscall.Signal) func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		p, err := selfProc(self, name)
		if err != nil {
			return nil, err
		}
		if err := p.checkClosed(); err != nil {
			return nil, err
		}
		p.signal(sig)
		return starlark.None, nil
	}
}

// signal sends sig to a started child that has not been reaped.
func (p *procState) signal(sig syscall.Signal) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started && p.code == nil && p.cmd != nil && p.cmd.Process != nil {
		p.sent = sig
		_ = sendSignal(p.cmd.Process, sig)
	}
}

func processClose(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	p, err := selfProc(self, "close")
	if err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started && p.code == nil {
		return nil, core.NewError(core.ValueError, "Cannot close a process while it is still running. You should first call join() or terminate().")
	}
	if p.sentinel >= 0 {
		closeSentinel(p.sentinel)
		p.sentinel = -1
	}
	p.closed = true
	return starlark.None, nil
}

// getSentinel returns a descriptor that becomes readable when the child
// ends (a pidfd on Linux), opened on first use and closed by close().
func getSentinel(p *procState, _ *starlark.Thread) (starlark.Value, error) {
	if err := p.checkClosed(); err != nil {
		return nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.started {
		return nil, core.NewError(core.ValueError, "process not started")
	}
	if p.sentinel < 0 {
		fd, err := openSentinel(p.pid)
		if err != nil {
			return nil, err
		}
		p.sentinel = fd
	}
	return starlark.MakeInt(p.sentinel), nil
}
