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
}

// SemaphoreClass is threading.Semaphore.
var SemaphoreClass = newSemaphoreClass()

// BoundedSemaphoreClass is threading.BoundedSemaphore.
var BoundedSemaphoreClass = newBoundedSemaphoreClass()

func newSemaphoreClass() *core.Class {
	dict := methods(map[string]goMethod{
		"__init__":  semInit,
		"acquire":   semAcquire,
		"__enter__": semAcquire,
		"release":   semRelease,
		"__exit__":  semExit,
		"__repr__":  semRepr,
	})
	dict["_value"] = property("_value", func(th *starlark.Thread, self starlark.Value) (starlark.Value, error) {
		s, err := semOf(self, "_value")
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return starlark.MakeInt(s.value), nil
	}, nil)
	c := core.MustClass("Semaphore", "threading", []*core.Class{core.ObjectClass}, dict)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = &semObj{value: 1, initial: 1}
		return nil
	}
	return c
}

func newBoundedSemaphoreClass() *core.Class {
	c := core.MustClass("BoundedSemaphore", "threading", []*core.Class{SemaphoreClass}, map[string]starlark.Value{
		"__init__": core.NewGoMethod("__init__", boundedInit),
	})
	return c
}

func semOf(self starlark.Value, method string) (*semObj, error) {
	return native[*semObj](self, "Semaphore", method)
}

func semInitValue(self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple, bounded bool) error {
	s, err := semOf(self, "__init__")
	if err != nil {
		return err
	}
	value := 1
	if err := starlark.UnpackArgs("Semaphore", args, kwargs, "value?", &value); err != nil {
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
func semInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, semInitValue(self, args, kwargs, false)
}

// boundedInit is BoundedSemaphore.__init__(self, value=1).
func boundedInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, semInitValue(self, args, kwargs, true)
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
func semAcquire(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(self, "acquire")
	if err != nil {
		return nil, err
	}
	var blocking starlark.Value
	var timeout starlark.Value = starlark.None
	if err := starlark.UnpackArgs("acquire", args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return nil, err
	}
	block := truth(blocking, true)
	if !block && timeout != starlark.None {
		return nil, core.NewError(core.ValueError, "can't specify timeout for non-blocking acquire")
	}
	d, err := optTimeout(timeout)
	if err != nil {
		return nil, err
	}
	dl := newDeadline(d)
	for {
		if s.tryTake() {
			return starlark.True, nil
		}
		left := dl.left()
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
func semRelease(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(self, "release")
	if err != nil {
		return nil, err
	}
	n := 1
	if err := starlark.UnpackArgs("release", args, kwargs, "n?", &n); err != nil {
		return nil, err
	}
	if n < 1 {
		return nil, core.NewError(core.ValueError, "n must be one or more")
	}
	return starlark.None, s.release(n)
}

func semExit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(self, "__exit__")
	if err != nil {
		return nil, err
	}
	return starlark.None, s.release(1)
}

// semRepr is "<threading.Semaphore at 0x...: value=1>" (value=1/1 when bounded).
func semRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := semOf(self, "__repr__")
	if err != nil {
		return nil, err
	}
	inst := self.(*core.Instance)
	s.mu.Lock()
	defer s.mu.Unlock()
	value := fmt.Sprint(s.value)
	if s.bounded {
		value += fmt.Sprintf("/%d", s.initial)
	}
	return starlark.String(fmt.Sprintf("<%s.%s at %#x: value=%s>", inst.Class.Module, inst.Class.QualName, core.ID(inst), value)), nil
}
