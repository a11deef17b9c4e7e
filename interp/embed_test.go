package interp

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"go.starlark.net/starlark"
)

// TestGlobalsHideCellsAndHiddenNames checks that Globals and Get show
// the values of cells, and neither hidden names nor deleted variables.
func TestGlobalsHideCellsAndHiddenNames(t *testing.T) {
	in, _, _ := newTestInterp(t, Options{})
	run(t, in, `
counter = 0
def bump():
    global counter
    counter += 1
bump()
bump()
gone = 1
del gone
try:
    pass
except ValueError as e:
    pass
`)
	g := in.Globals()
	if got, ok := g["counter"].(starlark.Int); !ok || got.String() != "2" {
		t.Errorf("Globals()[counter] = %v, want 2", g["counter"])
	}
	for k, v := range g {
		if strings.HasPrefix(k, "__pc_") {
			t.Errorf("hidden name %s in Globals", k)
		}
		if v.Type() == "cell" {
			t.Errorf("Globals()[%s] is a cell", k)
		}
	}
	if _, ok := g["gone"]; ok {
		t.Errorf("deleted variable in Globals")
	}
	if v, ok := in.Get("counter"); !ok || v.String() != "2" {
		t.Errorf("Get(counter) = %v, %v", v, ok)
	}
	if _, ok := in.Get("nope"); ok {
		t.Errorf("Get(nope) found something")
	}
}

// TestSetVisibleToLaterExecAndCall checks that Set reaches later scripts,
// cells read by functions already defined, and Call.
func TestSetVisibleToLaterExecAndCall(t *testing.T) {
	in, out, _ := newTestInterp(t, Options{})
	if err := in.Set("factor", 3); err != nil {
		t.Fatal(err)
	}
	run(t, in, `
print("factor", factor)
level = 1
def set_level(n):
    global level
    level = n
def get_level():
    return level
def scaled(x):
    return x * factor
`)
	if err := in.Set("level", 7); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	v, err := in.Call(ctx, "get_level")
	if err != nil || v.String() != "7" {
		t.Fatalf("get_level() = %v, %v; want 7", v, err)
	}
	if err := in.Set("items", []any{"a", int64(2), map[string]any{"k": true}}); err != nil {
		t.Fatal(err)
	}
	run(t, in, `print(items, level)`)
	if want := "factor 3\n['a', 2, {'k': True}] 7\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if v, err := in.Call(ctx, "scaled", 2); err != nil || v.String() != "6" {
		t.Errorf("scaled(2) = %v, %v; want 6", v, err)
	}
	if v, ok := in.Get("items"); !ok || v.Type() != "list" {
		t.Errorf("Get(items) = %v, %v", v, ok)
	}
	if err := in.Set("bad", struct{}{}); err == nil {
		t.Errorf("Set of a struct: no error")
	}
}

// TestCallConvertsArgumentsAndResult calls script functions with Go and
// Starlark values and by value.
func TestCallConvertsArgumentsAndResult(t *testing.T) {
	in, _, _ := newTestInterp(t, Options{})
	run(t, in, `
def describe(n, s, xs, d, b, none):
    return {"n": n + 1, "s": s.upper(), "xs": xs + [len(xs)], "d": sorted(d.items()), "b": b[::-1], "none": none is None}
`)
	v, err := in.Call(context.Background(), "describe", 41, "go", []any{1.5, true}, map[string]any{"x": 1}, []byte("ab"), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FromValue(v)
	if err != nil {
		t.Fatal(err)
	}
	m := got.(map[string]any)
	if m["n"] != int64(42) || m["s"] != "GO" || m["none"] != true || string(m["b"].([]byte)) != "ba" {
		t.Errorf("result %#v", m)
	}
	if xs := m["xs"].([]any); len(xs) != 3 || xs[0] != 1.5 || xs[1] != true || xs[2] != int64(2) {
		t.Errorf("xs = %#v", xs)
	}
	fn, _ := in.Get("describe")
	if _, err := in.Call(context.Background(), fn, starlark.MakeInt(1), starlark.String("x"), starlark.NewList(nil), starlark.NewDict(0), starlark.Bytes(""), starlark.None); err != nil {
		t.Errorf("Call by value: %v", err)
	}
	if _, err := in.Call(context.Background(), "missing"); err == nil || !strings.Contains(err.Error(), "NameError: name 'missing' is not defined") {
		t.Errorf("Call(missing) = %v", err)
	}
}

// TestTypedErrors checks that errors.As finds each of the package's
// error types, with their details.
func TestTypedErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("SyntaxError", func(t *testing.T) {
		in, _, _ := newTestInterp(t, Options{})
		err := in.Exec(ctx, "bad.py", []byte("x = (1,\nif x\n"))
		var se *SyntaxError
		if !errors.As(err, &se) || se.File != "bad.py" || se.Line == 0 || se.Kind != "SyntaxError" {
			t.Fatalf("err = %#v", err)
		}
	})
	t.Run("Error", func(t *testing.T) {
		in, _, _ := newTestInterp(t, Options{})
		err := in.Exec(ctx, "boom.py", []byte("def f(x):\n    raise ValueError('bad ' + x)\nf('input')\n"))
		var pe *Error
		if !errors.As(err, &pe) {
			t.Fatalf("err = %#v", err)
		}
		if pe.Class != "ValueError" || pe.Message != "bad input" || len(pe.Frames) != 2 {
			t.Errorf("Class %q Message %q Frames %v", pe.Class, pe.Message, pe.Frames)
		}
		for _, want := range []string{"Traceback (most recent call last):", `File "boom.py", line 3, in <module>`, `line 2, in f`, "ValueError: bad input"} {
			if !strings.Contains(pe.Traceback, want) {
				t.Errorf("traceback lacks %q:\n%s", want, pe.Traceback)
			}
		}
	})
	t.Run("Error from Call", func(t *testing.T) {
		in, _, _ := newTestInterp(t, Options{})
		run(t, in, "def f(d):\n    return d['k']\n")
		_, err := in.Call(ctx, "f", map[string]any{})
		var pe *Error
		if !errors.As(err, &pe) || pe.Class != "KeyError" || !strings.Contains(pe.Traceback, "in f") {
			t.Fatalf("err = %#v", err)
		}
	})
	t.Run("ExitError", func(t *testing.T) {
		in, _, _ := newTestInterp(t, Options{})
		err := in.Exec(ctx, "exit.py", []byte("import sys\nsys.exit(3)\n"))
		var ee *ExitError
		if !errors.As(err, &ee) || ee.Code != 3 {
			t.Fatalf("err = %#v", err)
		}
	})
	t.Run("context", func(t *testing.T) {
		in, _, _ := newTestInterp(t, Options{})
		ctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
		defer cancel()
		err := in.Exec(ctx, "loop.py", []byte("while True:\n    pass\n"))
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("err = %#v", err)
		}
	})
}

// TestCallHonoursContext cancels a Call blocked in time.sleep.
func TestCallHonoursContext(t *testing.T) {
	in, _, _ := newTestInterp(t, Options{})
	run(t, in, "import time\ndef slow():\n    time.sleep(60)\ndef spin():\n    while True:\n        pass\n")
	for _, fn := range []string{"slow", "spin"} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		start := time.Now()
		_, err := in.Call(ctx, fn)
		cancel()
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s: err = %v", fn, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: returned after %v", fn, d)
		}
	}
	// The interpreter still works after a cancelled Call.
	run(t, in, "def ok():\n    return 'fine'\n")
	if v, err := in.Call(context.Background(), "ok"); err != nil || v != starlark.String("fine") {
		t.Errorf("ok() after cancelled calls = %v, %v", v, err)
	}
}

// TestImportFromFS imports modules from an fstest.MapFS.
func TestImportFromFS(t *testing.T) {
	fsys := fstest.MapFS{
		"helper.py":   {Data: []byte("import util\ndef greet(n):\n    return util.PREFIX + n\n")},
		"util.py":     {Data: []byte("PREFIX = 'hello, '\n")},
		"broken.py":   {Data: []byte("def f(:\n")},
		"starry.star": {Data: []byte("VALUE = 42\n")},
	}
	in, out, _ := newTestInterp(t, Options{FS: fsys})
	run(t, in, "import helper, starry\nprint(helper.greet('fs'), starry.VALUE)\n")
	if out.String() != "hello, fs 42\n" {
		t.Errorf("output %q", out.String())
	}
	for src, want := range map[string]string{
		"import missing\n": "ModuleNotFoundError",
		"import broken\n":  "SyntaxError",
	} {
		var pe *Error
		if err := in.Exec(context.Background(), "t.py", []byte(src)); !errors.As(err, &pe) || pe.Class != want {
			t.Errorf("%q: err = %v, want %s", src, err, want)
		}
	}
}

// TestHostCallsWhileExecRuns calls into the interpreter from several
// goroutines while its main script runs, as the package doc allows.
func TestHostCallsWhileExecRuns(t *testing.T) {
	in, out, _ := newTestInterp(t, Options{})
	ready := make(chan struct{})
	signal := Func("ready", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		close(ready)
		return nil, nil
	})
	if err := in.Set("ready", signal); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		done <- in.Exec(context.Background(), "server.py", []byte(`
import threading, time
count = 0
lock = threading.Lock()
stopped = threading.Event()
def inc():
    global count
    with lock:
        count += 1
    return count
def stop():
    stopped.set()
ready()
while not stopped.is_set():
    time.sleep(0.001)
print("count", count)
`))
	}()
	<-ready
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				if _, err := in.Call(context.Background(), "inc"); err != nil {
					t.Error(err)
					return
				}
				in.Get("count")
				in.Globals()
			}
		}()
	}
	wg.Wait()
	if _, err := in.Call(context.Background(), "stop"); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if out.String() != "count 80\n" {
		t.Errorf("output %q", out.String())
	}
}

// TestCloseWhileExecRuns closes the interpreter from another goroutine.
func TestCloseWhileExecRuns(t *testing.T) {
	in, _, _ := newTestInterp(t, Options{})
	done := make(chan error, 1)
	go func() {
		done <- in.Exec(context.Background(), "loop.py", []byte("import time\nwhile True:\n    time.sleep(0.01)\n"))
	}()
	time.Sleep(50 * time.Millisecond)
	in.Close()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("Exec returned %v after Close, want context.Canceled", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Exec did not return after Close")
	}
}
