package threading

import (
	"fmt"
	"sync"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines RLock (_thread.RLock): a reentrant lock with an owner
// thread and a recursion count.

// RLock is threading.RLock.
type RLock struct {
	bound core.BoundMethods // rlockMethods bound to the lock
	lock  *Lock
	mu    sync.Mutex
	owner *starlark.Thread
	count int
}

var (
	_ starlark.HasAttrs = (*RLock)(nil)
	_ lockLike          = (*RLock)(nil)
	_ core.FastContext  = (*RLock)(nil)
)

// Enter takes the lock (with rlock: ...).
func (r *RLock) Enter(th *starlark.Thread) (starlark.Value, error) {
	if _, err := r.acquire(th, true, core.Forever); err != nil {
		return nil, err
	}
	return starlark.True, nil
}

// Exit releases the lock at the end of a with statement.
func (r *RLock) Exit(th *starlark.Thread) error { return r.release(th) }

// NewRLock returns an unlocked RLock.
func NewRLock() *RLock { return &RLock{lock: NewLock()} }

func (r *RLock) state() (*starlark.Thread, int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.owner, r.count
}

func (r *RLock) set(owner *starlark.Thread, count int) {
	r.mu.Lock()
	r.owner, r.count = owner, count
	r.mu.Unlock()
}

func (r *RLock) acquire(th *starlark.Thread, blocking bool, timeout time.Duration) (bool, error) {
	if owner, count := r.state(); owner == th {
		r.set(th, count+1)
		return true, nil
	}
	ok, err := r.lock.acquire(th, blocking, timeout)
	if ok {
		r.set(th, 1)
	}
	return ok, err
}

func (r *RLock) release(th *starlark.Thread) error {
	owner, count := r.state()
	if owner != th || count == 0 {
		return core.NewError(core.RuntimeError, "cannot release un-acquired lock")
	}
	if count > 1 {
		r.set(th, count-1)
		return nil
	}
	r.set(nil, 0)
	return r.lock.Release()
}

func (r *RLock) isOwned(th *starlark.Thread) bool {
	owner, _ := r.state()
	return owner == th
}

func (r *RLock) releaseSave(th *starlark.Thread) (any, error) {
	owner, count := r.state()
	if owner != th || count == 0 {
		return nil, core.NewError(core.RuntimeError, "cannot release un-acquired lock")
	}
	r.set(nil, 0)
	return count, r.lock.Release()
}

func (r *RLock) acquireRestore(th *starlark.Thread, saved any) error {
	if _, err := r.lock.Acquire(th, core.Forever); err != nil {
		return err
	}
	r.set(th, saved.(int))
	return nil
}

// String returns "<unlocked _thread.RLock object owner=0 count=0 at 0x...>".
func (r *RLock) String() string {
	owner, count := r.state()
	state, id := "unlocked", int64(0)
	if r.lock.Locked() {
		state = "locked"
	}
	if ts := core.StateOf(owner); ts != nil {
		id = ts.Ident
	}
	return fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %#x>", state, id, count, core.ID(r))
}

// Type returns "_thread.RLock" (class RLock of module _thread).
func (r *RLock) Type() string { return "_thread.RLock" }

// Freeze does nothing.
func (r *RLock) Freeze() {}

// Truth returns True.
func (r *RLock) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (r *RLock) Hash() (uint32, error) { return uint32(core.ID(r) >> 3), nil }

// Attr returns a method bound to the lock.
func (r *RLock) Attr(name string) (starlark.Value, error) {
	return rlockMethods.AttrCached(r, &r.bound, name)
}

// AttrNames lists the methods.
func (r *RLock) AttrNames() []string { return rlockMethods.Names() }

var rlockMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":          rlockAcquire,
	"__enter__":        rlockAcquire,
	"release":          rlockRelease,
	"__exit__":         rlockExit,
	"_is_owned":        rlockIsOwned,
	"_recursion_count": rlockRecursionCount,
	"_release_save":    rlockReleaseSave,
	"_acquire_restore": rlockAcquireRestore,
	"_at_fork_reinit":  rlockAtForkReinit,
})

func rlockAcquire(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	block, timeout, err := acquireArgs(b, args, kwargs)
	if err != nil {
		return nil, err
	}
	ok, err := b.Receiver().(*RLock).acquire(th, block, timeout)
	return starlark.Bool(ok), err
}

func rlockRelease(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*RLock).release(th)
}

// rlockExit is __exit__(*args): it releases the lock.
func rlockExit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, b.Receiver().(*RLock).release(th)
}

func rlockIsOwned(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*RLock).isOwned(th)), nil
}

// rlockRecursionCount is RLock._recursion_count(): the recursion count if
// the calling thread owns the lock, else 0.
func rlockRecursionCount(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	owner, count := b.Receiver().(*RLock).state()
	if owner != th {
		count = 0
	}
	return starlark.MakeInt(count), nil
}

// rlockReleaseSave is RLock._release_save(): it releases the lock
// completely and returns its state, (count, owner), for _acquire_restore.
// As CPython's, it does not check the owner, only that the lock is held.
func rlockReleaseSave(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	r := b.Receiver().(*RLock)
	owner, count := r.state()
	if count == 0 {
		return nil, core.NewError(core.RuntimeError, "cannot release un-acquired lock")
	}
	var ident int64
	if ts := core.StateOf(owner); ts != nil {
		ident = ts.Ident
	}
	r.set(nil, 0)
	if err := r.lock.Release(); err != nil {
		return nil, err
	}
	return starlark.Tuple{starlark.MakeInt(count), starlark.MakeInt64(ident)}, nil
}

// rlockAcquireRestore is RLock._acquire_restore(state, /): it takes the
// lock back, blocking, with the recursion count of state, (count, owner),
// for the calling thread.
func rlockAcquireRestore(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var state starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &state); err != nil {
		return nil, err
	}
	t, ok := state.(starlark.Tuple)
	if !ok || len(t) != 2 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("_acquire_restore() argument 1 must be 2-item sequence, not %s", core.TypeName(state)))
	}
	count, err := starlark.AsInt32(t[0])
	if err != nil {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(t[0])))
	}
	r := b.Receiver().(*RLock)
	if _, err := r.lock.Acquire(th, core.Forever); err != nil {
		return nil, err
	}
	r.set(th, count)
	return starlark.None, nil
}

// rlockAtForkReinit is RLock._at_fork_reinit(): the lock becomes free.
func rlockAtForkReinit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	r := b.Receiver().(*RLock)
	r.set(nil, 0)
	if r.lock.Locked() {
		_ = r.lock.Release()
	}
	return starlark.None, nil
}

// newRLockBuiltin is threading.RLock(*args, **kwargs): as CPython's
// _thread.RLock, it ignores its arguments.
func newRLockBuiltin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return NewRLock(), nil
}
