package threading

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
)

// This file defines threading.Thread: a Go-defined class whose instances
// (and instances of script subclasses) carry a *threadObj as Native state.

// threadObj is the Go state of a Thread instance. Its fields are read and
// written under the interpreter lock; done is closed when run has ended.
//
// The attributes _target, _args and _kwargs of CPython's Thread live here
// rather than in the instance dict (properties expose them), so that a
// thread costs no attribute map; nil means the attribute is absent (before
// __init__, after run). kwargsEmpty stands for a default {} not yet made.
type threadObj struct {
	initialized bool
	name        string
	daemon      bool
	started     bool
	ts          *core.ThreadState // set by start
	done        chan struct{}
	doneOnce    sync.Once
	isMain      bool

	target, args, kwargs starlark.Value
	kwargsEmpty          bool
}

func newThreadObj() *threadObj { return &threadObj{done: make(chan struct{})} }

// finish marks the thread as stopped, waking its joiners.
func (t *threadObj) finish() { t.doneOnce.Do(func() { close(t.done) }) }

// stopped reports whether the thread has ended.
func (t *threadObj) stopped() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

func (t *threadObj) alive() bool { return t.started && !t.stopped() }

// ThreadClass is threading.Thread.
var ThreadClass = newThreadClass()

var threadMethods = core.NewMethods(map[string]core.MethodFunc{
	"__init__":  threadInit,
	"start":     threadStart,
	"run":       threadRun,
	"join":      threadJoin,
	"is_alive":  threadIsAlive,
	"isAlive":   isAliveAlias,
	"getName":   getNameAlias,
	"setName":   setNameAlias,
	"isDaemon":  isDaemonAlias,
	"setDaemon": setDaemonAlias,
	"__repr__":  threadRepr,
}).WithProps(map[string]core.Getter{
	"name":      threadNameGet,
	"daemon":    threadDaemonGet,
	"ident":     threadIdentGet,
	"native_id": threadNativeIDGet,
	"_target":   threadFieldGetter("_target"),
	"_args":     threadFieldGetter("_args"),
	"_kwargs":   threadFieldGetter("_kwargs"),
}).WithSetters(map[string]core.Setter{
	"name":    threadNameSet,
	"daemon":  threadDaemonSet,
	"_target": threadFieldSetter("_target"),
	"_args":   threadFieldSetter("_args"),
	"_kwargs": threadFieldSetter("_kwargs"),
}).WithDeleters(map[string]core.Deleter{
	"_target": threadFieldDeleter("_target"),
	"_args":   threadFieldDeleter("_args"),
	"_kwargs": threadFieldDeleter("_kwargs"),
})

func newThreadClass() *core.Class {
	dict := threadMethods.ClassDict()
	threadRunMethod = dict["run"]
	c := core.MustClass("Thread", "threading", []*core.Class{core.ObjectClass}, dict)
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if inst.Native == nil {
			inst.Native = newThreadObj()
		}
		return nil
	}
	return c
}

func threadOf(b *starlark.Builtin) (*threadObj, error) { return native[*threadObj](b, "Thread") }

// threadOfProp is threadOf for property name of recv.
func threadOfProp(recv starlark.Value, name string) (*threadObj, error) {
	return nativeOf[*threadObj](recv, "Thread", name)
}

// notInitialized is the AssertionError of a Thread whose __init__ was not called.
func notInitialized(msg string) error { return core.NewError(core.AssertionError, msg) }

// threadInit is Thread.__init__(self, group=None, target=None, name=None,
// args=(), kwargs=None, *, daemon=None).
func threadInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	if len(args) > 5 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("Thread.__init__() takes from 1 to 6 positional arguments but %d were given", len(args)+1))
	}
	var group, target, name, daemon starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	var targs starlark.Value = starlark.Tuple{}
	var tkwargs starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "group?", &group, "target?", &target,
		"name?", &name, "args?", &targs, "kwargs?", &tkwargs, "daemon?", &daemon); err != nil {
		return nil, err
	}
	if group != starlark.None {
		return nil, core.NewError(core.AssertionError, "group argument must be None for now")
	}
	if name.Truth() {
		t.name = str(name)
	} else {
		t.name = fmt.Sprintf("Thread-%d", stateOf(th).nextThread())
		if n, ok := targetName(target); ok && target != starlark.None {
			t.name += " (" + n + ")"
		}
	}
	if daemon != starlark.None {
		t.daemon = bool(daemon.Truth())
	} else if ts := core.StateOf(th); ts != nil {
		t.daemon = ts.Daemon
	}
	t.target, t.args = target, targs
	t.kwargs, t.kwargsEmpty = nil, tkwargs == starlark.None
	if !t.kwargsEmpty {
		t.kwargs = tkwargs
	}
	t.initialized = true
	return starlark.None, nil
}

// str returns str(v) for a name.
func str(v starlark.Value) string {
	if s, ok := v.(starlark.String); ok {
		return string(s)
	}
	return v.String()
}

// targetName returns target.__name__, as shown in default thread names.
func targetName(v starlark.Value) (string, bool) {
	switch f := v.(type) {
	case *starlark.Function:
		n := strings.TrimPrefix(f.Name(), hidden.MangledPrefix)
		if n == "lambda" {
			n = "<lambda>"
		}
		return n, true
	case *core.Instance:
		if n, err := f.Attr("__name__"); err == nil && n != nil {
			if s, ok := n.(starlark.String); ok {
				return string(s), true
			}
		}
		return "", false
	case *core.Class:
		return f.Name(), true
	case starlark.Callable:
		return strings.TrimPrefix(f.Name(), hidden.MangledPrefix), true
	}
	return "", false
}

// threadStart is Thread.start(): it returns once the new thread runs
// (holding the interpreter lock until it blocks or its step budget ends).
func threadStart(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, core.NewError(core.RuntimeError, "thread.__init__() not called")
	}
	if t.started {
		return nil, core.NewError(core.RuntimeError, "threads can only be started once")
	}
	rt := core.RuntimeOf(th)
	if rt == nil {
		return nil, fmt.Errorf("start: no pyconc runtime")
	}
	if err := rt.CheckThreadStart(); err != nil {
		return nil, err
	}
	t.started = true
	self := b.Receiver()
	ts := rt.NewThread(t.name)
	ts.Daemon = t.daemon
	ts.Object = self
	if ts.Thread.Print == nil {
		ts.Thread.Print = th.Print
	}
	t.ts = ts
	running := make(chan struct{})
	rt.Go(ts, func() { close(running) }, func() {
		// The body of bootstrap, inlined by hand: see there.
		defer t.finish()
		var err error
		if inheritsRun(self) {
			err = t.runTarget(ts.Thread)
		} else {
			err = callRun(ts.Thread, self)
		}
		if err != nil {
			reportThreadError(ts.Thread, self, err)
		}
	})
	_, err = Wait(th, running, unbounded)
	return starlark.None, err
}

// threadRunMethod is Thread.run as stored in the class dict.
var threadRunMethod starlark.Value

// The goroutine of a thread started by Thread.start runs the thread's run
// method, holding the interpreter lock, and reports an exception escaping
// it, as CPython's Thread._bootstrap does.
//
// When run is Thread.run itself (not overridden), the target is called
// directly: the goroutine's stack then stays within the 2 KB a goroutine
// starts with while the target blocks (e.g. target=time.sleep), where the
// frames of a method call (Call, BoundMethod, GoMethod, threadRun) would
// double it. For the same reason the goroutine's function calls runTarget
// itself (no bootstrap function in between).

// callRun calls self.run().
func callRun(th *starlark.Thread, self starlark.Value) error {
	run, err := core.GetAttr(th, self, "run")
	if err == nil {
		_, err = starlark.Call(th, run, nil, nil)
	}
	return err
}

// inheritsRun reports whether self.run is Thread.run.
func inheritsRun(self starlark.Value) bool {
	inst, ok := self.(*core.Instance)
	if !ok {
		return false
	}
	if _, own := inst.GetOwn("run"); own {
		return false
	}
	run, _ := inst.Class.Lookup("run")
	return run == threadRunMethod
}

// threadRun is Thread.run(): it calls target(*args, **kwargs).
func threadRun(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	return starlark.None, t.runTarget(th)
}

// runTarget calls target(*args, **kwargs), then drops the three attributes,
// as CPython's run does (the thread keeps no reference to them).
func (t *threadObj) runTarget(th *starlark.Thread) error {
	var err error
	if t.target != nil && t.target != starlark.None {
		pos, kw, cerr := callArgs(t.args, t.kwargs)
		if err = cerr; err == nil {
			_, err = starlark.Call(th, t.target, pos, kw)
		}
	}
	t.target, t.args, t.kwargs, t.kwargsEmpty = nil, nil, nil, false
	return err
}

// callArgs converts args and kwargs to the arguments of a call.
//
//go:noinline (keeps runTarget's frame, live while the target runs, small)
func callArgs(args, kwargs starlark.Value) (starlark.Tuple, []starlark.Tuple, error) {
	pos, err := toTuple(args)
	if err != nil {
		return nil, nil, err
	}
	kw, err := toKwargs(kwargs)
	return pos, kw, err
}

// slot returns the Go field holding attribute name (_target, _args or
// _kwargs), making the default {} of _kwargs when asked for it.
func (t *threadObj) slot(name string) *starlark.Value {
	switch name {
	case "_target":
		return &t.target
	case "_args":
		return &t.args
	}
	if t.kwargsEmpty {
		t.kwargs, t.kwargsEmpty = starlark.NewDict(0), false
	}
	return &t.kwargs
}

// The properties of the Thread attributes kept in the Go state (_target,
// _args, _kwargs) read, assign and delete as instance attributes would.

func threadFieldGetter(name string) core.Getter {
	return func(recv starlark.Value) (starlark.Value, error) {
		t, err := threadOfProp(recv, name)
		if err != nil {
			return nil, err
		}
		if p := t.slot(name); *p != nil {
			return *p, nil
		}
		return nil, noThreadField(recv, name)
	}
}

func threadFieldSetter(name string) core.Setter {
	return func(recv, v starlark.Value) error {
		t, err := threadOfProp(recv, name)
		if err != nil {
			return err
		}
		*t.slot(name) = v
		return nil
	}
}

func threadFieldDeleter(name string) core.Deleter {
	return func(recv starlark.Value) error {
		t, err := threadOfProp(recv, name)
		if err != nil {
			return err
		}
		p := t.slot(name)
		if *p == nil {
			return noThreadField(recv, name)
		}
		*p = nil
		return nil
	}
}

func noThreadField(recv starlark.Value, name string) error {
	return core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", core.TypeName(recv), name))
}

// toTuple converts args=... (any iterable) to a tuple.
func toTuple(v starlark.Value) (starlark.Tuple, error) {
	switch x := v.(type) {
	case nil, starlark.NoneType:
		return nil, nil
	case starlark.Tuple:
		return x, nil
	}
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("argument after * must be an iterable, not %s", core.TypeName(v)))
	}
	var out starlark.Tuple
	iter := it.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		out = append(out, x)
	}
	return out, nil
}

// toKwargs converts kwargs=... (a dict) to keyword arguments.
func toKwargs(v starlark.Value) ([]starlark.Tuple, error) {
	switch x := v.(type) {
	case nil, starlark.NoneType:
		return nil, nil
	case *starlark.Dict:
		return x.Items(), nil
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("argument after ** must be a mapping, not %s", core.TypeName(v)))
}

// threadJoin is Thread.join(timeout=None).
func threadJoin(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var timeout core.Timeout
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "timeout?", &timeout); err != nil {
		return nil, err
	}
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, core.NewError(core.RuntimeError, "Thread.__init__() not called")
	}
	if !t.started {
		return nil, core.NewError(core.RuntimeError, "cannot join thread before it is started")
	}
	if ts := core.StateOf(th); ts != nil && ts == t.ts {
		return nil, core.NewError(core.RuntimeError, "cannot join current thread")
	}
	_, err = Wait(th, t.done, timeout.Duration())
	return starlark.None, err
}

func threadIsAlive(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, notInitialized("Thread.__init__() not called")
	}
	return starlark.Bool(t.alive()), nil
}

func threadGetName(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return threadNameGet(b.Receiver())
}

func threadSetName(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	return starlark.None, threadNameSet(b.Receiver(), name)
}

func threadIsDaemon(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := noArgs(b, args, kwargs); err != nil {
		return nil, err
	}
	return threadDaemonGet(b.Receiver())
}

func threadSetDaemon(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var daemonic starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &daemonic); err != nil {
		return nil, err
	}
	return starlark.None, threadDaemonSet(b.Receiver(), daemonic)
}

func threadNameGet(recv starlark.Value) (starlark.Value, error) {
	t, err := threadOfProp(recv, "name")
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, notInitialized("Thread.__init__() not called")
	}
	return starlark.String(t.name), nil
}

func threadNameSet(recv, v starlark.Value) error {
	t, err := threadOfProp(recv, "name")
	if err != nil {
		return err
	}
	if !t.initialized {
		return notInitialized("Thread.__init__() not called")
	}
	t.name = str(v)
	if t.ts != nil {
		t.ts.SetName(t.name)
	}
	return nil
}

func threadDaemonGet(recv starlark.Value) (starlark.Value, error) {
	t, err := threadOfProp(recv, "daemon")
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, notInitialized("Thread.__init__() not called")
	}
	return starlark.Bool(t.daemon), nil
}

func threadDaemonSet(recv, v starlark.Value) error {
	t, err := threadOfProp(recv, "daemon")
	if err != nil {
		return err
	}
	if !t.initialized {
		return core.NewError(core.RuntimeError, "Thread.__init__() not called")
	}
	if t.started {
		return core.NewError(core.RuntimeError, "cannot set daemon status of active thread")
	}
	t.daemon = bool(v.Truth())
	return nil
}

func threadIdentGet(recv starlark.Value) (starlark.Value, error) {
	t, err := threadOfProp(recv, "ident")
	if err != nil {
		return nil, err
	}
	if t.ts == nil {
		return starlark.None, nil
	}
	return starlark.MakeInt64(t.ts.Ident), nil
}

func threadNativeIDGet(recv starlark.Value) (starlark.Value, error) {
	t, err := threadOfProp(recv, "native_id")
	if err != nil {
		return nil, err
	}
	if t.ts == nil {
		return starlark.None, nil
	}
	return starlark.MakeInt64(nativeID(t.ts)), nil
}

// nativeID is the thread's native id: the process id for the main thread
// (as on Linux), a distinct number above it for the others.
func nativeID(ts *core.ThreadState) int64 {
	if ts.IsMain {
		return int64(os.Getpid())
	}
	return int64(os.Getpid()) + ts.Ident
}

// threadRepr is Thread.__repr__: "<Thread(Thread-1 (f), started 3)>".
func threadRepr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	t, err := threadOf(b)
	if err != nil {
		return nil, err
	}
	if !t.initialized {
		return nil, notInitialized("Thread.__init__() was not called")
	}
	status := "initial"
	if t.started {
		status = "started"
	}
	if t.stopped() {
		status = "stopped"
	}
	if t.daemon {
		status += " daemon"
	}
	if t.ts != nil {
		status += fmt.Sprintf(" %d", t.ts.Ident)
	}
	return starlark.String(fmt.Sprintf("<%s(%s, %s)>", b.Receiver().(*core.Instance).Class.Name(), t.name, status)), nil
}
