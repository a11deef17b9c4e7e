package sys

// The behaviour of the module is tested by the script
// testdata/scripts/stdlib/sys_module.py; this file tests what a script
// cannot: argv and stdin given by the host, one write per call, the
// SystemExit value, and reads from a silent stdin.

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// countingWriter records each Write call.
type countingWriter struct {
	mu     sync.Mutex
	writes []string
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

// env is a runtime with its main thread and sys module.
type env struct {
	rt  *core.Runtime
	ts  *core.ThreadState
	sys *core.Module
}

func newEnv(t *testing.T, setup func(rt *core.Runtime)) *env {
	rt := core.NewRuntime(context.Background())
	t.Cleanup(rt.Close)
	if setup != nil {
		setup(rt)
	}
	ts := rt.NewThread("MainThread")
	m, err := Make(rt)
	if err != nil {
		t.Fatal(err)
	}
	return &env{rt, ts, m.(*core.Module)}
}

// attr returns the attribute of x at the dotted path.
func attr(t *testing.T, x starlark.Value, path string) starlark.Value {
	t.Helper()
	for _, name := range strings.Split(path, ".") {
		v, err := x.(starlark.HasAttrs).Attr(name)
		if err != nil || v == nil {
			t.Fatalf("no attribute %s: %v", path, err)
		}
		x = v
	}
	return x
}

// call calls the module's function at path on the main thread.
func (e *env) call(t *testing.T, path string, args ...starlark.Value) (v starlark.Value, err error) {
	t.Helper()
	fn := attr(t, e.sys, path)
	runErr := e.rt.RunMain(e.ts, func() error {
		v, err = starlark.Call(e.ts.Thread, fn, args, nil)
		return nil
	})
	if runErr != nil {
		t.Fatal(runErr)
	}
	return v, err
}

func (e *env) mustCall(t *testing.T, path string, args ...starlark.Value) starlark.Value {
	t.Helper()
	v, err := e.call(t, path, args...)
	if err != nil {
		t.Fatalf("sys.%s: %v", path, err)
	}
	return v
}

func TestSysArgvAndStreams(t *testing.T) {
	var out, errw countingWriter
	e := newEnv(t, func(rt *core.Runtime) {
		rt.Argv = []string{"prog.py", "a", "b"}
		rt.Stdout = core.NewOutput(&out)
		rt.Stderr = core.NewOutput(&errw)
		rt.Stdin = strings.NewReader("first line\nsecond\nthird héllo\nrest")
	})
	if got := attr(t, e.sys, "argv").String(); got != `["prog.py", "a", "b"]` {
		t.Errorf("argv = %s", got)
	}
	if n := e.mustCall(t, "stdout.write", starlark.String("héllo\n")); n != starlark.MakeInt(6) {
		t.Errorf("write returned %v", n)
	}
	e.mustCall(t, "stdout.writelines", starlark.NewList([]starlark.Value{starlark.String("a"), starlark.String("b\n")}))
	e.mustCall(t, "stdout.flush")
	e.mustCall(t, "stderr.write", starlark.String("err\n"))
	if want := []string{"héllo\n", "ab\n"}; strings.Join(out.writes, "|") != strings.Join(want, "|") {
		t.Errorf("stdout writes = %q, want %q", out.writes, want)
	}
	if strings.Join(errw.writes, "|") != "err\n" {
		t.Errorf("stderr writes = %q", errw.writes)
	}
	for _, c := range []struct {
		fn   string
		args []starlark.Value
		want string
	}{
		{"stdin.readline", nil, `"first line\n"`},
		{"stdin.readline", []starlark.Value{starlark.MakeInt(3)}, `"sec"`},
		{"stdin.readline", nil, `"ond\n"`},
		{"stdin.read", []starlark.Value{starlark.MakeInt(7)}, `"third h"`},
		{"stdin.readlines", nil, `["éllo\n", "rest"]`},
		{"stdin.readline", nil, `""`},
		{"stdin.read", nil, `""`},
	} {
		if got := e.mustCall(t, c.fn, c.args...).String(); got != c.want {
			t.Errorf("%s%v = %s, want %s", c.fn, c.args, got, c.want)
		}
	}
}

func TestSysExit(t *testing.T) {
	e := newEnv(t, nil)
	for _, c := range []struct {
		args []starlark.Value
		code starlark.Value
	}{
		{[]starlark.Value{starlark.MakeInt(7)}, starlark.MakeInt(7)},
		{nil, starlark.None},
	} {
		_, err := e.call(t, "exit", c.args...)
		var pe *core.PyError
		if !errors.As(err, &pe) || pe.Value.Class != core.SystemExit {
			t.Fatalf("exit%v: err = %v, want SystemExit", c.args, err)
		}
		if code, _ := pe.Value.GetOwn("code"); code != c.code {
			t.Errorf("exit%v: code = %v, want %v", c.args, code, c.code)
		}
		if args := core.ExcStateOf(pe.Value).Args; len(args) != len(c.args) || (len(args) == 1 && args[0] != c.args[0]) {
			t.Errorf("exit%v: args = %v", c.args, args)
		}
	}
}

func TestSysExcInfo(t *testing.T) {
	e := newEnv(t, nil)
	exc := core.NewException(core.ValueError, starlark.String("boom"))
	e.ts.Handling = append(e.ts.Handling, &core.PyError{Value: exc})
	tup := e.mustCall(t, "exc_info").(starlark.Tuple)
	if tup[0] != core.ValueError || tup[1] != exc || tup[2] != starlark.None {
		t.Errorf("exc_info() = %v", tup)
	}
	if v := e.mustCall(t, "exception"); v != exc {
		t.Errorf("exception() = %v", v)
	}
}

// TestSysStdinInterrupt checks that a read from a silent stdin releases
// the interpreter lock, ends with KeyboardInterrupt on Ctrl-C, and that
// input arriving later is not lost.
func TestSysStdinInterrupt(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	e := newEnv(t, func(rt *core.Runtime) { rt.Stdin = pr })
	readline := attr(t, e.sys, "stdin.readline")
	err := e.rt.RunMain(e.ts, func() error {
		go func() {
			other := &starlark.Thread{Name: "other"}
			e.rt.GIL.Acquire(other) // possible only while readline waits
			e.rt.GIL.Release()
			time.Sleep(20 * time.Millisecond)
			e.rt.InterruptMain()
		}()
		_, err := starlark.Call(e.ts.Thread, readline, nil, nil)
		var pe *core.PyError
		if !errors.As(err, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("readline error = %v, want KeyboardInterrupt", err)
		}
		go pw.Write([]byte("late\n"))
		v, err := starlark.Call(e.ts.Thread, readline, nil, nil)
		if v != starlark.String("late\n") {
			t.Errorf("readline after interrupt = %v", v)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
