package threading

import (
	"errors"
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the end of a program: waiting for non-daemon threads.

// WaitForThreads is threading's shutdown, which the interpreter calls on the
// main thread th, holding the interpreter lock (inside Runtime.RunMain),
// once the main module has finished (normally or with an exception already
// reported). It marks the main thread as stopped, then waits for every
// live non-daemon thread started by this module, including threads started
// while it waits. Daemon threads are left running: the caller then ends the
// runtime (Runtime.Close), which stops them. The waits count for the
// deadlock detector and are interrupted by Ctrl-C (KeyboardInterrupt is
// returned) and by the end of the runtime.
func WaitForThreads(th *starlark.Thread) error {
	ts := core.StateOf(th)
	if ts == nil {
		return fmt.Errorf("WaitForThreads: not a pyconc thread")
	}
	if m := runtimeState(ts.RT).main.Load(); m != nil {
		if t, ok := m.Native.(*threadObj); ok {
			t.finish()
		}
	}
	if th.CallStackDepth() >= 2 {
		return waitNonDaemon(th, ts)
	}
	// core.Block records the caller's frame (depth 1) for the deadlock
	// report: give it one, as CPython's threading._shutdown would.
	wait := starlark.NewBuiltin("_wait_for_threads", func(th *starlark.Thread, _ *starlark.Builtin, _ starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, waitNonDaemon(th, ts)
	})
	const src = "def _shutdown():\n    _wait_for_threads()\n_shutdown()\n"
	_, err := starlark.ExecFileOptions(&syntax.FileOptions{}, th, "threading.py", src,
		starlark.StringDict{"_wait_for_threads": wait})
	// Unwrap the helper's own frames: the error is the wait's.
	var pe *core.PyError
	var ce *core.CancelledError
	switch {
	case errors.As(err, &ce):
		return ce
	case errors.As(err, &pe):
		return pe
	}
	return err
}

func waitNonDaemon(th *starlark.Thread, me *core.ThreadState) error {
	for {
		var pending *threadObj
		for _, ts := range me.RT.Threads() {
			if ts == me || ts.Daemon {
				continue
			}
			if inst, ok := ts.Object.(*core.Instance); ok {
				if t, ok := inst.Native.(*threadObj); ok && !t.stopped() {
					pending = t
					break
				}
			}
		}
		if pending == nil {
			return nil
		}
		if _, err := Wait(th, pending.done, core.Forever); err != nil {
			return err
		}
	}
}
