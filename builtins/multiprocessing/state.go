package multiprocessing

import (
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
)

// This file defines the state of this OS process (the backend of shared
// objects, whether it is a worker) and of each runtime (its processes).

// world is the state of this OS process.
var world struct {
	mu sync.Mutex
	be backend // nil until first use: the store in the root, remote in a worker
	st *store  // the store, in the root only

	// bootstrapping is true while a worker loads its main module.
	bootstrapping atomic.Bool

	// boot is what a worker received from its parent (nil in the root).
	boot *bootInfo
}

// bootInfo describes a worker process.
type bootInfo struct {
	spec       MainSpec
	proc       []byte // the Process object, encoded
	parentPid  int
	parentName string
}

// getBackend returns this process's backend of shared objects.
func getBackend() backend {
	world.mu.Lock()
	defer world.mu.Unlock()
	if world.be == nil {
		world.st = newStore()
		world.be = world.st
	}
	return world.be
}

// rtState is the multiprocessing state of one runtime.
type rtState struct {
	rt       *core.Runtime
	mu       sync.Mutex
	counter  int
	children []*core.Instance // started, not yet reaped by active_children/join
	current  *core.Instance
	parent   starlark.Value
	authkey  []byte
	spec     *MainSpec
	shutdown sync.Once
	spares   spares // the child started ahead of time (spare.go)
}

type rtKey struct{}

func stateOf(rt *core.Runtime) *rtState {
	return rt.Shared(rtKey{}, func() any {
		s := &rtState{rt: rt}
		if k := reexec.AuthKey(); k != nil {
			s.authkey = k
		} else {
			s.authkey = reexec.NewAuthKey()
		}
		if world.boot == nil {
			s.current = newProcessObject(rt, &procState{name: "MainProcess", current: true, mainProcess: true})
			s.parent = starlark.None
		} else {
			s.parent = newProcessObject(rt, &procState{name: world.boot.parentName, parentProxy: true, pid: world.boot.parentPid})
		}
		return s
	}).(*rtState)
}

// currentIdentity returns the identity (1, 2 for Process-1:2) of the
// running process.
func (s *rtState) currentIdentity() []int {
	s.mu.Lock()
	cur := s.current
	s.mu.Unlock()
	if cur == nil {
		return nil
	}
	return procOf(cur).identity
}

func (s *rtState) addChild(p *core.Instance) {
	s.mu.Lock()
	s.children = append(s.children, p)
	s.mu.Unlock()
}

// liveChildren returns the started children not yet known to have ended,
// forgetting those that have.
func (s *rtState) liveChildren() []*core.Instance {
	s.mu.Lock()
	defer s.mu.Unlock()
	live := s.children[:0]
	for _, c := range s.children {
		if procOf(c).exitCode() == nil {
			live = append(live, c)
		}
	}
	for i := len(live); i < len(s.children); i++ {
		s.children[i] = nil
	}
	s.children = live
	return append([]*core.Instance(nil), live...)
}
