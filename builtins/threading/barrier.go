package threading

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Barrier and threading.BrokenBarrierError.

// BrokenBarrierError is threading.BrokenBarrierError, a RuntimeError.
var BrokenBarrierError = core.MustClass("BrokenBarrierError", "threading", []*core.Class{core.RuntimeError}, nil)

func brokenBarrier() error { return &core.PyError{Value: core.NewException(BrokenBarrierError)} }

// barrierGen is one cycle of a Barrier: the threads that wait together.
type barrierGen struct {
	count  int
	done   chan struct{} // closed when the cycle is released or broken
	closed bool
	broken bool
}

// barrierObj is the Go state of a Barrier.
type barrierObj struct {
	mu      sync.Mutex
	parties int
	action  starlark.Value
	timeout starlark.Value
	gen     *barrierGen
	broken  bool
}

func newGen() *barrierGen { return &barrierGen{done: make(chan struct{})} }

// BarrierClass is threading.Barrier.
var BarrierClass = newBarrierClass()

func newBarrierClass() *core.Class {
	dict := methods(map[string]goMethod{
		"__init__": barrierInit,
		"wait":     barrierWait,
		"reset":    barrierReset,
		"abort":    barrierAbort,
		"__repr__": barrierRepr,
	})
	dict["parties"] = property("parties", func(th *starlark.Thread, self starlark.Value) (starlark.Value, error) {
		b, err := barrierOf(self, "parties")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(b.parties), nil
	}, nil)
	dict["n_waiting"] = property("n_waiting", func(th *starlark.Thread, self starlark.Value) (starlark.Value, error) {
		b, err := barrierOf(self, "n_waiting")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(b.waiting()), nil
	}, nil)
	dict["broken"] = property("broken", func(th *starlark.Thread, self starlark.Value) (starlark.Value, error) {
		b, err := barrierOf(self, "broken")
		if err != nil {
			return nil, err
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		return starlark.Bool(b.broken), nil
	}, nil)
	c := core.MustClass("Barrier", "threading", []*core.Class{core.ObjectClass}, dict)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = &barrierObj{parties: 1, action: starlark.None, timeout: starlark.None, gen: newGen()}
		return nil
	}
	return c
}

func barrierOf(self starlark.Value, method string) (*barrierObj, error) {
	return native[*barrierObj](self, "Barrier", method)
}

func (b *barrierObj) waiting() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.broken {
		return 0
	}
	return b.gen.count
}

// breakLocked breaks cycle g and the barrier; b.mu is held.
func (b *barrierObj) breakLocked(g *barrierGen) {
	b.broken = true
	if !g.closed {
		g.closed, g.broken = true, true
		close(g.done)
	}
}

// barrierInit is Barrier.__init__(self, parties, action=None, timeout=None).
func barrierInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b, err := barrierOf(self, "__init__")
	if err != nil {
		return nil, err
	}
	var parties int
	var action, timeout starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs("Barrier", args, kwargs, "parties", &parties, "action?", &action, "timeout?", &timeout); err != nil {
		return nil, err
	}
	if _, err := optTimeout(timeout); err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.parties, b.action, b.timeout, b.gen, b.broken = parties, action, timeout, newGen(), false
	b.mu.Unlock()
	return starlark.None, nil
}

// barrierWait is Barrier.wait(timeout=None): it returns the thread's
// arrival index (0 to parties-1).
func barrierWait(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b, err := barrierOf(self, "wait")
	if err != nil {
		return nil, err
	}
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs("wait", args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	b.mu.Lock()
	if timeout == starlark.None {
		timeout = b.timeout
	}
	d, err := optTimeout(timeout)
	if err != nil {
		b.mu.Unlock()
		return nil, err
	}
	if b.broken {
		b.mu.Unlock()
		return nil, brokenBarrier()
	}
	g := b.gen
	index := g.count
	g.count++
	if g.count >= b.parties {
		// The last thread: run the action, then release the cycle.
		b.gen = newGen()
		action := b.action
		b.mu.Unlock()
		if action != starlark.None {
			if _, err := starlark.Call(th, action, nil, nil); err != nil {
				b.mu.Lock()
				b.breakLocked(g)
				b.mu.Unlock()
				return nil, err
			}
		}
		b.mu.Lock()
		if !g.closed {
			g.closed = true
			close(g.done)
		}
		broken := g.broken
		b.mu.Unlock()
		if broken {
			return nil, brokenBarrier()
		}
		return starlark.MakeInt(index), nil
	}
	b.mu.Unlock()
	got, werr := Wait(th, g.done, d)
	b.mu.Lock()
	if (!got || werr != nil) && !g.closed {
		// Timed out or interrupted: break the barrier, as CPython does.
		b.breakLocked(g)
		if b.gen == g {
			b.gen = newGen()
		}
	}
	broken := g.broken
	b.mu.Unlock()
	if werr != nil {
		return nil, werr
	}
	if broken {
		return nil, brokenBarrier()
	}
	return starlark.MakeInt(index), nil
}

// barrierReset is Barrier.reset(): waiting threads get BrokenBarrierError
// and the barrier starts over, unbroken.
func barrierReset(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b, err := barrierOf(self, "reset")
	if err != nil {
		return nil, err
	}
	if err := noArgs("reset", args, kwargs); err != nil {
		return nil, err
	}
	b.mu.Lock()
	if b.gen.count > 0 {
		b.breakLocked(b.gen)
	}
	b.gen, b.broken = newGen(), false
	b.mu.Unlock()
	return starlark.None, nil
}

// barrierAbort is Barrier.abort(): break the barrier until reset.
func barrierAbort(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b, err := barrierOf(self, "abort")
	if err != nil {
		return nil, err
	}
	if err := noArgs("abort", args, kwargs); err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.breakLocked(b.gen)
	b.gen = newGen()
	b.mu.Unlock()
	return starlark.None, nil
}

// barrierRepr is "<threading.Barrier at 0x...: waiters=0/2>" or "...: broken>".
func barrierRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	b, err := barrierOf(self, "__repr__")
	if err != nil {
		return nil, err
	}
	inst := self.(*core.Instance)
	b.mu.Lock()
	defer b.mu.Unlock()
	state := fmt.Sprintf("waiters=%d/%d", b.gen.count, b.parties)
	if b.broken {
		state = "broken"
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: %s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), state)), nil
}
