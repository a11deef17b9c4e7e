package threading

import (
	"fmt"
	"sort"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the _thread module, the low-level threads that
// threading is built on in CPython: start_new_thread, allocate_lock,
// LockType, RLock, get_ident, exit, interrupt_main, stack_size... Its
// threads and locks are threading's: threading.Lock is
// _thread.allocate_lock, and a thread started here is a _DummyThread
// (Dummy-N) for threading once it calls current_thread().

// MakeThread creates the _thread module for rt. It is the module's
// builtins.Maker.
func MakeThread(rt *core.Runtime) (starlark.Value, error) {
	fn := starlark.NewBuiltin
	start := fn("start_new_thread", startNewThread)
	exit := fn("exit", threadExit)
	return core.NewModule("_thread", starlark.StringDict{
		"start_new_thread": start,
		"start_new":        start,
		"allocate_lock":    allocateLock,
		"allocate":         allocateLock,
		"LockType":         lockType(),
		"RLock":            rlockType(),
		"get_ident":        fn("get_ident", getIdent),
		"get_native_id":    fn("get_native_id", getNativeID),
		"exit":             exit,
		"exit_thread":      exit,
		"interrupt_main":   fn("interrupt_main", interruptMain),
		"stack_size":       stackSizeBuiltin,
		"TIMEOUT_MAX":      starlark.Float(core.TimeoutMax),
		"error":            core.RuntimeError,
		"_count":           fn("_count", threadCount),
		"_local":           LocalClass,
		"_excepthook":      fn("_excepthook", defaultExcepthook),
		"_ExceptHookArgs":  fn("_ExceptHookArgs", newExceptHookArgs),
		"_set_sentinel":    fn("_set_sentinel", newLockBuiltin),
	}), nil
}

// allocateLock is _thread.allocate_lock, which threading.Lock is.
var allocateLock = starlark.NewBuiltin("allocate_lock", newLockBuiltin)

// stackSizeBuiltin is _thread.stack_size, which threading.stack_size is.
var stackSizeBuiltin = starlark.NewBuiltin("stack_size", stackSize)

var (
	lockTypeOnce, rlockTypeOnce sync.Once
)

// lockType returns _thread.LockType, the class of Lock values (_thread.lock),
// which cannot be called.
func lockType() *core.Class {
	c := core.ClassOf(NewLock())
	lockTypeOnce.Do(func() {
		c.SetOwn("__new__", starlark.NewBuiltin("lock", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			return nil, core.NewError(core.TypeError, "cannot create '_thread.lock' instances")
		}))
	})
	return c
}

// rlockType returns _thread.RLock, the class of RLock values: calling it
// makes one.
func rlockType() *core.Class {
	c := core.ClassOf(NewRLock())
	rlockTypeOnce.Do(func() {
		c.SetOwn("__new__", starlark.NewBuiltin("RLock", newRLockBuiltin))
	})
	return c
}

// rawThreadKey marks, in ThreadState.Local, a thread started by
// start_new_thread: threading does not list it until it has a
// _DummyThread object (made by current_thread() in it).
type rawThreadKey struct{}

func isRawThread(ts *core.ThreadState) bool {
	_, ok := ts.Local.Load(rawThreadKey{})
	return ok
}

// startNewThread is _thread.start_new_thread(function, args, kwargs=None,
// /): it starts a daemon thread calling function(*args, **kwargs) and
// returns its ident. An exception escaping function is printed as
// CPython's unraisable hook does ("Exception ignored in thread started
// by: ..."), SystemExit silently ends the thread. The program does not
// wait for such threads: they end with it.
func startNewThread(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, core.NewError(core.TypeError, "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("start_new_thread expected at least 2 arguments, got %d", len(args)))
	}
	if len(args) > 3 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("start_new_thread expected at most 3 arguments, got %d", len(args)))
	}
	function := args[0]
	if _, ok := function.(starlark.Callable); !ok {
		return nil, core.NewError(core.TypeError, "first arg must be callable")
	}
	pos, ok := args[1].(starlark.Tuple)
	if !ok {
		return nil, core.NewError(core.TypeError, "2nd arg must be a tuple")
	}
	var kw []starlark.Tuple
	if len(args) == 3 {
		d, ok := args[2].(*starlark.Dict)
		if !ok {
			return nil, core.NewError(core.TypeError, "optional 3rd arg must be a dictionary")
		}
		kw = d.Items()
	}
	rt := core.RuntimeOf(th)
	if rt == nil {
		return nil, fmt.Errorf("start_new_thread: no pyconc runtime")
	}
	if err := rt.CheckThreadStart(); err != nil {
		return nil, err
	}
	ts := rt.NewThread("Dummy")
	ts.Daemon = true
	ts.Local.Store(rawThreadKey{}, true)
	if ts.Thread.Print == nil {
		ts.Thread.Print = th.Print
	}
	rt.Go(ts, nil, func() {
		if _, err := starlark.Call(ts.Thread, function, pos, kw); err != nil {
			reportUnraisable(ts.Thread, function, err)
		}
	})
	return starlark.MakeInt64(ts.Ident), nil
}

// reportUnraisable prints an exception that escaped the function of a
// thread started by start_new_thread, as CPython's default
// sys.unraisablehook does; SystemExit and the end of the runtime are
// silent.
func reportUnraisable(th *starlark.Thread, function starlark.Value, err error) {
	rt := core.RuntimeOf(th)
	if isCancelled(rt, err) {
		return
	}
	if pyError(th, err).Value.Class.IsSubclass(core.SystemExit) {
		return
	}
	what, rerr := core.Repr(th, function)
	if rerr != nil {
		what = function.String()
	}
	_, _ = rt.Stderr.WriteString("Exception ignored in thread started by: " + what + "\n" + FormatException(th, err))
}

// threadExit is _thread.exit(): it raises SystemExit, which ends the
// thread silently.
func threadExit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return nil, &core.PyError{Value: core.NewException(core.SystemExit)}
}

// sigint is the number of SIGINT, interrupt_main's default signal.
const sigint = 2

// interruptMain is _thread.interrupt_main(signum=signal.SIGINT): as if the
// signal arrived, the main thread gets KeyboardInterrupt (at once if it
// waits). Other signals have no Python handler in pyconc: as CPython does
// for a signal left to its default action, nothing happens.
func interruptMain(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	signum := sigint
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "signum?", &signum); err != nil {
		return nil, err
	}
	if signum < 1 || signum >= 65 {
		return nil, core.NewError(core.ValueError, "signal number out of range")
	}
	if signum == sigint {
		if rt := core.RuntimeOf(th); rt != nil {
			rt.InterruptMain()
		}
	}
	return starlark.None, nil
}

// threadCount is _thread._count(): the number of live threads other than
// the main thread (and the host's).
func threadCount(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	ts, err := threadState(th, b.Name())
	if err != nil {
		return nil, err
	}
	n := 0
	for _, o := range ts.RT.Threads() {
		if !o.IsMain && !o.Host {
			n++
		}
	}
	return starlark.MakeInt(n), nil
}

// listedThreads returns the threads threading lists (enumerate,
// active_count), in start order: the live threads but those started by
// start_new_thread that have no Thread object, and, as in CPython 3.11,
// the _DummyThread objects of such threads that have ended (CPython never
// forgets them).
func listedThreads(rt *core.Runtime) []*core.ThreadState {
	live := rt.Threads()
	out := live[:0]
	seen := make(map[*core.ThreadState]bool, len(live))
	for _, ts := range live {
		seen[ts] = true
		if ts.Object == nil && isRawThread(ts) {
			continue
		}
		out = append(out, ts)
	}
	st := runtimeState(rt)
	st.mu.Lock()
	added := false
	for _, ts := range st.dummyThreads {
		if !seen[ts] {
			out = append(out, ts)
			added = true
		}
	}
	st.mu.Unlock()
	if added {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Ident < out[j].Ident })
	}
	return out
}

// stackSize is _thread.stack_size(size=0): it sets the stack size of new
// threads, returning the previous one, with CPython's checks. Goroutine
// stacks grow on demand, so the size is only recorded.
func stackSize(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sizeV starlark.Value = starlark.MakeInt(0)
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &sizeV); err != nil {
		return nil, err
	}
	sizeI, ok := sizeV.(starlark.Int)
	if !ok {
		if bv, isBool := sizeV.(starlark.Bool); isBool {
			sizeI = starlark.MakeInt(map[bool]int{true: 1, false: 0}[bool(bv)])
		} else {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(sizeV)))
		}
	}
	size, ok := sizeI.Int64()
	if !ok {
		return nil, core.NewError(core.OverflowError, "Python int too large to convert to C ssize_t")
	}
	if size < 0 {
		return nil, core.NewError(core.ValueError, "size must be 0 or a positive value")
	}
	if size != 0 && size < 32768 {
		return nil, core.NewError(core.ValueError, fmt.Sprintf("size not valid: %d bytes", size))
	}
	old := stateOf(th).stackSize.Swap(size)
	return starlark.MakeInt64(old), nil
}
