package core_test

import (
	"bytes"
	"context"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// objRun runs a Starlark program with the universe predeclared, under a
// runtime whose Stdout is captured; err is the program's error, converted
// to a Python exception when possible.
func objRun(t testing.TB, src string) (string, error) {
	t.Helper()
	rt := core.NewRuntime(context.Background())
	t.Cleanup(rt.Close)
	var out bytes.Buffer
	rt.Stdout = core.NewOutput(&out)
	ts := rt.NewThread("MainThread")
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.star", src, core.Universe())
		if err != nil {
			if pe, ok := core.AsPyError(ts.Thread, err); ok {
				return pe
			}
		}
		return err
	})
	return out.String(), err
}

// errLine renders an error as the last line of Python's traceback:
// "Type: str(exc)", or "Type" when str(exc) is empty.
func errLine(err error) string {
	pe, ok := err.(*core.PyError)
	if !ok {
		return "error: " + err.Error()
	}
	s, serr := core.Str(&starlark.Thread{}, pe.Value)
	if serr != nil {
		return "error in str(): " + serr.Error()
	}
	if s == "" {
		return pe.Value.Class.Name()
	}
	return pe.Value.Class.Name() + ": " + s
}
