package core_test

import (
	"bytes"
	"context"
	"os/exec"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// objCase is a Starlark program using the built-ins (star), the Python
// program it stands for (py), and what both print (want).
type objCase struct {
	name string
	star string
	py   string
	want string
}

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

// runObjCases runs each case and compares its output with want (an
// uncaught exception prints as "Type: message").
func runObjCases(t *testing.T, cases []objCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := objRun(t, c.star)
			if err != nil {
				got += errLine(err) + "\n"
			}
			if got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
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

// checkObjCasesWithPython checks that python3 prints want for each py.
func checkObjCasesWithPython(t *testing.T, cases []objCase) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	for _, c := range cases {
		if c.py == "" {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(py, "-c", c.py)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			_ = cmd.Run()
			got := stdout.String()
			if s := stderr.String(); s != "" {
				lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
				got += lines[len(lines)-1] + "\n"
			}
			if got != c.want {
				t.Errorf("python3 prints:\n%s\nthe test expects:\n%s", got, c.want)
			}
		})
	}
}
