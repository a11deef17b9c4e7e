package threading

import (
	"fmt"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Semaphore and threading.BoundedSemaphore.

// semObj is the Go state of a Semaphore.
type semObj struct {
	mu      sync.Mutex
	value   int
	initial int
	bounded bool
	waiters Waiters
	bound   core.BoundMethods // the semaphore's methods bound to it
}

// BoundMethods returns the cache of the semaphore's bound methods.
func (s *semObj) BoundMethods() *core.BoundMethods { return &s.bound }

// SemaphoreClass is threading.Semaphore.
var SemaphoreClass = newSemaphoreClass()

// BoundedSemaphoreClass is threading.BoundedSemaphore.
var BoundedSemaphoreClass = newBoundedSemaphoreClass()

var semaphoreMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__":  semInit,
	"acquire":   semAcquire,
	"__enter__": semAcquire,
	"release":   semRelease,
	"__exit__":  semExit,
	"__repr__":  semRepr,
}).WithProps(map[string]core.Getter{
	"_value": func(recv starlark.Value) (starlark.Value, error) {
		s, err := nativeOf[*semObj](recv, "Semaphore", "_value")
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return starlark.MakeInt(s.value), nil
	},
})

func newSemaphoreClass() *core.Class {
	c := core.MustClass("Semaphore", "threading", []*core.Class{core.ObjectClass}, semaphoreMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = &semObj{value: 1, initial: 1}
		return nil
	}
	return c
}

var boundedSemaphoreMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__": boundedInit,
})

func newBoundedSemaphoreClass() *core.Class {
	return core.MustClass("BoundedSemaphore", "threading", []*core.Class{SemaphoreClass}, boundedSemaphoreMethods.ClassDict())
}

func semOf(b *starlark.Builtin) (*semObj, error) { return native[*semObj](b, "Semaphore") }

// semInitValue is the __init__ of both classes.
func semInitValue(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, bounded bool) error {
	s, err := semOf(b)
	if err != nil {
		return err
	}
	value := 1
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "value?", &value); err != nil {
		return err
	}
	if value < 0 {
		return core.NewError(core.ValueError, "semaphore initial value must be >= 0")
	}
	s.mu.Lock()
	s.value, s.initial, s.bounded = value, value, bounded
	s.mu.Unlock()
	return nil
}

// semInit is Semaphore.__init__(self, value=1).
func semInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, semInitValue(b, args, kwargs, false)
}

// boundedInit is BoundedSemaphore.__init__(self, value=1).
func boundedInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, semInitValue(b, args, kwargs, true)
}

// tryTake decrements the counter when it is positive.
func (s *semObj) tryTake() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.value > 0 {
		s.value--
		return true
	}
	return false
}

// semAcquire is Semaphore.acquire(blocking=True, timeout=None).
func semAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(b)
	if err != nil {
		return nil, err
	}
	var blocking starlark.Value = starlark.True
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return nil, err
	}
	block := bool(blocking.Truth())
	if !block && timeout.IsSet() {
		return nil, core.NewError(core.ValueError, "can't specify timeout for non-blocking acquire")
	}
	dl := NewDeadline(timeout.Duration())
	for {
		if s.tryTake() {
			return starlark.True, nil
		}
		left := dl.Left()
		if !block || left == 0 {
			return starlark.False, nil
		}
		ch := s.waiters.Add()
		if s.tryTake() { // released between the check and Add
			if !s.waiters.Remove(ch) {
				s.waiters.Notify(1)
			}
			return starlark.True, nil
		}
		got, err := Wait(th, ch, left)
		if !got && !s.waiters.Remove(ch) {
			got = true
		}
		if err != nil {
			if got {
				s.waiters.Notify(1)
			}
			return nil, err
		}
	}
}

// release adds n to the counter and wakes up to n waiters.
func (s *semObj) release(n int) error {
	s.mu.Lock()
	if s.bounded && s.value+n > s.initial {
		s.mu.Unlock()
		return core.NewError(core.ValueError, "Semaphore released too many times")
	}
	s.value += n
	s.mu.Unlock()
	s.waiters.Notify(n)
	return nil
}

// semRelease is Semaphore.release(n=1).
func semRelease(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(b)
	if err != nil {
		return nil, err
	}
	n := 1
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, core.NewError(core.ValueError, "n must be one or more")
	}
	return starlark.None, s.release(n)
}

func semExit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(b)
	if err != nil {
		return nil, err
	}
	return starlark.None, s.release(1)
}

// semRepr is "<threading.Semaphore at 0x...: value=1>" (value=1/1 when bounded).
func semRepr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(b)
	if err != nil {
		return nil, err
	}
	inst := b.Receiver().(*core.Instance)
	s.mu.Lock()
	defer s.mu.Unlock()
	value := fmt.Sprint(s.value)
	if s.bounded {
		value += fmt.Sprintf("/%d", s.initial)
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: value=%s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), value)), nil
}
