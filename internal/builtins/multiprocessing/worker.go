package multiprocessing

import (
	"context"
	"errors"
	"fmt"
	"os"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the child's side: the worker entry point registered
// with reexec, which loads the main script and runs the Process object.

func init() {
	reexec.Register(WorkerEntry, workerMain)
}

// workerMain runs in a child process started by Process.start.
func workerMain() {
	conn := reexec.Parent()
	p, err := broker.ReadFrame(conn, 0)
	if err != nil {
		os.Exit(1) // the parent went away before sending anything
	}
	boot, err := decodeBoot(p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "multiprocessing: worker:", err)
		os.Exit(1)
	}
	// The end of the channel is the parent's death (on every platform):
	// a child never outlives its parent.
	link := &childLink{boot: boot, b: broker.NewChild(conn, func() { os.Exit(1) })}
	pendingLink.Lock()
	pendingLink.link = link
	pendingLink.Unlock()
	if LoadMain == nil {
		fmt.Fprintln(os.Stderr, "multiprocessing: this program cannot run child processes: multiprocessing.LoadMain is not set")
		os.Exit(1)
	}
	code, ran := 1, false
	link.bootstrapping.Store(true)
	err = LoadMain(context.Background(), boot.spec, func(th *starlark.Thread, globals starlark.StringDict) error {
		link.bootstrapping.Store(false)
		ran = true
		code = runChild(th, globals, boot)
		return nil
	})
	link.bootstrapping.Store(false)
	if !ran {
		var ee *core.ExitError
		switch {
		case errors.As(err, &ee):
			code = ee.Code
		case err != nil:
			fmt.Fprint(os.Stderr, loadFailure(boot.spec, err))
		}
	}
	os.Exit(code)
}

// loadFailure formats the error of a main script that failed to load,
// with its source lines (the runtime that ran it is gone).
func loadFailure(spec MainSpec, err error) string {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	src, name := spec.Source, spec.Name
	if spec.Path != "" {
		if data, rerr := os.ReadFile(spec.Path); rerr == nil {
			src, name = data, spec.Path
		}
	}
	rt.Sources.Store(name, src)
	return core.FormatException(rt, err)
}

// runChild decodes the Process object, makes it current_process() and
// calls its run method; it returns the exit code, as CPython's
// BaseProcess._bootstrap computes it.
func runChild(th *starlark.Thread, globals starlark.StringDict, boot *bootInfo) int {
	rt := core.RuntimeOf(th)
	if rt.HardExit == nil {
		// os._exit in a child ends its process at once, as in CPython
		// (a pool worker's task is then lost: WorkerLostError).
		rt.HardExit = os.Exit
	}
	h := newHooks(th, "")
	h.globals = globals
	stateOf(rt).setGlobals(globals)
	h.refOnDecode = false // the parent counted this child as a holder of its pipe ends
	v, err := wire.Unmarshal(boot.proc, h)
	p := procOf(v)
	if err == nil && p == nil {
		err = fmt.Errorf("the parent did not send a Process object")
	}
	if err != nil {
		writeErr(rt, "Process:\n"+core.FormatException(rt, err))
		return 1
	}
	p.mu.Lock()
	p.current, p.parent = true, boot.parentPid
	name := p.name
	p.mu.Unlock()
	st := stateOf(rt)
	st.mu.Lock()
	st.current = v.(*core.Instance)
	st.mu.Unlock()

	st.applyLogPrep(th, boot.logPrep)

	st.logf(th, levelInfo, "child process calling self.run()")
	run, err := v.(*core.Instance).Attr("run")
	if err == nil && run == nil {
		err = core.NewError(core.AttributeError, "'Process' object has no attribute 'run'")
	}
	if err == nil {
		_, err = starlark.Call(th, run, nil, nil)
	}
	st.logExit(th)
	code := exitCodeOf(rt, name, err)
	Shutdown(rt)
	st.logf(th, levelInfo, "process exiting with exitcode %d", starlark.MakeInt(code))
	return code
}

// exitCodeOf maps the outcome of run to an exit code: 0; sys.exit(n) -> n
// (a non-int argument is printed, then 1); an exception -> 1 after
// "Process NAME:" and the traceback on stderr.
func exitCodeOf(rt *core.Runtime, name string, err error) int {
	if err == nil {
		return 0
	}
	var ee *core.ExitError
	if errors.As(err, &ee) {
		return ee.Code
	}
	var pe *core.PyError
	if errors.As(err, &pe) && pe.Value.Class.IsSubclass(core.SystemExit) {
		st := core.ExcStateOf(pe.Value)
		var arg starlark.Value = starlark.None
		if st != nil && len(st.Args) == 1 {
			arg = st.Args[0]
		} else if st != nil && len(st.Args) > 1 {
			arg = st.Args
		}
		switch x := arg.(type) {
		case starlark.NoneType:
			return 0
		case starlark.Int:
			if n, ok := x.Int64(); ok {
				return int(n)
			}
		case starlark.String:
			writeErr(rt, string(x)+"\n")
			return 1
		}
		writeErr(rt, arg.String()+"\n")
		return 1
	}
	writeErr(rt, "Process "+name+":\n"+core.FormatException(rt, err))
	return 1
}

func writeErr(rt *core.Runtime, s string) {
	if rt != nil && rt.Stderr != nil {
		rt.Stderr.WriteString(s)
		return
	}
	os.Stderr.WriteString(s)
}
