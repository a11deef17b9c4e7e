package multiprocessing

import (
	"runtime"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the multiprocessing module value, its functions and
// its exception classes.

// ProcessError, the base of multiprocessing's own exceptions.
var (
	ProcessError        = core.MustClass("ProcessError", "multiprocessing", []*core.Class{core.Exception}, nil)
	AuthenticationError = core.MustClass("AuthenticationError", "multiprocessing", []*core.Class{ProcessError}, nil)
)

// The exception classes of multiprocessing's context and pool modules.
var (
	// TimeoutError is multiprocessing.TimeoutError
	// (multiprocessing.context.TimeoutError), raised by AsyncResult.get.
	TimeoutError = core.MustClass("TimeoutError", "multiprocessing.context", []*core.Class{ProcessError}, nil)
	// BufferTooShort is multiprocessing.BufferTooShort.
	BufferTooShort = core.MustClass("BufferTooShort", "multiprocessing.context", []*core.Class{ProcessError}, nil)
	// RemoteTraceback is multiprocessing.pool.RemoteTraceback: the cause
	// of an exception re-raised from a Pool worker, whose message is the
	// worker's traceback.
	RemoteTraceback = core.MustClass("RemoteTraceback", "multiprocessing.pool", []*core.Class{core.Exception}, nil)
	// MaybeEncodingError is multiprocessing.pool.MaybeEncodingError: a
	// worker's result could not be sent back.
	MaybeEncodingError = core.MustClass("MaybeEncodingError", "multiprocessing.pool", []*core.Class{core.Exception}, nil)
	// WorkerLostError (pyconc's own) is raised by the calls of a Pool whose
	// worker died while running their task; CPython hangs instead.
	WorkerLostError = core.MustClass("WorkerLostError", "multiprocessing.pool", []*core.Class{core.RuntimeError}, nil)
)

// Make creates the multiprocessing module of a runtime:
//
//	Process(group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None)
//	current_process()  parent_process()  active_children()  cpu_count()
//	get_start_method(allow_none=False) -> "fork" on Linux, "spawn" elsewhere  set_start_method(method, force=False)
//	get_all_start_methods() -> ["fork", "spawn", "forkserver"] on Linux  freeze_support()
//	Queue(maxsize=0)  JoinableQueue(maxsize=0)  SimpleQueue()  Pipe(duplex=True)
//	Lock()  RLock()  Semaphore(value=1)  BoundedSemaphore(value=1)  Event()
//	Condition(lock=None)  Barrier(parties, action=None, timeout=None)
//	Value(typecode, *args, lock=True)  Array(typecode, size_or_initializer, *, lock=True)
//	RawValue(typecode, *args)  RawArray(typecode, size_or_initializer)
//	Manager()  Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None)
//	get_logger()  log_to_stderr(level=None)  SUBDEBUG  SUBWARNING
//	ProcessError  AuthenticationError  TimeoutError  BufferTooShort
func Make(rt *core.Runtime) (starlark.Value, error) {
	stateOf(rt)
	members := starlark.StringDict{
		"Process":             ProcessClass,
		"ProcessError":        ProcessError,
		"AuthenticationError": AuthenticationError,
		"TimeoutError":        TimeoutError,
		"BufferTooShort":      BufferTooShort,
		"SUBDEBUG":            starlark.MakeInt(levelSubDebug),
		"SUBWARNING":          starlark.MakeInt(levelSubWarning),
	}
	for name, f := range map[string]core.MethodFunc{
		"current_process":       currentProcess,
		"parent_process":        parentProcess,
		"active_children":       activeChildren,
		"cpu_count":             cpuCount,
		"get_start_method":      getStartMethod,
		"set_start_method":      setStartMethod,
		"get_all_start_methods": allStartMethods,
		"freeze_support":        freezeSupport,
		"Queue":                 newQueue,
		"JoinableQueue":         newJoinableQueue,
		"SimpleQueue":           newSimpleQueue,
		"Pipe":                  newPipe,
		"Lock":                  newLock,
		"RLock":                 newRLock,
		"Semaphore":             makeSemaphore(false),
		"BoundedSemaphore":      makeSemaphore(true),
		"Event":                 newEvent,
		"Condition":             newCondition,
		"Barrier":               newBarrier,
		"Value":                 newValue,
		"Array":                 newArray,
		"RawValue":              newRawValue,
		"RawArray":              newRawArray,
		"Manager":               newManager,
		"Pool":                  newPool,
		"get_logger":            getLogger,
		"log_to_stderr":         logToStderr,
	} {
		members[name] = starlark.NewBuiltin(name, f)
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

func freezeSupport(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.None, nil
}
