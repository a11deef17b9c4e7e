package queue

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

	"github.com/pyconc/pyconc/internal/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// The runner of the Go-level tests of the package (interrupts, deadlock,
// goroutine leaks): it runs a Starlark program as the main thread of a
// runtime with the queue and threading modules and sleep(s) predeclared.
// The module's behaviour is tested by the script tests of
// testdata/scripts/queue (see scripts_test.go and package scripttest).

var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

func builtin(name string, f func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return f(th, args, kwargs)
	})
}

type result struct {
	out, err string
	runErr   error
	rt       *core.Runtime
}

func runWith(t testing.TB, src string, setup func(rt *core.Runtime)) result {
	t.Helper()
	var out, errb bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	rt := core.NewRuntime(ctx)
	rt.Stdout, rt.Stderr = core.NewOutput(&out), core.NewOutput(&errb)
	if setup != nil {
		setup(rt)
	}
	qm, _ := Make(rt)
	tm, _ := threading.Make(rt)
	pre := core.Universe()
	pre["queue"], pre["threading"] = qm, tm
	pre["sleep"] = builtin("sleep", func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, err := core.Seconds(args[0])
		if err != nil {
			return nil, err
		}
		return starlark.None, core.Sleep(th, core.SecondsDuration(s))
	})
	ts := rt.NewThread("MainThread")
	ts.Thread.Print = func(_ *starlark.Thread, msg string) { _, _ = rt.Stdout.WriteString(msg + "\n") }
	runErr := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "main.star", src, pre)
		if werr := threading.WaitForThreads(ts.Thread); err == nil {
			err = werr
		}
		return err
	})
	rt.Close()
	return result{out.String(), errb.String(), runErr, rt}
}

func expect(t *testing.T, src, want string) {
	t.Helper()
	r := runWith(t, src, nil)
	if r.runErr != nil {
		t.Fatalf("error: %v\nstdout:\n%s\nstderr:\n%s", r.runErr, r.out, r.err)
	}
	if strings.TrimSpace(r.out) != strings.TrimSpace(want) {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", r.out, want, r.err)
	}
}

func noLeak(t *testing.T, f func()) {
	t.Helper()
	before := runtime.NumGoroutine()
	f()
	for end := time.Now().Add(2 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(end); {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines before, %d after", before, n)
	}
}

func TestQueueWorkersM04(t *testing.T) {
	noLeak(t, func() {
		expect(t, `
q = queue.Queue(5)
lock = threading.Lock()
results = []
def worker():
    while True:
        item = q.get()
        if item == "stop":
            q.task_done()
            break
        sleep(0.002)
        lock.acquire()
        results.append(item * item)
        lock.release()
        q.task_done()
threads = [threading.Thread(target=worker) for i in range(3)]
for t in threads:
    t.start()
for n in range(1, 21):
    q.put(n)
q.join()
print(len(results), 0)
total = 0
for r in results:
    total += r
print(total, q.qsize(), q.empty())
for t in threads:
    q.put("stop")
q.join()
for t in threads:
    t.join()
print(threading.active_count() == 1)
`, "20 0\n2870 0 True\nTrue")
	})
}

func TestQueueCtrlCAndDeadlock(t *testing.T) {
	noLeak(t, func() {
		r := runWith(t, "queue.Queue().get()", func(rt *core.Runtime) {
			time.AfterFunc(100*time.Millisecond, rt.InterruptMain)
		})
		var pe *core.PyError
		if !errors.As(r.runErr, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("get: error %v, want KeyboardInterrupt", r.runErr)
		}
	})
	noLeak(t, func() {
		r := runWith(t, "q = queue.Queue(1)\nq.put(1)\nq.put(2, timeout=30)", func(rt *core.Runtime) {
			time.AfterFunc(100*time.Millisecond, rt.InterruptMain)
		})
		var pe *core.PyError
		if !errors.As(r.runErr, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("put: error %v, want KeyboardInterrupt", r.runErr)
		}
	})
	noLeak(t, func() {
		r := runWith(t, `
q = queue.Queue()
def w():
    q.get()
threading.Thread(target=w).start()
q.put(1)
q.join()
`, nil)
		var de *core.DeadlockError
		if !errors.As(r.rt.Err(), &de) {
			t.Errorf("join: runtime error %v, want deadlock", r.rt.Err())
		}
	})
}
