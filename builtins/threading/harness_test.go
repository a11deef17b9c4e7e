package threading

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// Test harness: runs a Starlark program as the main thread of a runtime,
// with the threading module and a few helpers predeclared:
//
//	sleep(seconds), now() (seconds), catch(f, *args) -> "Type: msg" or None,
//	subclass(name, base, {methods}) -> a class deriving from base,
//	raise_exc(cls, msg=None) raises an instance of exception class cls.

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

type result struct {
	out, err string
	runErr   error
	rt       *core.Runtime
}

// excText formats a Python exception as the last line of a traceback.
func excText(err error) string {
	var pe *core.PyError
	if !errors.As(err, &pe) {
		return "error: " + err.Error()
	}
	return excLine(pe.Value)
}

func helpers() starlark.StringDict {
	return starlark.StringDict{
		"sleep": starlark.NewBuiltin("sleep", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var v starlark.Value
			if err := starlark.UnpackPositionalArgs("sleep", args, kwargs, 1, &v); err != nil {
				return nil, err
			}
			s, err := Seconds(v, "a number")
			if err != nil {
				return nil, err
			}
			return starlark.None, core.Sleep(th, Duration(s))
		}),
		"now": starlark.NewBuiltin("now", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return starlark.Float(float64(time.Now().UnixNano()) / 1e9), nil
		}),
		"catch": starlark.NewBuiltin("catch", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			_, err := starlark.Call(th, args[0], args[1:], kwargs)
			if err == nil {
				return starlark.None, nil
			}
			if isCancelled(core.RuntimeOf(th), err) {
				return nil, err
			}
			return starlark.String(excText(err)), nil
		}),
		"raise_exc": starlark.NewBuiltin("raise_exc", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var c *core.Class
			var msg starlark.Value = starlark.None
			if err := starlark.UnpackPositionalArgs("raise_exc", args, kwargs, 1, &c, &msg); err != nil {
				return nil, err
			}
			if msg == starlark.None {
				return nil, &core.PyError{Value: core.NewException(c)}
			}
			return nil, &core.PyError{Value: core.NewException(c, msg)}
		}),
		"subclass": starlark.NewBuiltin("subclass", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var name string
			var base *core.Class
			var ns *starlark.Dict
			if err := starlark.UnpackPositionalArgs("subclass", args, kwargs, 3, &name, &base, &ns); err != nil {
				return nil, err
			}
			dict := map[string]starlark.Value{}
			var order []string
			for _, kv := range ns.Items() {
				k := string(kv[0].(starlark.String))
				dict[k] = kv[1]
				order = append(order, k)
			}
			return core.NewClass(name, "__main__", []*core.Class{base}, dict, order)
		}),
	}
}

// runWith runs src with extra predeclared modules (made for the runtime).
func runWith(t testing.TB, src string, timeout time.Duration, setup func(rt *core.Runtime), extra map[string]func(rt *core.Runtime) (starlark.Value, error)) result {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	rt := core.NewRuntime(ctx)
	rt.Stdout = core.NewOutput(&out)
	rt.Stderr = core.NewOutput(&errb)
	rt.Sources.Store("main.star", []byte(src))
	if setup != nil {
		setup(rt)
	}
	mod, err := Make(rt)
	if err != nil {
		t.Fatal(err)
	}
	pre := core.Universe()
	for k, v := range helpers() {
		pre[k] = v
	}
	pre["threading"] = mod
	for name, mk := range extra {
		v, err := mk(rt)
		if err != nil {
			t.Fatal(err)
		}
		pre[name] = v
	}
	ts := rt.NewThread("MainThread")
	ts.Thread.Print = func(_ *starlark.Thread, msg string) { _, _ = rt.Stdout.WriteString(msg + "\n") }
	runErr := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "main.star", src, pre)
		if werr := WaitForThreads(ts.Thread); err == nil {
			err = werr
		}
		return err
	})
	rt.Close()
	return result{out: out.String(), err: errb.String(), runErr: runErr, rt: rt}
}

func run(t testing.TB, src string) result {
	t.Helper()
	return runWith(t, src, 20*time.Second, nil, nil)
}

// expect runs src and compares its output.
func expect(t *testing.T, src, want string) result {
	t.Helper()
	r := run(t, src)
	if r.runErr != nil {
		t.Fatalf("error: %v\nstdout:\n%s\nstderr:\n%s", r.runErr, r.out, r.err)
	}
	if strings.TrimSpace(r.out) != strings.TrimSpace(want) {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.out, want, r.err)
	}
	return r
}

// noLeak fails when goroutines started by f outlive it.
func noLeak(t *testing.T, f func()) {
	t.Helper()
	before := runtime.NumGoroutine()
	f()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", before, n, buf[:runtime.Stack(buf, true)])
	}
}
