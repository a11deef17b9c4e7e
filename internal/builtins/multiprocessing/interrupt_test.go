//go:build unix

package multiprocessing

import (
	"context"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// TestCtrlCTerminatesChildren interrupts a parent that has a Pool and a
// Process running, as Ctrl-C does (InterruptMain, then TerminateAll):
// every child ends, and none prints anything.
func TestCtrlCTerminatesChildren(t *testing.T) {
	src := `
def forever():
    while True:
        sleep(0.05)

def busy(x):
    forever()

if __name__ == "__main__":
    p = mp.Process(target=forever)
    p.start()
    pool = mp.Pool(2)
    r = pool.map_async(busy, [1, 2], chunksize=1)
    print(" ".join([str(c.pid) for c in mp.active_children()]))
    r.get()
`
	rt := core.NewRuntime(context.Background())
	var out, errs syncBuffer
	rt.Stdout, rt.Stderr = core.NewOutput(&out), core.NewOutput(&errs)
	SetMainSpec(rt, MainSpec{Source: []byte(src), Name: "<test>"})
	go func() {
		for !strings.Contains(out.String(), "\n") {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(200 * time.Millisecond)
		rt.InterruptMain()
	}()
	ts := newThread(rt)
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOpts, ts.Thread, "<test>", src, predeclared(rt, "__main__"))
		return err
	})
	TerminateAll(rt)
	rt.Close()
	var pe *core.PyError
	if !errors.As(err, &pe) || pe.Value.Class != core.KeyboardInterrupt {
		t.Errorf("got %v", err)
	}
	pids := strings.Fields(out.String())
	if len(pids) != 3 {
		t.Fatalf("children: %q", out.String())
	}
	for _, p := range pids {
		pid, _ := strconv.Atoi(p)
		if syscall.Kill(pid, 0) == nil && alive(pid) {
			t.Errorf("child %d still runs", pid)
			syscall.Kill(pid, syscall.SIGKILL)
		}
	}
	if errs.String() != "" {
		t.Errorf("stderr:\n%s", errs.String())
	}
}

// alive reports whether pid runs (a zombie counts as dead).
func alive(pid int) bool {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] != 'Z'
}
