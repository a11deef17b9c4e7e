package core_test

import (
	"context"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

func TestExcTypeName(t *testing.T) {
	empty := core.NewExceptionClass("Empty", "_queue", core.Exception)
	mine := core.NewExceptionClass("MyError", "__main__", core.Exception)
	for _, tc := range []struct {
		c    *core.Class
		want string
	}{{core.ValueError, "ValueError"}, {empty, "_queue.Empty"}, {mine, "MyError"}} {
		if got := core.ExcTypeName(tc.c); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	pe := &core.PyError{Value: core.NewException(empty)}
	if got := core.FormatException(nil, pe); got != "_queue.Empty\n" {
		t.Errorf("got %q", got)
	}
	pe = &core.PyError{Value: core.NewException(core.KeyboardInterrupt)}
	if got := core.FormatException(nil, pe); got != "KeyboardInterrupt\n" {
		t.Errorf("got %q", got)
	}
}

func TestExitCode(t *testing.T) {
	for _, tc := range []struct {
		args []starlark.Value
		want int
	}{
		{nil, 0},
		{[]starlark.Value{starlark.MakeInt(3)}, 3},
		{[]starlark.Value{starlark.None}, 0},
		{[]starlark.Value{starlark.True}, 1},
	} {
		code, ok := core.ExitCode(&core.PyError{Value: core.NewException(core.SystemExit, tc.args...)})
		if !ok || code != tc.want {
			t.Errorf("SystemExit%v: got %d %v, want %d", tc.args, code, ok, tc.want)
		}
	}
	if _, ok := core.ExitCode(core.NewError(core.ValueError, "x")); ok {
		t.Error("ValueError taken for SystemExit")
	}
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	var buf strings.Builder
	rt.Stderr = core.NewOutput(&buf)
	inst := core.NewInstance(rt, core.SystemExit)
	inst.Native = core.NewException(core.SystemExit, starlark.String("bye")).Native
	code, ok := core.ExitCode(&core.PyError{Value: inst})
	if !ok || code != 1 || buf.String() != "bye\n" {
		t.Errorf("SystemExit('bye'): got %d %v, stderr %q", code, ok, buf.String())
	}
}
