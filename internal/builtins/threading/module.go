package threading

import (
	"fmt"
	"sync"
	"sync/atomic"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the module value, its per-runtime state and the
// module-level functions about threads (current_thread, enumerate...).

// rtState is the threading state of one runtime.
type rtState struct {
	threads atomic.Int64 // counter of default names Thread-N
	dummies atomic.Int64 // counter of Dummy-N
	module  atomic.Pointer[core.Module]
	main    atomic.Pointer[core.Instance]

	stackSize atomic.Int64 // the size set by stack_size

	mu           sync.Mutex
	dummyThreads []*core.ThreadState // the threads given a _DummyThread object
}

type stateKey struct{}

func runtimeState(rt *core.Runtime) *rtState {
	return rt.Shared(stateKey{}, func() any { return &rtState{} }).(*rtState)
}

// stateOf returns the threading state of th's runtime (a fresh one when th
// belongs to no runtime).
func stateOf(th *starlark.Thread) *rtState {
	if rt := core.RuntimeOf(th); rt != nil {
		return runtimeState(rt)
	}
	return &rtState{}
}

func (s *rtState) nextThread() int64 { return s.threads.Add(1) }

// Make creates the threading module for rt. It is the module's
// builtins.Maker.
func Make(rt *core.Runtime) (starlark.Value, error) {
	fn := func(name string, impl func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
		return starlark.NewBuiltin(name, impl)
	}
	hook := fn("excepthook", defaultExcepthook)
	m := core.NewModule("threading", starlark.StringDict{
		"Thread":             ThreadClass,
		"Timer":              TimerClass,
		"Lock":               allocateLock,
		"RLock":              fn("RLock", newRLockBuiltin),
		"Condition":          ConditionClass,
		"Semaphore":          SemaphoreClass,
		"BoundedSemaphore":   BoundedSemaphoreClass,
		"Event":              EventClass,
		"Barrier":            BarrierClass,
		"BrokenBarrierError": BrokenBarrierError,
		"ThreadError":        core.RuntimeError,
		"local":              LocalClass,
		"current_thread":     fn("current_thread", currentThread),
		"currentThread":      fn("currentThread", currentThreadAlias),
		"main_thread":        fn("main_thread", mainThread),
		"enumerate":          fn("enumerate", enumerate),
		"active_count":       fn("active_count", activeCount),
		"activeCount":        fn("activeCount", activeCountAlias),
		"get_ident":          fn("get_ident", getIdent),
		"get_native_id":      fn("get_native_id", getNativeID),
		"stack_size":         stackSizeBuiltin,
		"settrace":           fn("settrace", setHook),
		"setprofile":         fn("setprofile", setHook),
		"gettrace":           fn("gettrace", getHook),
		"getprofile":         fn("getprofile", getHook),
		"TIMEOUT_MAX":        starlark.Float(core.TimeoutMax),
		"excepthook":         hook,
		"__excepthook__":     hook,
		"ExceptHookArgs":     fn("ExceptHookArgs", newExceptHookArgs),
	})
	runtimeState(rt).module.Store(m)
	return m, nil
}

// objectOf returns the Thread object of ts, making the _MainThread or
// _DummyThread object of a thread not started by this module.
func objectOf(ts *core.ThreadState) starlark.Value {
	if ts.Object != nil {
		return ts.Object
	}
	st := runtimeState(ts.RT)
	t := newThreadObj()
	t.initialized, t.started, t.ts, t.daemon = true, true, ts, ts.Daemon
	class := DummyThreadClass
	if ts.IsMain {
		class, t.isMain, t.name = MainThreadClass, true, ts.Name()
	} else {
		t.name = fmt.Sprintf("Dummy-%d", st.dummies.Add(1))
		t.daemon = true
		ts.SetName(t.name)
		st.mu.Lock()
		st.dummyThreads = append(st.dummyThreads, ts)
		st.mu.Unlock()
	}
	inst := core.NewInstance(ts.RT, class)
	inst.Native = t
	ts.Object = inst
	if ts.IsMain {
		st.main.Store(inst)
	}
	return inst
}

// MainThreadClass is threading._MainThread, the class of the main thread's object.
var MainThreadClass = core.MustClass("_MainThread", "threading", []*core.Class{ThreadClass}, nil)

// DummyThreadClass is threading._DummyThread, the class of the objects of
// threads not started by the threading module.
var DummyThreadClass = core.MustClass("_DummyThread", "threading", []*core.Class{ThreadClass}, nil)

func threadState(th *starlark.Thread, fn string) (*core.ThreadState, error) {
	ts := core.StateOf(th)
	if ts == nil {
		return nil, fmt.Errorf("%s: not a pyconc thread", fn)
	}
	return ts, nil
}

// currentThread is threading.current_thread().
func currentThread(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	return objectOf(ts), nil
}

// mainThread is threading.main_thread().
func mainThread(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	if m := runtimeState(ts.RT).main.Load(); m != nil {
		return m, nil
	}
	for _, o := range ts.RT.Threads() {
		if o.IsMain {
			return objectOf(o), nil
		}
	}
	return starlark.None, nil
}

// enumerate is threading.enumerate(): the live threads in start order.
func enumerate(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	list := listedThreads(ts.RT)
	out := make([]starlark.Value, len(list))
	for i, o := range list {
		out[i] = objectOf(o)
	}
	return starlark.NewList(out), nil
}

// activeCount is threading.active_count().
func activeCount(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(len(listedThreads(ts.RT))), nil
}

// getIdent is threading.get_ident().
func getIdent(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt64(ts.Ident), nil
}

// getNativeID is threading.get_native_id().
func getNativeID(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt64(nativeID(ts)), nil
}

// setHook is settrace/setprofile: accepted and ignored (no tracing).
func setHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fn starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fn); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// getHook is gettrace/getprofile: always None.
func getHook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return starlark.None, nil
}
