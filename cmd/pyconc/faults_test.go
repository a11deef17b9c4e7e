//go:build unix

package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startCLI starts the test binary as pyconc on a script given with -c and
// returns the command and a reader of its standard output.
func startCLI(t *testing.T, src string) (*exec.Cmd, *bufio.Reader) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-c", src)
	cmd.Env = append(os.Environ(), "PYCONC_TEST_AS_CLI=1")
	cmd.Stderr = io.Discard
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewReader(out)
}

// readPids reads a line of space-separated pids.
func readPids(t *testing.T, r *bufio.Reader) []int {
	t.Helper()
	line, err := r.ReadString('\n')
	if err != nil {
		t.Fatalf("reading pids: %v (line %q)", err, line)
	}
	var pids []int
	for _, f := range strings.Fields(line) {
		n, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("bad pid line %q", line)
		}
		pids = append(pids, n)
	}
	return pids
}

// alive reports whether a process exists and is not a zombie.
func alive(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	fields := strings.Fields(string(data))
	return len(fields) > 2 && fields[2] != "Z"
}

// waitGone waits until none of pids is alive.
func waitGone(t *testing.T, pids []int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for _, pid := range pids {
		for alive(pid) {
			if time.Now().After(deadline) {
				syscall.Kill(pid, syscall.SIGKILL)
				t.Fatalf("process %d still alive %v later", pid, within)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

const sleepingChildren = `import multiprocessing as mp, time
def sleeper():
    time.sleep(60)
if __name__ == "__main__":
    ps = [mp.Process(target=sleeper) for _ in range(2)]
    for p in ps: p.start()
    print(" ".join(str(p.pid) for p in ps), flush=True)
    for p in ps: p.join()
`

// TestParentKilled kills the parent with SIGKILL: its children must not
// outlive it.
func TestParentKilled(t *testing.T) {
	cmd, r := startCLI(t, sleepingChildren)
	pids := readPids(t, r)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	waitGone(t, pids, 3*time.Second)
}

// TestCtrlCWithChildren sends SIGINT to the parent: it exits 130 and no
// child is left.
func TestCtrlCWithChildren(t *testing.T) {
	cmd, r := startCLI(t, sleepingChildren)
	pids := readPids(t, r)
	cmd.Process.Signal(syscall.SIGINT)
	go io.Copy(io.Discard, r)
	err := cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
		t.Errorf("exit %v, want 130", err)
	}
	waitGone(t, pids, 3*time.Second)
}

// TestChildKilled kills a child with SIGKILL from outside: join returns
// and exitcode is -9.
func TestChildKilled(t *testing.T) {
	cmd, r := startCLI(t, `import multiprocessing as mp, time, sys
def sleeper():
    time.sleep(60)
if __name__ == "__main__":
    p = mp.Process(target=sleeper)
    p.start()
    print(p.pid, flush=True)
    p.join()
    print("exitcode", p.exitcode, flush=True)
`)
	pids := readPids(t, r)
	syscall.Kill(pids[0], syscall.SIGKILL)
	line, _ := r.ReadString('\n')
	if line != "exitcode -9\n" {
		t.Errorf("got %q", line)
	}
	go io.Copy(io.Discard, r)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit %v", err)
	}
}

// TestPoolWorkerKilled makes a Pool worker die during map: the call fails
// within a second instead of hanging, and the pool keeps working.
func TestPoolWorkerKilled(t *testing.T) {
	cmd, r := startCLI(t, `import multiprocessing as mp, os, time
def work(x):
    if x == 3:
        os.kill(os.getpid(), 9)
    return x * 2
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        start = time.time()
        try:
            pool.map(work, range(6))
        except Exception as e:
            print("error", type(e).__name__, time.time() - start < 2, flush=True)
        print(pool.map(abs, [-1, -2]), flush=True)
`)
	done := make(chan struct{})
	var out string
	go func() {
		b, _ := io.ReadAll(r)
		out = string(b)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the pool hung")
	}
	cmd.Wait()
	if !strings.Contains(out, "error") || !strings.Contains(out, "True") || !strings.Contains(out, "[1, 2]") {
		t.Errorf("output %q", out)
	}
}

// TestSpareKilled kills the child that waits ahead of time for the next
// Process.start: the next start must still work, with a new child.
func TestSpareKilled(t *testing.T) {
	cmd, r := startCLI(t, `import multiprocessing as mp, os, time

def hello(n):
    print("child", n, flush=True)

def children():
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/" + name + "/stat") as f:
                    fields = f.read().split(") ")[1].split()
            except OSError:
                continue
            if int(fields[1]) == os.getpid() and fields[0] != "Z":
                out.append(int(name))
    return out

if __name__ == "__main__":
    p = mp.Process(target=hello, args=(1,))
    p.start(); p.join()
    time.sleep(0.5)
    spares = children()
    print("spares waiting:", len(spares))
    for pid in spares:
        os.kill(pid, 9)
    time.sleep(0.2)
    p = mp.Process(target=hello, args=(2,))
    p.start(); p.join()
    print("exitcode", p.exitcode)
`)
	out, _ := io.ReadAll(r)
	if err := cmd.Wait(); err != nil {
		t.Errorf("exit %v", err)
	}
	want := "child 1\nspares waiting: 1\nchild 2\nexitcode 0\n"
	if string(out) != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
