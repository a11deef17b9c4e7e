package core_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

func TestTryControlFlow(t *testing.T) {
	res := runChecks(t, `
log = []
def f(x):
    # try: 1/x / except ZeroDivisionError: return "caught" / else: log / finally: log
    def __pc_body():
        log.append(1 // x)
    def __pc_except(__pc_exc):
        if __pc_match(__pc_exc, ZeroDivisionError):
            return (1, "caught")
        __pc_raise()
    def __pc_else():
        log.append("else")
    def __pc_finally():
        log.append("finally")
    __pc_r = __pc_try(__pc_body, __pc_except, __pc_else, __pc_finally)
    if __pc_r:
        return __pc_r[1]
    return "normal"
assert_eq(f(1), "normal")
assert_eq(f(0), "caught")
assert_eq(log, [1, "else", "finally", "finally"])

# A return in finally replaces the exception.
def g():
    def __pc_body():
        {}["k"]
    def __pc_finally():
        return (1, "from finally")
    __pc_r = __pc_try(__pc_body, None, None, __pc_finally)
    if __pc_r:
        return __pc_r[1]
assert_eq(g(), "from finally")

# Tuples of classes, nested tuples, subclasses.
def h(exc, types):
    def __pc_body():
        __pc_raise(exc)
    def __pc_except(__pc_exc):
        if __pc_match(__pc_exc, types):
            return (1, True)
        __pc_raise()
    __pc_r = __pc_try(__pc_body, __pc_except, None, None)
    if __pc_r:
        return __pc_r[1]
assert_eq(h(KeyError("a"), LookupError), True)
assert_eq(h(KeyError, (ValueError, (TypeError, KeyError))), True)
assert_eq(h(ModuleNotFoundError("m"), ImportError), True)

# The exception being handled: bare raise re-raises it; a new exception
# gets it as __context__.
def k():
    def __pc_body():
        def __pc_body():
            __pc_raise(ValueError("inner"))
        def __pc_except(__pc_exc):
            __pc_raise(KeyError("outer"))
        __pc_try(__pc_body, __pc_except, None, None)
    def __pc_except(__pc_exc):
        return (1, __pc_exc)
    return __pc_try(__pc_body, __pc_except, None, None)[1]
e = k()
assert_eq(e.args, ("outer",))
assert_eq(e.__context__.args, ("inner",))
assert_eq(e.__cause__, None)
`)
	if n := len(res.ts.Handling); n != 0 {
		t.Errorf("Handling left with %d entries", n)
	}
}

func TestRaiseErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`__pc_raise()`, "RuntimeError: No active exception to reraise"},
		{`__pc_raise(1)`, "TypeError: exceptions must derive from BaseException"},
		{`__pc_raise(ValueError, 1)`, "TypeError: exception causes must derive from BaseException"},
		{`__pc_raise(ValueError)`, "ValueError"},
		{`__pc_raise(KeyError("a"), None)`, "KeyError: 'a'"},
		{`__pc_match(ValueError(), 1)`, "TypeError: catching classes that do not inherit from BaseException is not allowed"},
		{`__pc_match(ValueError(), (ValueError, 1))`, "TypeError: catching classes that do not inherit from BaseException is not allowed"},
		{`__pc_undefined("foo")`, "NameError: name 'foo' is not defined"},
		{`c = __pc_cell("x", "global")
c.v`, "NameError: name 'x' is not defined"},
		{`c = __pc_cell("x", "local")
c.v = 1
c.v = __pc_del
c.v`, "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value"},
		{`assert_fail = __pc_raise(__pc_assertion("why"))`, "AssertionError: why"},
		{`__pc_import("nosuch", False)`, "ModuleNotFoundError: No module named 'nosuch'"},
	} {
		res := runLowered(t, "", tc.src, nil)
		if res.err == nil {
			t.Errorf("%q: no error", tc.src)
			continue
		}
		if got := lastLine(core.FormatException(res.rt, res.err)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestRaiseFromNoneSuppressesContext(t *testing.T) {
	src := `def __pc_body():
    {}["k"]
def __pc_except(__pc_exc):
    __pc_raise(ValueError("v"), None)
__pc_try(__pc_body, __pc_except, None, None)
`
	res := runLowered(t, "", src, nil)
	if got := core.FormatException(res.rt, res.err); strings.Contains(got, "KeyError") {
		t.Errorf("context shown:\n%s", got)
	}
}

// goManager is a context manager defined in Go, like threading.Lock.
type goManager struct {
	log      *[]string
	suppress bool
}

func (m *goManager) String() string        { return "<manager>" }
func (m *goManager) Type() string          { return "manager" }
func (m *goManager) Freeze()               {}
func (m *goManager) Truth() starlark.Bool  { return true }
func (m *goManager) Hash() (uint32, error) { return 0, nil }
func (m *goManager) AttrNames() []string   { return []string{"__enter__", "__exit__"} }
func (m *goManager) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__enter__":
		return starlark.NewBuiltin(name, func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
			*m.log = append(*m.log, "enter")
			return starlark.String("entered"), nil
		}), nil
	case "__exit__":
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
			parts := []string{"exit"}
			for _, a := range args {
				s := a.Type()
				if c, ok := a.(*core.Class); ok {
					s = c.Name()
				}
				parts = append(parts, s)
			}
			*m.log = append(*m.log, strings.Join(parts, " "))
			return starlark.Bool(m.suppress), nil
		}), nil
	}
	return nil, nil
}

func TestWith(t *testing.T) {
	var log []string
	extra := testHelpers()
	extra["mgr"] = &goManager{log: &log}
	extra["suppressing"] = &goManager{log: &log, suppress: true}
	runChecks2 := func(src string) runResult {
		t.Helper()
		log = nil
		return runLowered(t, src, src, extra)
	}

	res := runChecks2(`
def __pc_withbody(__pc_v):
    assert_eq(__pc_v, "entered")
    return (1, "r")
assert_eq(__pc_with(mgr, __pc_withbody), (1, "r"))
`)
	if res.err != nil || strings.Join(log, "|") != "enter|exit NoneType NoneType NoneType" {
		t.Errorf("no exception: err %v, log %q", res.err, log)
	}

	res = runChecks2(`
def __pc_withbody(__pc_v):
    1 // 0
__pc_with(mgr, __pc_withbody)
`)
	if lastLine(core.FormatException(res.rt, res.err)) != "ZeroDivisionError: integer division or modulo by zero" ||
		strings.Join(log, "|") != "enter|exit ZeroDivisionError ZeroDivisionError traceback" {
		t.Errorf("exception: err %v, log %q", res.err, log)
	}

	res = runChecks2(`
def __pc_withbody(__pc_v):
    1 // 0
assert_eq(__pc_with(suppressing, __pc_withbody), None)
`)
	if res.err != nil {
		t.Errorf("suppressed: %v", res.err)
	}

	// A script class whose __exit__ raises: the new exception has the
	// body's as __context__.
	res = runChecks2(`
def enter(self):
    return self
def exit(self, t, v, tb):
    assert_eq(t, KeyError)
    assert_eq(v.args, ("k",))
    __pc_raise(ValueError("from exit"))
M = mkclass("M", Exception, {"__enter__": enter, "__exit__": exit})
def __pc_withbody(__pc_v):
    __pc_raise(KeyError("k"))
__pc_with(M(), __pc_withbody)
`)
	got := core.FormatException(res.rt, res.err)
	if !strings.Contains(got, "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:") ||
		lastLine(got) != "ValueError: from exit" {
		t.Errorf("exit raising:\n%s", got)
	}

	for _, tc := range []struct{ src, want string }{
		{`__pc_with(1, None)`, "TypeError: 'int' object does not support the context manager protocol"},
		{`def enter(self):
    return self
M = mkclass("M", Exception, {"__enter__": enter})
__pc_with(M(), None)`, "TypeError: 'M' object does not support the context manager protocol (missed __exit__ method)"},
	} {
		res := runChecks2(tc.src)
		if got := lastLine(core.FormatException(res.rt, res.err)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

func TestKeyboardInterruptIsCatchable(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	var caught starlark.Value
	pre := core.Universe()
	pre["report"] = starlark.NewBuiltin("report", func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, _ []starlark.Tuple) (starlark.Value, error) {
		caught = args[0]
		return starlark.None, nil
	})
	go func() {
		time.Sleep(50 * time.Millisecond)
		rt.InterruptMain()
	}()
	src := `
def __pc_body():
    while True:
        pass
def __pc_except(__pc_exc):
    if __pc_match(__pc_exc, KeyboardInterrupt):
        report(__pc_exc)
        return None
    __pc_raise()
__pc_try(__pc_body, __pc_except, None, None)
`
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.py", src, pre)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	inst, ok := caught.(*core.Instance)
	if !ok || inst.Class != core.KeyboardInterrupt {
		t.Fatalf("caught %v", caught)
	}
}

func TestCancellationIsNotCaught(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	ran := false
	pre := core.Universe()
	pre["ran"] = starlark.NewBuiltin("ran", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		ran = true
		return starlark.None, nil
	})
	go func() {
		time.Sleep(50 * time.Millisecond)
		rt.Abort(context.Canceled)
	}()
	src := `
def __pc_body():
    while True:
        pass
def __pc_except(__pc_exc):
    ran()
__pc_try(__pc_body, __pc_except, None, None)
`
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.py", src, pre)
		return err
	})
	if err == nil || ran {
		t.Fatalf("err %v, handler ran %v", err, ran)
	}
	if _, ok := core.AsPyError(ts.Thread, err); ok {
		t.Errorf("cancellation converted to an exception: %v", err)
	}
}

// TestReraiseInAnotherThread stores an exception raised in one thread and
// raises it again from Go code in the main thread (as Pool.get does): the
// traceback shows the main thread's frames, then the worker's.
func TestReraiseInAnotherThread(t *testing.T) {
	py := `def work():
    return {}["missing"]

def main():
    value = get()
    return value

main()
`
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	rt.Sources.Store("x.py", []byte(py))
	pre := core.Universe()
	var stored *core.PyError
	worker := rt.NewThread("Thread-1")
	done := make(chan struct{})
	rt.Go(worker, nil, func() {
		defer close(done)
		_, err := starlark.ExecFileOptions(fileOptions, worker.Thread, "x.py", "def work():\n    return {}[\"missing\"]\nwork()\n", pre)
		pe, ok := core.AsPyError(worker.Thread, err)
		if !ok {
			t.Errorf("worker: %v", err)
			return
		}
		pe.Landed()
		stored = pe
	})
	<-done
	pre["get"] = starlark.NewBuiltin("get", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return nil, stored
	})
	ts := rt.NewThread("MainThread")
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.py", py, pre)
		if pe, ok := core.AsPyError(ts.Thread, err); ok {
			return pe
		}
		return err
	})
	want := `Traceback (most recent call last):
  File "x.py", line 8, in <module>
    main()
  File "x.py", line 5, in main
    value = get()
            ^^^^^
  File "x.py", line 3, in <module>
  File "x.py", line 2, in work
    return {}["missing"]
           ~~^^^^^^^^^^^
KeyError: 'missing'
`
	if got := core.FormatException(rt, err); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	res := runLowered(t, "def f():\n    return 1 // 0\nf()\n", "def f():\n    return 1 // 0\nf()\n", nil)
	pe, ok := core.AsPyError(nil, res.err)
	if !ok {
		t.Fatal(res.err)
	}
	r := core.RecordOf(pe)
	if r.Class != "ZeroDivisionError" || r.Module != "builtins" || len(r.Args) != 1 {
		t.Fatalf("record %+v", r)
	}
	back := core.FromRecord(r, nil)
	if back.Value.Class != core.ZeroDivisionError || back.State().RemoteTraceback != r.Traceback {
		t.Fatalf("back: %v", back)
	}
	want := `multiprocessing.pool.RemoteTraceback: 
"""
Traceback (most recent call last):
  File "x.py", line 3, in <module>
    f()
  File "x.py", line 2, in f
    return 1 // 0
           ~~^^~~
ZeroDivisionError: integer division or modulo by zero
"""

The above exception was the direct cause of the following exception:

ZeroDivisionError: integer division or modulo by zero
`
	if got := core.FormatException(res.rt, back); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// Unknown classes become RuntimeError with the original last line.
	r.Class, r.Module = "Gone", "__main__"
	r.Traceback = "Traceback (most recent call last):\nGone: it went\n"
	back = core.FromRecord(r, func(module, name string) *core.Class { return nil })
	if back.Value.Class != core.RuntimeError || core.ExcMessage(back.Value) != "Gone: it went" {
		t.Errorf("unknown class: %v", back)
	}

	// Script classes are found by lookupClass, with their attributes.
	mine := core.NewExceptionClass("Mine", "__main__", core.Exception)
	back = core.FromRecord(core.ExcRecord{Class: "Mine", Module: "__main__", Args: []starlark.Value{starlark.MakeInt(1)},
		Attrs: map[string]starlark.Value{"extra": starlark.String("x")}},
		func(module, name string) *core.Class {
			if module == "__main__" && name == "Mine" {
				return mine
			}
			return nil
		})
	if back.Value.Class != mine || core.ExcMessage(back.Value) != "1" {
		t.Errorf("script class: %v", back)
	}
	if v, _ := back.Value.GetOwn("extra"); v != starlark.String("x") {
		t.Errorf("attribute lost: %v", v)
	}
}
