package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestMaxThreads starts one thread more than the limit allows.
func TestMaxThreads(t *testing.T) {
	in, out, _ := newTestInterp(t, Options{MaxThreads: 2})
	run(t, in, `
import threading
ev = threading.Event()
ts = []
for i in range(3):
    t = threading.Thread(target=ev.wait)
    try:
        t.start()
        ts.append(t)
    except RuntimeError as e:
        print("thread", i, "RuntimeError:", e)
ev.set()
for t in ts: t.join()
# Once they ended, threads can be started again.
t = threading.Thread(target=print, args=("again",))
t.start()
t.join()
`)
	want := "thread 2 RuntimeError: can't start new thread (the limit of 2 live threads is reached)\nagain\n"
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

// TestMaxSteps runs a main script and a thread past their step budget.
func TestMaxSteps(t *testing.T) {
	const loop = "n = 0\nwhile True:\n    n += 1\n"
	in, _, _ := newTestInterp(t, Options{MaxSteps: 100000})
	err := in.Exec(context.Background(), "steps.py", []byte(loop))
	var pe *Error
	if !errors.As(err, &pe) || pe.Class != "RuntimeError" || !strings.Contains(pe.Message, "more than 100000 steps") {
		t.Fatalf("err = %v", err)
	}
	if n, ok := in.Get("n"); !ok || n.String() == "0" {
		t.Errorf("n = %v", n)
	}

	// The budget is not caught by except clauses, and is per run.
	in2, out2, errOut2 := newTestInterp(t, Options{MaxSteps: 100000})
	err = in2.Exec(context.Background(), "steps.py", []byte(`
import threading
def spin():
    while True:
        try:
            while True:
                pass
        except Exception:
            pass
t = threading.Thread(target=spin)
t.start()
t.join()
print("main goes on")
`))
	if err != nil {
		t.Fatalf("err = %v", err)
	}
	if out2.String() != "main goes on\n" {
		t.Errorf("output %q", out2.String())
	}
	if !strings.Contains(errOut2.String(), "Exception in thread") || !strings.Contains(errOut2.String(), "RuntimeError: step budget exceeded: the thread ran more than 100000 steps (MaxSteps)") {
		t.Errorf("stderr %q", errOut2.String())
	}
	run(t, in2, "for i in range(1000):\n    pass\n") // a new run, a new budget
}

// TestMaxProcesses starts one process more than the limit allows.
func TestMaxProcesses(t *testing.T) {
	in, out, _ := newTestInterp(t, Options{MaxProcesses: 1, Predeclared: workerTestOptions().Predeclared})
	run(t, in, `
import multiprocessing as mp
def waiter(e):
    e.wait()
def show(n):
    print("child", double(n))
if __name__ == "__main__":
    e = mp.Event()
    p = mp.Process(target=waiter, args=(e,))
    p.start()
    try:
        mp.Process(target=show, args=(1,)).start()
    except RuntimeError as err:
        print("RuntimeError:", err)
    e.set()
    p.join()
    q = mp.Process(target=show, args=(21,))
    q.start()
    q.join()
`)
	want := "RuntimeError: cannot start a process: the limit of 1 live child processes is reached\nchild 42\n"
	if out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}
