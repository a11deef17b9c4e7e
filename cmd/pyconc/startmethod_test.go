//go:build unix

// This file tests pyconc's own words of the emulated 'fork' start method.

package main

import (
	"io"
	"testing"
)

// TestForkUncarried checks the error raised in a child started by 'fork'
// when it reads a global that could not be copied into it (CPython's real
// fork shares the lock; pyconc names the global instead), and that a child
// that does not read it runs.
func TestForkUncarried(t *testing.T) {
	cmd, r := startCLI(t, `import multiprocessing as mp, threading
lock = threading.Lock()
def quiet():
    print("quiet child ran", flush=True)
def loud():
    try:
        with lock:
            pass
    except RuntimeError as e:
        print(e, flush=True)
for f in (quiet, loud):
    p = mp.Process(target=f)
    p.start()
    p.join()
`)
	out, _ := io.ReadAll(r)
	_ = cmd.Wait()
	want := "quiet child ran\nthe global 'lock' (of type 'lock') was not given to this process: pyconc's 'fork' start method copies the main module's globals into the child, and this one cannot be copied (cannot pickle 'lock' object)\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}
