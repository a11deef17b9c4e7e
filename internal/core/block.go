package core

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// ErrInterrupted is returned by a wait function given to Block when its
// interrupt channel was closed.
var ErrInterrupted = errors.New("interrupted")

// Block runs wait without the interpreter lock, for a built-in that blocks
// (sleep, acquire, get, join...). wait must return promptly, with
// ErrInterrupted, once intr is closed (Ctrl-C, cancellation of the runtime).
// forever says the wait has no timeout and can only end through another
// script thread: the deadlock detector counts such waits.
//
// The error returned is wait's own error, or, after an interruption, the
// KeyboardInterrupt exception (main thread, Ctrl-C) or the cancellation.
func Block(th *starlark.Thread, forever bool, wait func(intr <-chan struct{}) error) error {
	ts := StateOf(th)
	if ts == nil {
		return wait(nil)
	}
	rt := ts.RT
	intr := ts.intrChan()
	select {
	case <-intr:
		return ts.interruptError()
	default:
	}
	if forever {
		fr := scriptFrame(th)
		ts.mu.Lock()
		ts.waitPos = fr.Pos
		ts.waitFn = fr.Name
		ts.mu.Unlock()
		rt.mu.Lock()
		rt.forever++
		rt.blockGen++
		rt.checkDeadlockLocked()
		rt.mu.Unlock()
	}
	rt.GIL.Release()
	err := wait(intr)
	rt.GIL.Acquire(th)
	if forever {
		rt.mu.Lock()
		rt.forever--
		rt.blockGen++
		rt.mu.Unlock()
	}
	if errors.Is(err, ErrInterrupted) {
		return ts.interruptError()
	}
	return err
}

// scriptFrame returns the innermost frame of th that has a position in a
// script (built-in frames, such as the blocking built-in itself and a
// bound-method wrapper, have none).
//
// The frame of a lowered closure (a try or with body) takes the name of the
// function whose code it is, as tracebacks show it.
func scriptFrame(th *starlark.Thread) starlark.CallFrame {
	n := th.CallStackDepth()
	for depth := 0; depth < n; depth++ {
		fr := th.CallFrame(depth)
		if !fr.Pos.IsValid() || fr.Pos.Filename() == "<builtin>" {
			continue
		}
		for d := depth; d < n && isHiddenClosure(fr.Name); d++ {
			if outer := th.CallFrame(d); outer.Pos.IsValid() && outer.Pos.Filename() != "<builtin>" && !isHiddenClosure(outer.Name) {
				fr.Name = outer.Name
			}
		}
		return fr
	}
	return starlark.CallFrame{Name: "<module>"}
}

// isHiddenClosure reports whether name is a lowered closure's (not a class body's).
func isHiddenClosure(name string) bool {
	return strings.HasPrefix(name, hidden.Prefix) && !strings.HasPrefix(name, hidden.ClassBodyPrefix)
}

// interruptError is the error a blocking built-in returns after its wait
// was interrupted.
func (ts *ThreadState) interruptError() error {
	if ts.TakeKeyboardInterrupt() {
		return NewKeyboardInterrupt()
	}
	if err := ts.RT.Err(); err != nil {
		return &CancelledError{Cause: err}
	}
	return &CancelledError{Cause: ErrInterrupted}
}

// CancelledError reports that the runtime was stopped (host context,
// deadlock, end of the program). It is never caught by except clauses.
type CancelledError struct{ Cause error }

// Error returns the error's message.
func (e *CancelledError) Error() string { return "cancelled: " + e.Cause.Error() }

// Unwrap returns the cause.
func (e *CancelledError) Unwrap() error { return e.Cause }

// DeadlockError aborts a runtime whose live threads are all blocked forever.
type DeadlockError struct {
	Report string // "deadlock: all threads are blocked" and one entry per thread
}

// Error returns the error's message.
func (e *DeadlockError) Error() string { return e.Report }

// deadlockGrace is how long every thread must stay blocked before the
// deadlock is reported (a thread that was about to wake has time to).
const deadlockGrace = 300 * time.Millisecond

// checkDeadlockLocked arms a check when every live thread waits forever.
// rt.mu is held.
func (rt *Runtime) checkDeadlockLocked() {
	if len(rt.threads) == 0 || rt.forever < len(rt.threads) {
		return
	}
	gen := rt.blockGen
	time.AfterFunc(deadlockGrace, func() {
		rt.mu.Lock()
		stuck := rt.blockGen == gen && len(rt.threads) > 0 && rt.forever >= len(rt.threads)
		var list []*ThreadState
		if stuck {
			for ts := range rt.threads {
				list = append(list, ts)
			}
		}
		rt.mu.Unlock()
		if !stuck || rt.ctx.Err() != nil {
			return
		}
		sortThreads(list)
		report := rt.deadlockReport(list)
		if rt.OnDeadlock != nil {
			rt.OnDeadlock(report)
		}
		rt.Abort(&DeadlockError{Report: report})
	})
}

func (rt *Runtime) deadlockReport(list []*ThreadState) string {
	var b strings.Builder
	b.WriteString("deadlock: all threads are blocked\n")
	for _, ts := range list {
		ts.mu.Lock()
		pos, fn := ts.waitPos, ts.waitFn
		ts.mu.Unlock()
		fmt.Fprintf(&b, "  Thread %s:\n", ts.Name())
		fn, _ = FrameName(fn)
		fmt.Fprintf(&b, "    File \"%s\", line %d, in %s\n", pos.Filename(), pos.Line, fn)
		if line := rt.SourceLine(pos.Filename(), int(pos.Line)); line != "" {
			fmt.Fprintf(&b, "      %s\n", line)
		}
	}
	return b.String()
}

// SourceLine returns line n (1-based) of a registered source file,
// without leading and trailing blanks, or "".
func (rt *Runtime) SourceLine(file string, n int) string {
	return strings.TrimSpace(rawSourceLine(rt, file, n))
}

// ExitError aborts a runtime that must end with a given exit status
// (os._exit in an embedded interpreter).
type ExitError struct{ Code int }

// Error returns the error's message.
func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }
