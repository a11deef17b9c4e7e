package multiprocessing

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file lists the module members added to Process, Queue, Pipe and
// Lock (see Make), and the exception classes they raise.

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

type builtinFunc = func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// moreMembers returns the members added to the module by this package's
// later files.
func moreMembers() starlark.StringDict {
	fns := map[string]builtinFunc{
		"RLock":            newRLock,
		"Semaphore":        makeSemaphore(false),
		"BoundedSemaphore": makeSemaphore(true),
		"Event":            newEvent,
		"Condition":        newCondition,
		"Barrier":          newBarrier,
		"JoinableQueue":    newJoinableQueue,
		"SimpleQueue":      newSimpleQueue,
		"Value":            newValue,
		"Array":            newArray,
		"RawValue":         newRawValue,
		"RawArray":         newRawArray,
		"Manager":          newManager,
		"Pool":             newPool,
	}
	d := starlark.StringDict{
		"TimeoutError":   TimeoutError,
		"BufferTooShort": BufferTooShort,
	}
	for name, f := range fns {
		d[name] = starlark.NewBuiltin(name, f)
	}
	return d
}

func valueError(msg string) error { return core.NewError(core.ValueError, msg) }

// cutKind splits a handle kind "prefix:N..." into the prefix and N.
func cutKind(kind string) (string, int64, bool) {
	prefix, rest, ok := strings.Cut(kind, ":")
	if !ok {
		return prefix, 0, false
	}
	rest, _, _ = strings.Cut(rest, ":")
	n, err := strconv.ParseInt(rest, 10, 64)
	return prefix, n, err == nil
}
