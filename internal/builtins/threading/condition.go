package threading

import (
	"fmt"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.Condition.

// condObj is the Go state of a Condition.
type condObj struct {
	lockVal starlark.Value // the lock as the script sees it
	lock    lockLike
	waiters *Waiters
	bound   core.BoundMethods // the condition's methods bound to it
}

// BoundMethods returns the cache of the condition's bound methods.
func (c *condObj) BoundMethods() *core.BoundMethods { return &c.bound }

// ConditionClass is threading.Condition.
var ConditionClass = newConditionClass()

var conditionMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__":   condInit,
	"acquire":    condAcquire,
	"__enter__":  condAcquire,
	"release":    condRelease,
	"__exit__":   condExit,
	"wait":       condWait,
	"wait_for":   condWaitFor,
	"notify":     condNotify,
	"notify_all": condNotifyAll,
	"notifyAll":  notifyAllAlias,
	"_is_owned":  condIsOwned,
	"__repr__":   condRepr,
})

func newConditionClass() *core.Class {
	c := core.MustClass("Condition", "threading", []*core.Class{core.ObjectClass}, conditionMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		r := NewRLock()
		inst.Native = &condObj{lockVal: r, lock: r, waiters: &Waiters{}}
		return nil
	}
	return c
}

// NewConditionOf returns a Condition of runtime rt over lock whose waiters
// are w, which Go code notifies too: the conditions of a queue.Queue
// (not_empty, not_full, all_tasks_done) are the queue's waiting lists.
func NewConditionOf(rt *core.Runtime, lock *Lock, w *Waiters) *core.Instance {
	inst := core.NewInstance(rt, ConditionClass)
	inst.Native = &condObj{lockVal: lock, lock: lock, waiters: w}
	return inst
}

func condOf(b *starlark.Builtin) (*condObj, error) { return native[*condObj](b, "Condition") }

// condInit is Condition.__init__(self, lock=None).
func condInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	var lock starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "lock?", &lock); err != nil {
		return nil, err
	}
	if lock == starlark.None {
		r := NewRLock()
		c.lockVal, c.lock = r, r
	} else {
		c.lockVal, c.lock = lock, asLockLike(lock)
	}
	return starlark.None, nil
}

// asLockLike adapts a lock: this module's locks directly, anything else
// (a script object with acquire/release) through method calls.
func asLockLike(v starlark.Value) lockLike {
	if l, ok := v.(lockLike); ok {
		return l
	}
	return scriptLock{v}
}

// scriptLock drives a lock-like script object through its methods: its
// own _is_owned, _release_save and _acquire_restore when it has them (an
// RLock-like object), else CPython's fallbacks over acquire and release.
type scriptLock struct{ v starlark.Value }

func (s scriptLock) acquire(th *starlark.Thread, blocking bool, timeout time.Duration) (bool, error) {
	args := starlark.Tuple{starlark.Bool(blocking)}
	if blocking && timeout >= 0 {
		args = append(args, starlark.Float(timeout.Seconds()))
	}
	r, err := callMethod(th, s.v, "acquire", args...)
	if err != nil {
		return false, err
	}
	return bool(r.Truth()), nil
}

func (s scriptLock) release(th *starlark.Thread) error {
	_, err := callMethod(th, s.v, "release")
	return err
}

// method returns the lock's method name, or nil when it has none.
func (s scriptLock) method(th *starlark.Thread, name string) starlark.Value {
	m, err := core.GetAttr(th, s.v, name)
	if err != nil {
		return nil
	}
	return m
}

func (s scriptLock) isOwned(th *starlark.Thread) bool {
	if m := s.method(th, "_is_owned"); m != nil {
		r, err := starlark.Call(th, m, nil, nil)
		return err == nil && bool(r.Truth())
	}
	if r, err := callMethod(th, s.v, "acquire", starlark.False); err == nil && r.Truth() {
		_ = s.release(th)
		return false
	}
	return true
}

func (s scriptLock) releaseSave(th *starlark.Thread) (any, error) {
	if m := s.method(th, "_release_save"); m != nil {
		return starlark.Call(th, m, nil, nil)
	}
	return starlark.None, s.release(th)
}

func (s scriptLock) acquireRestore(th *starlark.Thread, saved any) error {
	if m := s.method(th, "_acquire_restore"); m != nil {
		state, _ := saved.(starlark.Value)
		if state == nil {
			state = starlark.None
		}
		_, err := starlark.Call(th, m, starlark.Tuple{state}, nil)
		return err
	}
	_, err := callMethod(th, s.v, "acquire")
	return err
}

func condAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	return core.CallMethod(th, c.lockVal, "acquire", args, kwargs)
}

func condRelease(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	return core.CallMethod(th, c.lockVal, "release", args, kwargs)
}

func condExit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	return starlark.None, c.lock.release(th)
}

func condIsOwned(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	return starlark.Bool(c.lock.isOwned(th)), nil
}

// wait is Condition.wait: release the lock, wait to be notified (up to
// timeout), take the lock back. It reports whether it was notified.
func (c *condObj) wait(th *starlark.Thread, timeout time.Duration) (bool, error) {
	if !c.lock.isOwned(th) {
		return false, core.NewError(core.RuntimeError, "cannot wait on un-acquired lock")
	}
	ch := c.waiters.Add()
	saved, err := c.lock.releaseSave(th)
	if err != nil {
		c.waiters.Remove(ch)
		return false, err
	}
	got, werr := Wait(th, ch, timeout)
	if !got && !c.waiters.Remove(ch) {
		// Notified while timing out or being interrupted.
		if werr == nil {
			got = true
		} else {
			c.waiters.Notify(1) // pass the notification on
		}
	}
	if err := c.lock.acquireRestore(th, saved); err != nil && werr == nil {
		werr = err
	}
	return got, werr
}

// condWait is Condition.wait(timeout=None).
func condWait(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	got, err := c.wait(th, timeout.Duration())
	if err != nil {
		return nil, err
	}
	return starlark.Bool(got), nil
}

// condWaitFor is Condition.wait_for(predicate, timeout=None).
func condWaitFor(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	var pred starlark.Value
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "predicate", &pred, "timeout?", &timeout); err != nil {
		return nil, err
	}
	dl := NewDeadline(timeout.Duration())
	result, err := starlark.Call(th, pred, nil, nil)
	for err == nil && !result.Truth() {
		left := dl.Left()
		if left == 0 {
			break
		}
		if _, err = c.wait(th, left); err != nil {
			break
		}
		result, err = starlark.Call(th, pred, nil, nil)
	}
	if err != nil {
		return nil, err
	}
	return result, nil
}

// condNotify is Condition.notify(n=1).
func condNotify(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	var nv starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "n?", &nv); err != nil {
		return nil, err
	}
	if !c.lock.isOwned(th) {
		return nil, core.NewError(core.RuntimeError, "cannot notify on un-acquired lock")
	}
	n, err := starlark.AsInt32(nv)
	if err != nil {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(nv)))
	}
	if n > 0 {
		c.waiters.Notify(n)
	}
	return starlark.None, nil
}

// condNotifyAll is Condition.notify_all().
func condNotifyAll(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	if !c.lock.isOwned(th) {
		return nil, core.NewError(core.RuntimeError, "cannot notify on un-acquired lock")
	}
	c.waiters.NotifyAll()
	return starlark.None, nil
}

// condRepr is Condition.__repr__: "<Condition(<lock>, 0)>".
func condRepr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, err := condOf(b)
	if err != nil {
		return nil, err
	}
	return starlark.String(fmt.Sprintf("<Condition(%s, %d)>", c.lockVal.String(), c.waiters.Len())), nil
}
