package multiprocessing

import (
	"os"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
)

// This file defines the multiprocessing state of each runtime: its
// broker of shared objects, its processes, its pools; and the link of a
// worker process to its parent, which the worker's runtime takes over.

// rtState is the multiprocessing state of one runtime.
type rtState struct {
	rt       *core.Runtime
	b        *broker.Broker // the store in a root runtime, the parent's client in a worker
	link     *childLink     // nil in a root runtime
	mu       sync.Mutex
	counter  int
	children []*core.Instance // started, not yet reaped by active_children/join
	current  *core.Instance
	parent   starlark.Value
	authkey  []byte
	spec     *MainSpec
	method   string // the start method set (set_start_method, or the default once asked); "" until then
	shutdown sync.Once
	spares   spares // the child started ahead of time (spare.go)
	pools    pools  // the Pools of this runtime, by id (pool_state.go)
	log      logState

	// globals are the main module's globals: those that values sent by
	// Manager proxies from code with no script frame resolve against.
	globals starlark.StringDict
}

// childLink is what a worker process received from its parent: set by
// the worker entry point before it makes the worker's runtime, and taken
// by that runtime (the first one made in the process).
type childLink struct {
	boot *bootInfo
	b    *broker.Broker

	// bootstrapping is true while the worker loads its main module.
	bootstrapping atomic.Bool
}

// pendingLink is the link of this worker process not yet taken by its
// runtime.
var pendingLink struct {
	sync.Mutex
	link *childLink
}

// takeLink returns the worker's link to its parent, once (nil in a root).
func takeLink() *childLink {
	pendingLink.Lock()
	defer pendingLink.Unlock()
	l := pendingLink.link
	pendingLink.link = nil
	return l
}

// bootInfo describes a worker process.
type bootInfo struct {
	spec       MainSpec
	proc       []byte // the Process object, encoded
	parentPid  int
	parentName string
	logPrep    starlark.Value // the parent's logging set-up (logger.go)
	method     string         // the start method that started this process
}

type rtKey struct{}

func stateOf(rt *core.Runtime) *rtState {
	return rt.Shared(rtKey{}, func() any {
		s := &rtState{rt: rt, link: takeLink()}
		if k := reexec.AuthKey(); k != nil {
			s.authkey = k
		} else {
			s.authkey = reexec.NewAuthKey()
		}
		if s.link == nil {
			s.b = broker.NewRoot()
			s.current = newProcessObject(rt, &procState{name: "MainProcess", current: true, mainProcess: true})
			s.parent = starlark.None
		} else {
			s.b = s.link.b
			s.method = s.link.boot.method // as CPython's children inherit it
			s.parent = newProcessObject(rt, &procState{name: s.link.boot.parentName, parentProxy: true, pid: s.link.boot.parentPid})
		}
		return s
	}).(*rtState)
}

// brokerOf returns the broker of the thread's runtime.
func brokerOf(th *starlark.Thread) *broker.Broker { return stateOf(core.RuntimeOf(th)).b }

// inChild reports whether the runtime is a worker's (its shared objects
// are reached through its parent).
func (s *rtState) inChild() bool { return s.link != nil }

// bootstrapping reports whether the runtime is a worker still loading
// its main module.
func (s *rtState) bootstrapping() bool { return s.link != nil && s.link.bootstrapping.Load() }

// setGlobals records the main module's globals.
func (s *rtState) setGlobals(g starlark.StringDict) {
	s.mu.Lock()
	s.globals = g
	s.mu.Unlock()
}

func (s *rtState) mainGlobals() starlark.StringDict {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.globals
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

func pid() int { return os.Getpid() }
