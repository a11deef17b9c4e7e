package core_test

import (
	"context"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// The loops of BenchmarkTry: the same work with and without a try/except
// around the loop body, lowered as the lowering emits it (a nested def per
// iteration, run by __pc_try).
const (
	benchPlain = `
def run(n):
    total = 0
    items = []
    for i in range(n):
        items.append(i * 2)
        total += len(items) % 7
        if len(items) > 100:
            items = []
    return total
`
	benchTry = `
def run(n):
    total = __pc_cell("total", "local")
    total.v = 0
    items = __pc_cell("items", "local")
    items.v = []
    for i in range(n):
        def __pc_body():
            items.v.append(i * 2)
            total.v += len(items.v) % 7
            if len(items.v) > 100:
                items.v = []
        def __pc_except(__pc_exc):
            if __pc_match(__pc_exc, ValueError):
                return None
            __pc_raise()
        __pc_r = __pc_try(__pc_body, __pc_except, None, None)
        if __pc_r:
            return __pc_r[1]
    return total.v
`
	benchTryHoisted = `
def run(n):
    total = __pc_cell("total", "local")
    total.v = 0
    items = __pc_cell("items", "local")
    items.v = []
    i = __pc_cell("i", "local")
    def __pc_body():
        items.v.append(i.v * 2)
        total.v += len(items.v) % 7
        if len(items.v) > 100:
            items.v = []
    def __pc_except(__pc_exc):
        if __pc_match(__pc_exc, ValueError):
            return None
        __pc_raise()
    for __pc_i in range(n):
        i.v = __pc_i
        __pc_r = __pc_try(__pc_body, __pc_except, None, None)
        if __pc_r:
            return __pc_r[1]
    return total.v
`
	benchTrivialPlain = `
def run(n):
    x = 0
    for i in range(n):
        x += 1
    return x
`
	benchTrivialTry = `
def run(n):
    x = __pc_cell("x", "local")
    x.v = 0
    for i in range(n):
        def __pc_body():
            x.v += 1
        __pc_try(__pc_body, None, None, None)
    return x.v
`
)

// benchRun runs run(b.N) of src under a runtime's main thread.
func benchRun(b *testing.B, src string) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	err := rt.RunMain(ts, func() error {
		globals, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "bench.py", src, core.Universe())
		if err != nil {
			return err
		}
		b.ReportAllocs()
		b.ResetTimer()
		_, err = starlark.Call(ts.Thread, globals["run"], starlark.Tuple{starlark.MakeInt(b.N)}, nil)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkTry compares a loop whose body is wrapped in try/except with the
// same loop without it (Plain); TryHoisted defines the closures once, before
// the loop; Trivial* do the same for a body of x += 1.
func BenchmarkTry(b *testing.B) {
	b.Run("Plain", func(b *testing.B) { benchRun(b, benchPlain) })
	b.Run("Try", func(b *testing.B) { benchRun(b, benchTry) })
	b.Run("TryHoisted", func(b *testing.B) { benchRun(b, benchTryHoisted) })
	b.Run("TrivialPlain", func(b *testing.B) { benchRun(b, benchTrivialPlain) })
	b.Run("TrivialTry", func(b *testing.B) { benchRun(b, benchTrivialTry) })
}
