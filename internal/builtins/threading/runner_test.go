package threading

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// The runner of the Go-level tests of the package (deadlock reports,
// interrupts, goroutine leaks, benchmarks): it runs a Starlark program as
// the main thread of a runtime, with the threading module and sleep(seconds)
// predeclared. The module's behaviour is tested by the script tests of
// testdata/scripts/threading (see scripts_test.go and package scripttest).

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

type result struct {
	out, err string
	runErr   error
	rt       *core.Runtime
}

// helpers are the predeclared helpers: sleep(seconds).
func helpers() starlark.StringDict {
	return starlark.StringDict{
		"sleep": starlark.NewBuiltin("sleep", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var v starlark.Value
			if err := starlark.UnpackPositionalArgs("sleep", args, kwargs, 1, &v); err != nil {
				return nil, err
			}
			s, err := core.Seconds(v)
			if err != nil {
				return nil, err
			}
			return starlark.None, core.Sleep(th, core.SecondsDuration(s))
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
