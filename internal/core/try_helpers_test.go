package core_test

import (
	"context"
	"fmt"
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

// testHelpers are predeclared for the test programs: assert_eq(got, want)
// compares reprs; mkclass(name, base, ns) makes a script class.
func testHelpers() starlark.StringDict {
	return starlark.StringDict{
		"assert_eq": starlark.NewBuiltin("assert_eq", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var got, want starlark.Value
			if err := starlark.UnpackPositionalArgs("assert_eq", args, kwargs, 2, &got, &want); err != nil {
				return nil, err
			}
			if got.String() != want.String() {
				return nil, fmt.Errorf("assert_eq: got %s, want %s", got, want)
			}
			return starlark.None, nil
		}),
		"mkclass": starlark.NewBuiltin("mkclass", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var name string
			var base *core.Class
			var ns *starlark.Dict
			if err := starlark.UnpackPositionalArgs("mkclass", args, kwargs, 3, &name, &base, &ns); err != nil {
				return nil, err
			}
			dict := map[string]starlark.Value{}
			for _, it := range ns.Items() {
				k, _ := starlark.AsString(it[0])
				dict[k] = it[1]
			}
			return core.NewClass(name, "__main__", []*core.Class{base}, dict, nil)
		}),
	}
}

// runChecks runs a program of assert_eq calls and fails on any error.
func runChecks(t *testing.T, src string) runResult {
	t.Helper()
	res := runLowered(t, src, src, testHelpers())
	if res.err != nil {
		t.Fatalf("%v\n%s", res.err, core.FormatException(res.rt, res.err))
	}
	return res
}
