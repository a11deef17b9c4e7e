package interp

import (
	"bytes"
	"context"
	"runtime"
	"testing"
	"time"
)

// settledGoroutines waits until the number of goroutines stops falling
// below the baseline or the deadline passes, and returns it.
func settledGoroutines(baseline int) int {
	deadline := time.Now().Add(3 * time.Second)
	n := runtime.NumGoroutine()
	for n > baseline && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

// TestNoGoroutineOutlivesProgram runs scripts with threads, timers,
// queues, daemon threads and a deadlock, and checks that no goroutine is
// left once the interpreter is closed.
func TestNoGoroutineOutlivesProgram(t *testing.T) {
	scripts := map[string]string{
		"threads": `import threading, queue, time
q = queue.Queue()
def worker():
    while True:
        item = q.get()
        if item is None:
            break
ts = [threading.Thread(target=worker) for _ in range(5)]
for t in ts: t.start()
for t in ts: q.put(None)
for t in ts: t.join()
threading.Timer(0.01, lambda: None).start()
`,
		"daemon threads abandoned": `import threading, time
for _ in range(3):
    threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
ev = threading.Event()
threading.Thread(target=ev.wait, daemon=True).start()
`,
		"deadlock": `import threading
a = threading.Lock()
a.acquire()
t = threading.Thread(target=a.acquire)
t.start()
t.join()
`,
		"exception in main": `import threading, time
threading.Thread(target=time.sleep, args=(0.05,)).start()
raise ValueError("x")
`,
	}
	for name, src := range scripts {
		t.Run(name, func(t *testing.T) {
			runtime.GC()
			baseline := settledGoroutines(runtime.NumGoroutine())
			in := New(Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
			_ = in.Exec(context.Background(), "leak.py", []byte(src))
			in.Close()
			if n := settledGoroutines(baseline); n > baseline {
				buf := make([]byte, 1<<16)
				buf = buf[:runtime.Stack(buf, true)]
				t.Errorf("%d goroutines left (baseline %d):\n%s", n, baseline, buf)
			}
		})
	}
}
