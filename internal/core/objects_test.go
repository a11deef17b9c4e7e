package core_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// TestOpen writes, appends and reads a file in text and binary modes.
func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt")
	missing := filepath.Join(filepath.Dir(path), "missing.txt")
	src := fmt.Sprintf(`
f = open(%[1]q, "w")
print(f.write("line 1\n"), f.closed)
f.writelines(["line 2\n", "héllo\n"])
f.close()
print(f.closed)
f = open(%[1]q)
print(f.readline(), f.read(3), f.readlines())
f.close()
f = open(%[1]q)
print([l for l in f], f.__enter__() == f)
f.__exit__(None, None, None)
f = open(%[1]q, "rb")
print(f.read(), type(f).__name__)
f.close()
f = open(%[1]q, "a")
print("tail", file=f)
f.close()
f = open(%[1]q)
print(list(f)[-1])
f.close()
f.read()
`, path)
	want := "7 False\nTrue\nline 1\n lin ['e 2\\n', 'héllo\\n']\n['line 1\\n', 'line 2\\n', 'héllo\\n'] True\nb'line 1\\nline 2\\nh\\xc3\\xa9llo\\n' BufferedReader\ntail\n\nValueError: I/O operation on closed file.\n"
	got, err := objRun(t, src)
	if err != nil {
		got += errLine(err) + "\n"
	}
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	_, err = objRun(t, fmt.Sprintf("open(%q)", missing))
	if err == nil || errLine(err) != fmt.Sprintf("FileNotFoundError: [Errno 2] No such file or directory: '%s'", missing) {
		t.Errorf("open of a missing file: %v", err)
	}
}

// TestCallFromGo calls built-ins from Go with starlark.Call on a thread
// holding the interpreter lock.
func TestCallFromGo(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	u := core.Universe()
	err := rt.RunMain(ts, func() error {
		v, err := starlark.Call(ts.Thread, u["sorted"], starlark.Tuple{starlark.NewList([]starlark.Value{starlark.MakeInt(3), starlark.MakeInt(1)})}, nil)
		if err != nil {
			return err
		}
		if s, _ := core.Repr(ts.Thread, v); s != "[1, 3]" {
			t.Errorf("sorted: %s", s)
		}
		v, err = starlark.Call(ts.Thread, u["isinstance"], starlark.Tuple{starlark.True, core.IntClass}, nil)
		if err != nil || v != starlark.True {
			t.Errorf("isinstance(True, int) = %v, %v", v, err)
		}
		_, err = starlark.Call(ts.Thread, u["int"], starlark.Tuple{starlark.String("z")}, nil)
		if pe, ok := core.AsPyError(ts.Thread, err); !ok || pe.Error() != "ValueError: invalid literal for int() with base 10: 'z'" {
			t.Errorf("int('z'): %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestInput reads lines from the runtime's Stdin, then EOFError.
func TestInput(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	var out strings.Builder
	rt.Stdout = core.NewOutput(&out)
	rt.Stdin = strings.NewReader("first\r\nsecond")
	ts := rt.NewThread("MainThread")
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.star", `
a = input("name? ")
b = input()
print(repr(a), repr(b))
input()
`, core.Universe())
		return err
	})
	if want := "name? 'first' 'second'\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if pe, ok := core.AsPyError(ts.Thread, err); !ok || errLine(pe) != "EOFError: EOF when reading a line" {
		t.Errorf("third input(): %v", err)
	}
}
