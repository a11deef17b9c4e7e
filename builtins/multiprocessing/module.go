package multiprocessing

import (
	"runtime"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the multiprocessing module value and its functions.

// ProcessError, the base of multiprocessing's own exceptions.
var (
	ProcessError        = core.MustClass("ProcessError", "multiprocessing", []*core.Class{core.Exception}, nil)
	AuthenticationError = core.MustClass("AuthenticationError", "multiprocessing", []*core.Class{ProcessError}, nil)
)

// Make creates the multiprocessing module of a runtime:
//
//	Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)
//	current_process()  parent_process()  active_children()  cpu_count()
//	get_start_method(allow_none=False) -> "spawn"  set_start_method(method, force=False)
//	get_all_start_methods() -> ["spawn"]  freeze_support()
//	Queue(maxsize=0)  Pipe(duplex=True)  Lock()
//	ProcessError  AuthenticationError  TimeoutError
func Make(rt *core.Runtime) (starlark.Value, error) {
	stateOf(rt)
	fn := func(name string, f func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) starlark.Value {
		return starlark.NewBuiltin(name, f)
	}
	members := starlark.StringDict{
		"Process":               ProcessClass,
		"current_process":       fn("current_process", currentProcess),
		"parent_process":        fn("parent_process", parentProcess),
		"active_children":       fn("active_children", activeChildren),
		"cpu_count":             fn("cpu_count", cpuCount),
		"get_start_method":      fn("get_start_method", getStartMethod),
		"set_start_method":      fn("set_start_method", setStartMethod),
		"get_all_start_methods": fn("get_all_start_methods", allStartMethods),
		"freeze_support":        fn("freeze_support", freezeSupport),
		"Queue":                 fn("Queue", newQueue),
		"Pipe":                  fn("Pipe", newPipe),
		"Lock":                  fn("Lock", newLock),
		"ProcessError":          ProcessError,
		"AuthenticationError":   AuthenticationError,
		"TimeoutError":          core.TimeoutError,
	}
	for name, v := range moreMembers() {
		members[name] = v
	}
	return core.NewModule("multiprocessing", members), nil
}

func currentProcess(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	st := stateOf(core.RuntimeOf(th))
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.current == nil {
		return starlark.None, nil
	}
	return st.current, nil
}

func parentProcess(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return stateOf(core.RuntimeOf(th)).parent, nil
}

func activeChildren(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	live := stateOf(core.RuntimeOf(th)).liveChildren()
	out := make([]starlark.Value, len(live))
	for i, c := range live {
		out[i] = c
	}
	return starlark.NewList(out), nil
}

func cpuCount(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(runtime.NumCPU()), nil
}

func getStartMethod(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	allowNone := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "allow_none?", &allowNone); err != nil {
		return nil, err
	}
	return starlark.String("spawn"), nil
}

func setStartMethod(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var method starlark.Value
	force := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "method", &method, "force?", &force); err != nil {
		return nil, err
	}
	if method == starlark.String("spawn") || (method == starlark.None && force) {
		return starlark.None, nil
	}
	if s, ok := method.(starlark.String); ok && (s == "fork" || s == "forkserver") {
		return nil, core.NewError(core.ValueError, "cannot use start method '"+string(s)+"': pyconc always starts processes with 'spawn' (the running binary is re-executed)")
	}
	return nil, core.NewError(core.ValueError, "cannot find context for "+core.ReprNoThread(method))
}

func allStartMethods(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.NewList([]starlark.Value{starlark.String("spawn")}), nil
}

func freezeSupport(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, nil
}
