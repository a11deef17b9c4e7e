package interp

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// cancelScript runs three threads sleeping in a loop, a child process in
// an endless loop, and a main thread sleeping in a loop.
const cancelScript = `
import threading, time, multiprocessing as mp
def spin():
    while True:
        pass
def sleeper():
    while True:
        time.sleep(0.01)
if __name__ == "__main__":
    p = mp.Process(target=spin)
    p.start()
    for i in range(3):
        threading.Thread(target=sleeper).start()
    print("pid", p.pid)
    while True:
        time.sleep(0.01)
`

// TestCancelStopsThreadsAndProcesses cancels Exec's context: Exec returns
// context.Canceled within a second, no goroutine is left and the child
// process is gone.
func TestCancelStopsThreadsAndProcesses(t *testing.T) {
	// Warm up what lives as long as the test binary (the goroutine that
	// forks children), so that it is part of the baseline.
	warm, _, _ := newTestInterp(t, Options{})
	run(t, warm, "import multiprocessing as mp\ndef f():\n    pass\nif __name__ == '__main__':\n    p = mp.Process(target=f)\n    p.start()\n    p.join()\n")
	warm.Close()
	runtime.GC()
	baseline := settledGoroutines(runtime.NumGoroutine())

	in, out, errOut := newTestInterp(t, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	result := make(chan error, 1)
	go func() { result <- in.Exec(ctx, "cancel.py", []byte(cancelScript)) }()
	pidRE := regexp.MustCompile(`pid (\d+)`)
	if !waitFor(20*time.Second, func() bool { return pidRE.MatchString(out.String()) }) {
		t.Fatalf("the script did not start its child; stdout %q, stderr %q", out.String(), errOut.String())
	}
	pid, _ := strconv.Atoi(pidRE.FindStringSubmatch(out.String())[1])
	if n := in.rt.ThreadCount(); n != 4 {
		t.Errorf("%d live threads before cancel, want 4", n)
	}

	start := time.Now()
	cancel()
	var err error
	select {
	case err = <-result:
	case <-time.After(10 * time.Second):
		t.Fatal("Exec did not return after cancel")
	}
	took := time.Since(start)
	t.Logf("Exec returned %v after %v", err, took)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if took > time.Second {
		t.Errorf("Exec returned %v after cancel, want within a second", took)
	}
	if n := in.rt.ThreadCount(); n != 0 {
		t.Errorf("%d script threads still live", n)
	}
	if !waitFor(time.Second, func() bool { return processGone(pid) }) {
		t.Errorf("child process %d still exists", pid)
	}
	in.Close()
	if n := settledGoroutines(baseline); n > baseline {
		buf := make([]byte, 1<<16)
		buf = buf[:runtime.Stack(buf, true)]
		t.Errorf("%d goroutines left (baseline %d):\n%s", n, baseline, buf)
	}
}

// TestProcessWithoutWorkerDispatch runs the test binary as a host that
// never calls RunWorkerIfChild (see TestMain): starting a Process raises
// a RuntimeError that tells the host what to do.
func TestProcessWithoutWorkerDispatch(t *testing.T) {
	if os.Getenv(noDispatchEnv) == "1" {
		in, _, _ := newTestInterp(t, Options{})
		err := in.Exec(context.Background(), "nodispatch.py", []byte("import multiprocessing as mp\ndef f():\n    pass\nif __name__ == '__main__':\n    mp.Process(target=f).start()\n"))
		var pe *Error
		if !errors.As(err, &pe) || pe.Class != "RuntimeError" {
			t.Fatalf("err = %v", err)
		}
		os.Stdout.WriteString("\n" + pe.Traceback + "\n")
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestProcessWithoutWorkerDispatch$", "-test.v")
	cmd.Env = append(os.Environ(), noDispatchEnv+"=1")
	outText, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, outText)
	}
	want := "RuntimeError: cannot start a process: this program did not call interp.RunWorkerIfChild first thing in its main function"
	if !strings.Contains(string(outText), want) || !strings.Contains(string(outText), `File "nodispatch.py", line 5, in <module>`) {
		t.Errorf("output lacks %q:\n%s", want, outText)
	}
}
