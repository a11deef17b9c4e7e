package core_test

import (
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

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

func TestExceptionMethods(t *testing.T) {
	runChecks(t, `
e = ValueError("bad")
assert_eq(e.__repr__(), "ValueError('bad')")
assert_eq(e.__str__(), "bad")
assert_eq(e.args, ("bad",))
assert_eq(KeyError("a").__str__(), "'a'")
assert_eq(KeyError("a").__repr__(), "KeyError('a')")
assert_eq(KeyError().__str__(), "")
assert_eq(ValueError().__repr__(), "ValueError()")
assert_eq(ValueError(1, 2).__str__(), "(1, 2)")
assert_eq(SystemExit().code, None)
assert_eq(SystemExit(3).code, 3)
assert_eq(SystemExit(1, 2).code, (1, 2))
assert_eq(StopIteration().value, None)
assert_eq(StopIteration(5).value, 5)
o = OSError(2, "No such file or directory", "x")
assert_eq(o.__str__(), "[Errno 2] No such file or directory: 'x'")
assert_eq(o.errno, 2)
assert_eq(o.strerror, "No such file or directory")
assert_eq(o.filename, "x")
assert_eq(o.args, (2, "No such file or directory"))
assert_eq(OSError(2, "x").__str__(), "[Errno 2] x")
assert_eq(OSError("just").__str__(), "just")
assert_eq(OSError("just").errno, None)
assert_eq(OSError(2, "x").__class__, FileNotFoundError)
assert_eq(OSError(99, "x").__class__, OSError)
assert_eq(FileNotFoundError(2, "No such file or directory", "f").__str__(), "[Errno 2] No such file or directory: 'f'")
assert_eq(e.__cause__, None)
assert_eq(e.__context__, None)
assert_eq(e.__traceback__, None)
assert_eq(e.__suppress_context__, False)
e.args = [1, 2]
assert_eq(e.args, (1, 2))
assert_eq(e.with_traceback(None) == e, True)
e.__cause__ = KeyError("k")
assert_eq(e.__suppress_context__, True)
assert_eq(e.__cause__.args, ("k",))

def init1(self, m):
    self.m = m
MyError = mkclass("MyError", Exception, {"__init__": init1})
x = MyError("x")
assert_eq(x.args, ("x",))
assert_eq(x.m, "x")
assert_eq(x.__str__(), "x")
assert_eq(x.__repr__(), "MyError('x')")

def init2(self, m):
    Exception.__init__(self, "wrapped " + m)
Wrapped = mkclass("Wrapped", Exception, {"__init__": init2})
w = Wrapped("x")
assert_eq(w.args, ("wrapped x",))
assert_eq(w.__repr__(), "Wrapped('wrapped x')")

Plain = mkclass("Plain", Exception, {})
assert_eq(Plain(1, 2).__repr__(), "Plain(1, 2)")
`)
}

func TestExceptionKeywordArguments(t *testing.T) {
	res := runLowered(t, "", `ValueError(x=1)`, nil)
	if got := lastLine(core.FormatException(res.rt, res.err)); got != "TypeError: ValueError() takes no keyword arguments" {
		t.Errorf("got %q", got)
	}
}

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
	rt := core.NewRuntime(nil)
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
