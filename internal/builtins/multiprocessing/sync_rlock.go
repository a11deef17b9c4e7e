package multiprocessing

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines RLock: a recursive lock of the store, owned by one
// thread of one process ("pid:thread") at a time.

// RLock is multiprocessing.RLock.
type RLock struct{ sharedBase }

var rlockMethods = core.NewMethods(map[string]core.MethodFunc{
	"acquire":   rlockAcquireM,
	"release":   rlockReleaseM,
	"__enter__": rlockAcquireM,
	"__exit__":  rlockReleaseM,
})

func newRLock(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return makeRLock(th)
}

func makeRLock(th *starlark.Thread) (*RLock, error) {
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.RLock})
	if err != nil {
		return nil, err
	}
	return &RLock{base(th, res.N)}, nil
}

func (l *RLock) handle(*hooks) (string, uint64, error) { return "rlock", uint64(l.id), nil }

// Type returns "RLock".
func (l *RLock) Type() string { return "RLock" }

// String is CPython's repr: <RLock(None, 0)> when free, else the owner
// (this process's pid and thread, or SomeOtherProcess) and the count.
func (l *RLock) String() string {
	res := l.quick(&broker.Request{Op: broker.OpRLockState, ID: l.id})
	if res.N == 0 {
		return "<RLock(None, 0)>"
	}
	name := l.st.ownerName(string(res.Data))
	if name == "SomeOtherProcess" {
		return "<RLock(SomeOtherProcess, nonzero)>"
	}
	return fmt.Sprintf("<RLock(%s, %d)>", name, res.N)
}

// Attr returns a method.
func (l *RLock) Attr(name string) (starlark.Value, error) { return rlockMethods.Attr(l, name) }

// AttrNames lists the methods.
func (l *RLock) AttrNames() []string { return rlockMethods.Names() }

func rlockAcquireM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	return acquireWith(th, &broker.Request{Op: broker.OpRLockAcquire, ID: recv.(*RLock).id, Owner: ownerOf(th)}, name, args, kwargs)
}

func rlockReleaseM(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if name == "release" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
	}
	if _, err := callOK(th, &broker.Request{Op: broker.OpRLockRelease, ID: recv.(*RLock).id, Owner: ownerOf(th)}); err != nil {
		return nil, err
	}
	return exitResult(name), nil
}

// decodeRLock decodes the handle of a rlock.
func decodeRLock(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &RLock{h.base(int64(id))}, nil
}

// ownerName names the owner "pid:thread" of a lock in its repr, as
// CPython's: the process's name, and the thread's unless it is the main
// thread; "SomeOtherProcess" for another process.
func (s *rtState) ownerName(owner string) string {
	p, t, _ := strings.Cut(owner, ":")
	if p != itoa(int64(pid())) {
		return "SomeOtherProcess"
	}
	name := "MainProcess"
	s.mu.Lock()
	cur := procOf(s.current)
	s.mu.Unlock()
	if cur != nil {
		cur.mu.Lock()
		name = cur.name
		cur.mu.Unlock()
	}
	for _, ts := range s.rt.Threads() {
		if itoa(ts.Ident) == t && !ts.IsMain {
			name += "|" + ts.Thread.Name
		}
	}
	return name
}
