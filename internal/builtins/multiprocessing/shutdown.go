package multiprocessing

import (
	"syscall"
	"time"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the end of a program that started processes.

// Shutdown is multiprocessing's part of the end of a program, as CPython's
// atexit handler: it terminates the daemon children that still run, then
// waits for every other child. The interpreter calls it once the main
// script and the non-daemon threads are done, without holding the
// interpreter lock (a worker calls it itself after its target). When rt's
// context ends meanwhile (Ctrl-C, abort), the children are terminated
// (TerminateAll). Calls after the first do nothing.
func Shutdown(rt *core.Runtime) {
	st := stateOf(rt)
	st.shutdown.Do(func() {
		st.spares.close()
		if st.inChild() {
			st.b.Close() // the queue items taken ahead go back first
		} else {
			defer st.b.Close() // the shared memory, once the children are done
		}
		terminatePools(rt)
		live := st.liveChildren()
		for _, c := range live {
			if p := procOf(c); p.daemon {
				p.signal(syscall.SIGTERM)
			}
		}
		for _, c := range live {
			select {
			case <-procOf(c).done:
			case <-rt.Context().Done():
				TerminateAll(rt)
				return
			}
		}
	})
}

// TerminateAll ends every live child of rt: SIGTERM, then SIGKILL for
// those still running a second later; it returns once all are reaped.
func TerminateAll(rt *core.Runtime) {
	stateOf(rt).spares.close()
	terminatePools(rt)
	live := stateOf(rt).liveChildren()
	for _, c := range live {
		procOf(c).signal(syscall.SIGTERM)
	}
	deadline := time.After(time.Second)
	for _, c := range live {
		p := procOf(c)
		select {
		case <-p.done:
		case <-deadline:
			p.signal(syscall.SIGKILL)
			<-p.done
		}
	}
}
