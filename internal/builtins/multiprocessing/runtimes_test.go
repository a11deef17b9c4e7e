package multiprocessing

// This file tests that two runtimes of one process (two Interpreters of
// a host) have their own brokers: their Managers, Queues and pools do not
// see each other's objects, and proxies decode against their own
// runtime's main module.

import (
	"context"
	"strings"
	"sync"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// runConcurrently runs the scripts at the same time, each in its own
// runtime, with rendezvous(): a builtin that returns once every script
// has called it (as many times). It returns the stdout of each.
func runConcurrently(t *testing.T, srcs ...string) []string {
	t.Helper()
	var mu sync.Mutex
	waiting, gen := 0, make(chan struct{})
	rendezvous := starlark.NewBuiltin("rendezvous", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		mu.Lock()
		released := gen
		if waiting++; waiting == len(srcs) {
			close(gen)
			waiting, gen = 0, make(chan struct{})
		}
		mu.Unlock()
		return starlark.None, core.Block(th, false, func(intr <-chan struct{}) error {
			select {
			case <-released:
				return nil
			case <-intr:
				return core.ErrInterrupted
			}
		})
	})
	outs := make([]string, len(srcs))
	var wg sync.WaitGroup
	for i, src := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rt := core.NewRuntime(context.Background())
			var out, errs syncBuffer
			rt.Stdout, rt.Stderr = core.NewOutput(&out), core.NewOutput(&errs)
			SetMainSpec(rt, MainSpec{Source: []byte(src), Name: "<test>"})
			rt.Sources.Store("<test>", []byte(src))
			ts := newThread(rt)
			pre := predeclared(rt, "__main__")
			pre["rendezvous"] = rendezvous
			err := rt.RunMain(ts, func() error {
				_, err := starlark.ExecFileOptions(fileOpts, ts.Thread, "<test>", src, pre)
				return err
			})
			Shutdown(rt)
			rt.Close()
			if err != nil {
				t.Errorf("script %d: %v\nstdout:\n%s\nstderr:\n%s", i, err, out.String(), errs.String())
			}
			outs[i] = addrRE.ReplaceAllString(out.String(), "0xADDR")
		}()
	}
	wg.Wait()
	return outs
}

// twoRuntimesScript is the script of runtime NAME: its own function in
// its Manager's dict and list (printed from no script frame, so decoded
// against its runtime's main module), its children's items on its Queue.
const twoRuntimesScript = `
def only_in_NAME():
    return "NAME"

def child(q, d, n):
    q.put(("NAME", n))
    d[n] = only_in_NAME

if __name__ == "__main__":
    m = mp.Manager()
    d, l = m.dict(), m.list()
    d["f"] = only_in_NAME
    l.append(only_in_NAME)
    q = mp.Queue()
    rendezvous()
    ps = [mp.Process(target=child, args=(q, d, i)) for i in range(3)]
    for p in ps:
        p.start()
    got = sorted([q.get(timeout=30) for _ in range(3)])
    for p in ps:
        p.join()
    rendezvous()
    print(got, q.qsize(), len(d), d[2](), l[0]())
    print(d["f"], l)
`

func TestTwoRuntimes(t *testing.T) {
	a := strings.ReplaceAll(twoRuntimesScript, "NAME", "a")
	b := strings.ReplaceAll(twoRuntimesScript, "NAME", "b")
	outs := runConcurrently(t, a, b)
	for i, name := range []string{"a", "b"} {
		want := strings.ReplaceAll(`[("NAME", 0), ("NAME", 1), ("NAME", 2)] 0 4 NAME NAME
<function only_in_NAME at 0xADDR> [<function only_in_NAME at 0xADDR>]
`, "NAME", name)
		if got := strings.ReplaceAll(outs[i], `'`, `"`); got != want {
			t.Errorf("runtime %s printed:\n%s\nwant:\n%s", name, got, want)
		}
	}
}
