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
	timeout starlark.Value // the default timeout of wait, decoded by wait as CPython does
	gen     *barrierGen
	broken  bool
}

func newGen() *barrierGen { return &barrierGen{done: make(chan struct{})} }

// BarrierClass is threading.Barrier.
var BarrierClass = newBarrierClass()

var barrierMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__": barrierInit,
	"wait":     barrierWait,
	"reset":    barrierReset,
	"abort":    barrierAbort,
	"__repr__": barrierRepr,
}).WithProps(map[string]core.Getter{
	"parties": func(recv starlark.Value) (starlark.Value, error) {
		b, err := nativeOf[*barrierObj](recv, "Barrier", "parties")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(b.parties), nil
	},
	"n_waiting": func(recv starlark.Value) (starlark.Value, error) {
		b, err := nativeOf[*barrierObj](recv, "Barrier", "n_waiting")
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(b.waiting()), nil
	},
	"broken": func(recv starlark.Value) (starlark.Value, error) {
		b, err := nativeOf[*barrierObj](recv, "Barrier", "broken")
		if err != nil {
			return nil, err
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		return starlark.Bool(b.broken), nil
	},
})

func newBarrierClass() *core.Class {
	c := core.MustClass("Barrier", "threading", []*core.Class{core.ObjectClass}, barrierMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = &barrierObj{parties: 1, action: starlark.None, timeout: starlark.None, gen: newGen()}
		return nil
	}
	return c
}

func barrierOf(b *starlark.Builtin) (*barrierObj, error) { return native[*barrierObj](b, "Barrier") }

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
func barrierInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	br, err := barrierOf(b)
	if err != nil {
		return nil, err
	}
	var parties int
	var action, timeout starlark.Value = starlark.None, starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "parties", &parties, "action?", &action, "timeout?", &timeout); err != nil {
		return nil, err
	}
	br.mu.Lock()
	br.parties, br.action, br.timeout, br.gen, br.broken = parties, action, timeout, newGen(), false
	br.mu.Unlock()
	return starlark.None, nil
}

// barrierWait is Barrier.wait(timeout=None): it returns the thread's
// arrival index (0 to parties-1).
func barrierWait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	br, err := barrierOf(b)
	if err != nil {
		return nil, err
	}
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	br.mu.Lock()
	if !timeout.IsSet() {
		if err := timeout.Unpack(br.timeout); err != nil {
			br.mu.Unlock()
			return nil, err
		}
	}
	d := timeout.Duration()
	if br.broken {
		br.mu.Unlock()
		return nil, brokenBarrier()
	}
	g := br.gen
	index := g.count
	g.count++
	if g.count >= br.parties {
		// The last thread: run the action, then release the cycle.
		br.gen = newGen()
		action := br.action
		br.mu.Unlock()
		if action != starlark.None {
			if _, err := starlark.Call(th, action, nil, nil); err != nil {
				br.mu.Lock()
				br.breakLocked(g)
				br.mu.Unlock()
				return nil, err
			}
		}
		br.mu.Lock()
		if !g.closed {
			g.closed = true
			close(g.done)
		}
		broken := g.broken
		br.mu.Unlock()
		if broken {
			return nil, brokenBarrier()
		}
		return starlark.MakeInt(index), nil
	}
	br.mu.Unlock()
	got, werr := Wait(th, g.done, d)
	br.mu.Lock()
	if (!got || werr != nil) && !g.closed {
		// Timed out or interrupted: break the barrier, as CPython does.
		br.breakLocked(g)
		if br.gen == g {
			br.gen = newGen()
		}
	}
	broken := g.broken
	br.mu.Unlock()
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
func barrierReset(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	br, err := barrierOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	br.mu.Lock()
	if br.gen.count > 0 {
		br.breakLocked(br.gen)
	}
	br.gen, br.broken = newGen(), false
	br.mu.Unlock()
	return starlark.None, nil
}

// barrierAbort is Barrier.abort(): break the barrier until reset.
func barrierAbort(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	br, err := barrierOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	br.mu.Lock()
	br.breakLocked(br.gen)
	br.gen = newGen()
	br.mu.Unlock()
	return starlark.None, nil
}

// barrierRepr is "<threading.Barrier at 0x...: waiters=0/2>" or "...: broken>".
func barrierRepr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	br, err := barrierOf(b)
	if err != nil {
		return nil, err
	}
	inst := b.Receiver().(*core.Instance)
	br.mu.Lock()
	defer br.mu.Unlock()
	state := fmt.Sprintf("waiters=%d/%d", br.gen.count, br.parties)
	if br.broken {
		state = "broken"
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: %s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), state)), nil
}
