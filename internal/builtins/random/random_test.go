package random

// The behaviour of the module is tested by the script
// testdata/scripts/stdlib/random_module.py; this file tests what a script
// cannot: calls from many goroutines at once.

import (
	"context"
	"sync"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// TestRandomConcurrent calls one generator from many goroutines (as an
// embedding host might, outside the interpreter lock): no data race.
func TestRandomConcurrent(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	mod, err := Make(rt)
	if err != nil {
		t.Fatal(err)
	}
	randint, _ := mod.(*core.Module).Attr("randint")
	seed, _ := mod.(*core.Module).Attr("seed")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := &starlark.Thread{}
			for j := 0; j < 200; j++ {
				if j == 100 {
					if _, err := starlark.Call(th, seed, starlark.Tuple{starlark.MakeInt(i)}, nil); err != nil {
						t.Error(err)
						return
					}
				}
				v, err := starlark.Call(th, randint, starlark.Tuple{starlark.MakeInt(0), starlark.MakeInt(9)}, nil)
				if err != nil {
					t.Error(err)
					return
				}
				n, _ := starlark.AsInt32(v)
				if n < 0 || n > 9 {
					t.Errorf("randint = %d", n)
				}
			}
		}(i)
	}
	wg.Wait()
}
