package os

// The behaviour of the module is tested by the scripts
// testdata/scripts/stdlib/os_module.py and os_path.py; this file tests
// what a script cannot: os._exit and the sharing of os.path.

import (
	"context"
	"errors"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

func TestOSPathShared(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	osm, _ := Make(rt)
	pm, _ := MakePath(rt)
	p, _ := osm.(*core.Module).Attr("path")
	if p != pm {
		t.Fatal("os.path is not the module made by MakePath")
	}
}

// exit calls os._exit(n) on the main thread of a new runtime, whose
// HardExit hook is hard (when not nil).
func exit(t *testing.T, n int, hard func(int)) (*core.Runtime, error) {
	rt := core.NewRuntime(context.Background())
	t.Cleanup(rt.Close)
	rt.HardExit = hard
	ts := rt.NewThread("MainThread")
	mod, _ := Make(rt)
	fn, _ := mod.(*core.Module).Attr("_exit")
	return rt, rt.RunMain(ts, func() error {
		_, err := starlark.Call(ts.Thread, fn, starlark.Tuple{starlark.MakeInt(n)}, nil)
		return err
	})
}

func TestOSExit(t *testing.T) {
	code := -1
	_, err := exit(t, 3, func(n int) { code = n })
	var ee *core.ExitError
	if !errors.As(err, &ee) || ee.Code != 3 || code != 3 {
		t.Fatalf("err = %v, HardExit code = %d", err, code)
	}
	// Without HardExit: the runtime is aborted with the ExitError.
	rt, err := exit(t, 4, nil)
	if !errors.As(err, &ee) || ee.Code != 4 {
		t.Fatalf("err = %v", err)
	}
	if !errors.As(rt.Err(), &ee) || ee.Code != 4 {
		t.Fatalf("runtime error = %v", rt.Err())
	}
}
