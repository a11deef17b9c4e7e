package multiprocessing

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
)

// The test binary is its own child: TestMain dispatches worker mode, and
// testLoadMain runs a Starlark script with the module as "mp".

func TestMain(m *testing.M) {
	LoadMain = testLoadMain
	if reexec.Init() {
		return
	}
	os.Exit(m.Run())
}

var fileOpts = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

func predeclared(rt *core.Runtime, name string) starlark.StringDict {
	mod, _ := Make(rt)
	d := core.Universe()
	d["mp"] = mod
	d["__name__"] = starlark.String(name)
	d["sleep"] = starlark.NewBuiltin("sleep", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var s float64
		if err := starlark.UnpackArgs("sleep", args, kwargs, "s", &s); err != nil {
			return nil, err
		}
		return starlark.None, core.Sleep(th, time.Duration(s*float64(time.Second)))
	})
	d["getpid"] = starlark.NewBuiltin("getpid", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.MakeInt(os.Getpid()), nil
	})
	d["exit"] = starlark.NewBuiltin("exit", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, &core.PyError{Value: core.NewException(core.SystemExit, args...)}
	})

	d["boom"] = starlark.NewBuiltin("boom", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, core.NewError(core.ValueError, "boom")
	})
	// rendezvous synchronises the scripts of TestTwoRuntimes (which
	// replaces it); elsewhere, and in children, it does nothing.
	d["rendezvous"] = starlark.NewBuiltin("rendezvous", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, nil
	})
	for name, v := range extraPredeclared {
		d[name] = v
	}
	return d
}

func newThread(rt *core.Runtime) *core.ThreadState {
	ts := rt.NewThread("MainThread")
	ts.Thread.Print = func(_ *starlark.Thread, msg string) { rt.Stdout.WriteString(msg + "\n") }
	return ts
}

func testLoadMain(ctx context.Context, spec MainSpec, body func(th *starlark.Thread, globals starlark.StringDict) error) error {
	rt := core.NewRuntime(ctx)
	rt.Sources.Store(spec.Name, spec.Source)
	ts := newThread(rt)
	err := rt.RunMain(ts, func() error {
		g, err := starlark.ExecFileOptions(fileOpts, ts.Thread, spec.Name, spec.Source, predeclared(rt, "__mp_main__"))
		if err != nil {
			return err
		}
		return body(ts.Thread, g)
	})
	Shutdown(rt)
	rt.Close()
	return err
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// run runs src as a main script and returns its stdout and stderr.
func run(t *testing.T, src string) (string, string, error) {
	t.Helper()
	rt := core.NewRuntime(context.Background())
	var out, errs syncBuffer
	rt.Stdout, rt.Stderr = core.NewOutput(&out), core.NewOutput(&errs)
	SetMainSpec(rt, MainSpec{Source: []byte(src), Name: "<test>"})
	rt.Sources.Store("<test>", []byte(src))
	ts := newThread(rt)
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOpts, ts.Thread, "<test>", src, predeclared(rt, "__main__"))
		return err
	})
	Shutdown(rt)
	rt.Close()
	return out.String(), errs.String(), err
}

func countFDs() int {
	ents, _ := os.ReadDir("/proc/self/fd")
	return len(ents)
}

func TestProcessBasics(t *testing.T) {
	before := countFDs()
	out, errs, err := run(t, `
def f(name, age, parent, city="北京"):
    print("child", name, age, city, getpid() != parent, mp.current_process().name)

if __name__ == "__main__":
    p = mp.Process(target=f, args=("小杨",), kwargs={"age": 18, "parent": getpid()})
    print(p.name, p.pid, p.exitcode, p.is_alive(), p.daemon)
    p.start()
    p.join()
    print(p.exitcode, p.is_alive(), mp.current_process().name, mp.get_start_method())
`)
	if err != nil {
		t.Fatalf("%v\n%s", err, errs)
	}
	want := "Process-1 None None False False\nchild 小杨 18 北京 True Process-1\n0 False MainProcess fork\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
	}
	if after := countFDs(); after != before {
		t.Errorf("descriptors: %d before, %d after", before, after)
	}
}

func TestUnpicklableTarget(t *testing.T) {
	_, _, err := run(t, `
p = mp.Process(target=lambda: 1)
p.start()
`)
	if err == nil || !strings.Contains(err.Error(), "PicklingError: Can't pickle <function lambda at") ||
		!strings.Contains(err.Error(), "attribute lookup <lambda> on __main__ failed (while sending the Process object 'Process-1' to the child process)") {
		t.Errorf("got %v", err)
	}
}
