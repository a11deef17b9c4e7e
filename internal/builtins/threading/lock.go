package threading

import (
	"fmt"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
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
//
// It is a barging lock, as CPython's is: Release does not hand the lock to
// a waiting thread; it wakes the oldest waiter, which takes the lock only
// if it is still free once it runs again. A thread that holds the
// interpreter lock can therefore take a free lock at once, instead of
// queueing behind threads that still wait for the interpreter lock (which
// would turn every "with lock:" of a busy loop into a hand-over of the
// interpreter lock: a lock convoy).
type Lock struct {
	mu      sync.Mutex
	locked  bool
	waiters Waiters
	bound   core.BoundMethods // lockMethods bound to the lock
}

var (
	_ starlark.HasAttrs = (*Lock)(nil)
	_ lockLike          = (*Lock)(nil)
	_ core.FastContext  = (*Lock)(nil)
)

// NewLock returns an unlocked Lock.
func NewLock() *Lock { return &Lock{} }

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.locked
}

// TryAcquire takes the lock if it is free, without waiting.
func (l *Lock) TryAcquire() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.locked {
		return false
	}
	l.locked = true
	return true
}

// Acquire takes the lock for th, waiting up to timeout (Forever: no
// limit), without holding the interpreter lock while it waits.
func (l *Lock) Acquire(th *starlark.Thread, timeout time.Duration) (bool, error) {
	if l.TryAcquire() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		// Register as a waiter unless the lock was freed meanwhile.
		l.mu.Lock()
		if !l.locked {
			l.locked = true
			l.mu.Unlock()
			return true, nil
		}
		ch := l.waiters.Add()
		l.mu.Unlock()

		wait := timeout
		if timeout > 0 {
			if wait = time.Until(deadline); wait <= 0 {
				wait = 1 // poll once more
			}
		}
		woken, err := Wait(th, ch, wait)
		if !woken && !l.waiters.Remove(ch) {
			woken = true // notified just as the wait ended
		}
		if err != nil {
			if woken {
				l.wakeNext()
			}
			return false, err
		}
		if l.TryAcquire() {
			return true, nil
		}
		if woken {
			l.wakeNext() // barged: pass the wake-up on, then wait again
		}
		if timeout > 0 && !time.Now().Before(deadline) {
			return false, nil
		}
	}
}

// Enter takes the lock (with lock: ...).
func (l *Lock) Enter(th *starlark.Thread) (starlark.Value, error) {
	if _, err := l.Acquire(th, core.Forever); err != nil {
		return nil, err
	}
	return starlark.True, nil
}

// Exit releases the lock at the end of a with statement.
func (l *Lock) Exit(th *starlark.Thread) error { return l.Release() }

// wakeNext wakes the oldest waiter if the lock is free.
func (l *Lock) wakeNext() {
	l.mu.Lock()
	free := !l.locked
	l.mu.Unlock()
	if free {
		l.waiters.Notify(1)
	}
}

// Release frees the lock and wakes the oldest waiter; RuntimeError when it
// is not locked.
func (l *Lock) Release() error {
	l.mu.Lock()
	if !l.locked {
		l.mu.Unlock()
		return core.NewError(core.RuntimeError, "release unlocked lock")
	}
	l.locked = false
	l.mu.Unlock()
	l.waiters.Notify(1)
	return nil
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
	_, err := l.Acquire(th, core.Forever)
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

// Type returns "_thread.lock" (class lock of module _thread).
func (l *Lock) Type() string { return "_thread.lock" }

// Freeze does nothing: locks stay usable.
func (l *Lock) Freeze() {}

// Truth returns True.
func (l *Lock) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (l *Lock) Hash() (uint32, error) { return uint32(core.ID(l) >> 3), nil }

// Attr returns a method bound to the lock.
func (l *Lock) Attr(name string) (starlark.Value, error) {
	return lockMethods.AttrCached(l, &l.bound, name)
}

// AttrNames lists the methods.
func (l *Lock) AttrNames() []string { return lockMethods.Names() }

var lockMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":      lockAcquire,
	"acquire_lock": lockAcquire,
	"__enter__":    lockAcquire,
	"release":      lockRelease,
	"release_lock": lockRelease,
	"__exit__":     lockExit,
	"locked":       lockLocked,
	"locked_lock":  lockLocked,
})

// acquireArgs decodes acquire(blocking=True, timeout=-1) of Lock and
// RLock, with _thread's checks: blocking an int, timeout a number (not
// None), -1 (no limit) unless given with blocking=False, no other negative.
func acquireArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (bool, time.Duration, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return true, core.Forever, nil
	}
	blocking := intFlag(true)
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "blocking?", &blocking, "timeout?", &timeout); err != nil {
		return false, 0, err
	}
	if timeout.IsNone() {
		return false, 0, core.NewError(core.TypeError, "'NoneType' object cannot be interpreted as an integer")
	}
	if err := timeout.Bounded(); err != nil {
		return false, 0, err
	}
	unlimited := !timeout.IsSet() || timeout.Seconds() == -1
	if !bool(blocking) && !unlimited {
		return false, 0, core.NewError(core.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if unlimited {
		return bool(blocking), core.Forever, nil
	}
	if timeout.Negative() {
		return false, 0, core.NewError(core.ValueError, "timeout value must be positive")
	}
	return bool(blocking), timeout.Duration(), nil
}

// intFlag is a flag argument that _thread decodes as an int: an int or a
// bool, true when not zero.
type intFlag bool

// Unpack decodes v.
func (f *intFlag) Unpack(v starlark.Value) error {
	switch x := v.(type) {
	case starlark.Bool:
		*f = intFlag(x)
	case starlark.Int:
		*f = x.Sign() != 0
	default:
		return core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(v)))
	}
	return nil
}

func lockAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	block, timeout, err := acquireArgs(b, args, kwargs)
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
