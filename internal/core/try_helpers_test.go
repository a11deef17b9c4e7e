package core_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// fileOptions are the options the lowering's output is compiled with.
var fileOptions = &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}

// runResult is what running a lowered program produced.
type runResult struct {
	rt     *core.Runtime
	ts     *core.ThreadState
	err    error  // error of the top level, converted by AsPyError when catchable
	stdout string // output of print
}

// runLowered runs src (Starlark written as the lowering emits it) as the
// main script x.py under a runtime, with pySrc (the Python source it stands
// for) registered for tracebacks. extra adds predeclared names.
func runLowered(t testing.TB, pySrc, src string, extra starlark.StringDict) runResult {
	t.Helper()
	rt := core.NewRuntime(context.Background())
	t.Cleanup(rt.Close)
	rt.MainPath = "x.py"
	rt.Sources.Store("x.py", []byte(pySrc))
	ts := rt.NewThread("MainThread")
	var out strings.Builder
	ts.Thread.Print = func(_ *starlark.Thread, msg string) { out.WriteString(msg + "\n") }
	pre := core.Universe()
	for k, v := range extra {
		pre[k] = v
	}
	var res runResult
	res.rt, res.ts = rt, ts
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.py", src, pre)
		if err != nil {
			if pe, ok := core.AsPyError(ts.Thread, err); ok {
				return pe
			}
		}
		return err
	})
	res.err = err
	res.stdout = out.String()
	return res
}

// python3Traceback runs pySrc with python3 as x.py and returns what it
// printed on stderr; the test is skipped when python3 is absent.
func python3Traceback(t *testing.T, pySrc string) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x.py"), []byte(pySrc), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "x.py")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	_ = cmd.Run()
	return strings.ReplaceAll(stderr.String(), filepath.Join(dir, "x.py"), "x.py")
}

// checkAgainstPython compares want with what python3 prints for pySrc.
func checkAgainstPython(t *testing.T, pySrc, want string) {
	t.Helper()
	if got := python3Traceback(t, pySrc); got != want {
		t.Errorf("python3 prints a different traceback:\n%s\nthe test expects:\n%s", got, want)
	}
}
