package threading

import (
	"fmt"
	"sync/atomic"
	"time"

	"go.starlark.net/starlark"

	"pyconc/interp/core"
)

// This file defines Lock (_thread.lock), a channel-based mutex, and the
// lockLike interface that Condition uses to drive any lock.

// lockLike is a lock that Condition can wait on.
type lockLike interface {
	// acquire takes the lock (blocking for up to timeout; Forever: no limit).
	acquire(th *starlark.Thread, blocking bool, timeout time.Duration) (bool, error)
	release(th *starlark.Thread) error
	// isOwned reports whether th may wait on a Condition over the lock.
	isOwned(th *starlark.Thread) bool
	// releaseSave releases the lock completely, returning what
	// acquireRestore needs to take it back.
	releaseSave(th *starlark.Thread) (any, error)
	acquireRestore(th *starlark.Thread, saved any) error
}

// Lock is threading.Lock: a primitive lock that any thread may release.
// The channel holds a token while the lock is free.
type Lock struct {
	tok   chan struct{}
	bound atomic.Pointer[map[string]*starlark.Builtin] // methods bound to the lock, made on first use
}

var (
	_ starlark.HasAttrs = (*Lock)(nil)
	_ lockLike          = (*Lock)(nil)
)

// NewLock returns an unlocked Lock.
func NewLock() *Lock {
	l := &Lock{tok: make(chan struct{}, 1)}
	l.tok <- struct{}{}
	return l
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return len(l.tok) == 0 }

// TryAcquire takes the lock if it is free, without waiting.
func (l *Lock) TryAcquire() bool {
	select {
	case <-l.tok:
		return true
	default:
		return false
	}
}

// Acquire takes the lock for th, waiting up to timeout (Forever: no
// limit), without holding the interpreter lock while it waits.
func (l *Lock) Acquire(th *starlark.Thread, timeout time.Duration) (bool, error) {
	return Wait(th, l.tok, timeout)
}

// Release frees the lock; RuntimeError when it is not locked.
func (l *Lock) Release() error {
	select {
	case l.tok <- struct{}{}:
		return nil
	default:
		return core.NewError(core.RuntimeError, "release unlocked lock")
	}
}

func (l *Lock) acquire(th *starlark.Thread, blocking bool, timeout time.Duration) (bool, error) {
	if !blocking {
		return l.TryAcquire(), nil
	}
	return l.Acquire(th, timeout)
}

func (l *Lock) release(*starlark.Thread) error { return l.Release() }

// isOwned follows CPython: a plain lock is "owned" when it is locked.
func (l *Lock) isOwned(*starlark.Thread) bool { return l.Locked() }

func (l *Lock) releaseSave(*starlark.Thread) (any, error) { return nil, l.Release() }

func (l *Lock) acquireRestore(th *starlark.Thread, _ any) error {
	_, err := l.Acquire(th, Forever)
	return err
}

// String returns "<unlocked _thread.lock object at 0x...>".
func (l *Lock) String() string {
	state := "unlocked"
	if l.Locked() {
		state = "locked"
	}
	return fmt.Sprintf("<%s _thread.lock object at %#x>", state, core.ID(l))
}

// Type returns "lock".
func (l *Lock) Type() string { return "lock" }

// Freeze does nothing: locks stay usable.
func (l *Lock) Freeze() {}

// Truth returns True.
func (l *Lock) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (l *Lock) Hash() (uint32, error) { return uint32(core.ID(l) >> 3), nil }

// Attr returns a method bound to the lock.
func (l *Lock) Attr(name string) (starlark.Value, error) {
	m := l.bound.Load()
	if m == nil {
		m = bindAll(lockMethods, l)
		l.bound.Store(m)
	}
	if b, ok := (*m)[name]; ok {
		return b, nil
	}
	return nil, nil
}

// bindAll binds every method of a table to recv (once per object, so that
// attribute lookups in loops allocate nothing).
func bindAll(table map[string]*starlark.Builtin, recv starlark.Value) *map[string]*starlark.Builtin {
	m := make(map[string]*starlark.Builtin, len(table))
	for k, b := range table {
		m[k] = b.BindReceiver(recv)
	}
	return &m
}

// AttrNames lists the methods.
func (l *Lock) AttrNames() []string { return methodNames(lockMethods) }

var lockMethods = map[string]*starlark.Builtin{
	"acquire":      starlark.NewBuiltin("acquire", lockAcquire),
	"acquire_lock": starlark.NewBuiltin("acquire_lock", lockAcquire),
	"__enter__":    starlark.NewBuiltin("__enter__", lockAcquire),
	"release":      starlark.NewBuiltin("release", lockRelease),
	"release_lock": starlark.NewBuiltin("release_lock", lockRelease),
	"__exit__":     starlark.NewBuiltin("__exit__", lockExit),
	"locked":       starlark.NewBuiltin("locked", lockLocked),
	"locked_lock":  starlark.NewBuiltin("locked_lock", lockLocked),
}

// lockArgs decodes acquire(blocking=True, timeout=-1) for Lock and RLock.
func lockArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (bool, time.Duration, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return true, Forever, nil
	}
	var blocking, timeout starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return false, 0, err
	}
	block := truth(blocking, true)
	t := -1.0
	if timeout != nil {
		var err error
		if t, err = Seconds(timeout, "a timeout"); err != nil {
			return false, 0, err
		}
	}
	if !block && t != -1 {
		return false, 0, core.NewError(core.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if t < 0 && t != -1 {
		return false, 0, core.NewError(core.ValueError, "timeout value must be positive")
	}
	if t > TimeoutMax {
		return false, 0, core.NewError(core.OverflowError, "timeout value is too large")
	}
	if t == -1 {
		return block, Forever, nil
	}
	return block, Duration(t), nil
}

func lockAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	block, timeout, err := lockArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	ok, err := b.Receiver().(*Lock).acquire(th, block, timeout)
	return starlark.Bool(ok), err
}

func lockRelease(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*Lock).Release()
}

func lockExit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*Lock).Release()
}

func lockLocked(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*Lock).Locked()), nil
}

// newLockBuiltin is threading.Lock().
func newLockBuiltin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return NewLock(), nil
}
