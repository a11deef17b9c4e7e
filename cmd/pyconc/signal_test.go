package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestCtrlC sends SIGINT to pyconc while its main thread waits in join on
// threads that never end (CPython would wait for them forever): pyconc must
// print the KeyboardInterrupt traceback and exit 130 at once.
func TestCtrlC(t *testing.T) {
	scripts := map[string]string{
		"join": `import threading, time
def spin():
    while True:
        time.sleep(0.01)
ts = [threading.Thread(target=spin) for _ in range(3)]
for t in ts:
    t.start()
print("ready", flush=True)
for t in ts:
    t.join()
`,
		"queue get": `import queue
q = queue.Queue()
print("ready", flush=True)
q.get()
`,
		"busy loop": `print("ready", flush=True)
n = 0
while True:
    n += 1
`,
		"caught": `import time
try:
    print("ready", flush=True)
    time.sleep(30)
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
`,
	}
	for name, src := range scripts {
		name, src := name, src
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(os.Args[0], "-c", src)
			cmd.Env = append(os.Environ(), "PYCONC_TEST_AS_CLI=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r := bufio.NewReader(out)
			line, _ := r.ReadString('\n')
			if line != "ready\n" {
				cmd.Process.Kill()
				t.Fatalf("first line %q", line)
			}
			sent := time.Now()
			cmd.Process.Signal(syscall.SIGINT)
			done := make(chan error, 1)
			var rest string
			go func() {
				b, _ := io.ReadAll(r) // all reads end before Wait closes the pipe
				rest = string(b)
				done <- cmd.Wait()
			}()
			var werr error
			select {
			case werr = <-done:
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 10 s after SIGINT")
			}
			t.Logf("exited %v after SIGINT", time.Since(sent))
			if name == "caught" {
				if werr != nil || !strings.Contains(rest, "caught KeyboardInterrupt") {
					t.Errorf("exit %v, stdout %q", werr, rest)
				}
				return
			}
			ee, ok := werr.(*exec.ExitError)
			if !ok || ee.ExitCode() != 130 {
				t.Errorf("exit %v, want status 130", werr)
			}
			if !strings.Contains(stderr.String(), "KeyboardInterrupt") || !strings.Contains(stderr.String(), "Traceback (most recent call last):") {
				t.Errorf("stderr:\n%s", stderr.String())
			}
		})
	}
}
