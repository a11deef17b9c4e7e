package builtins

import (
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

var sysModules = map[string]Maker{"sys": MakeSys}

// countingWriter records each Write call.
type countingWriter struct {
	mu     sync.Mutex
	writes []string
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.writes = append(w.writes, string(p))
	return len(p), nil
}

func TestSysScript(t *testing.T) {
	e := newTestEnv(t)
	e.rt.Argv = []string{"prog.py", "a", "b"}
	var out, errw countingWriter
	e.rt.Stdout = core.NewOutput(&out)
	e.rt.Stderr = core.NewOutput(&errw)
	e.rt.Stdin = strings.NewReader("first line\nsecond\nthird héllo\nrest")
	err := e.run(t, `
assert_eq(sys.argv, ["prog.py", "a", "b"])
assert_eq(sys.platform, "linux")
assert_eq(sys.version.startswith("3.11"), True)
assert_eq("pyconc" in sys.version, True)
assert_eq(sys.version_info[:2], (3, 11))
assert_eq(sys.version_info >= (3, 8), True)
assert_eq(sys.maxsize, 9223372036854775807)
assert_eq(sys.byteorder, "little")
assert_eq(sys.stdout.write("héllo\n"), 6)
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
assert_eq(sys.stderr.write("err\n"), 4)
assert_err("TypeError: write() argument must be str, not int", sys.stdout.write, 1)
assert_eq(repr(sys.stdout), "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>")
assert_eq(sys.stdin.readline(), "first line\n")
assert_eq(sys.stdin.readline(3), "sec")
assert_eq(sys.stdin.readline(), "ond\n")
assert_eq(sys.stdin.read(7), "third h")
assert_eq(sys.stdin.readlines(), ["éllo\n", "rest"])
assert_eq(sys.stdin.readline(), "")
assert_eq(sys.stdin.read(), "")
assert_eq(sys.getrecursionlimit(), 1000)
sys.setrecursionlimit(5000)
assert_eq(sys.getrecursionlimit(), 5000)
assert_err("ValueError: recursion limit must be greater or equal than 1", sys.setrecursionlimit, 0)
assert_eq(sys.exc_info(), (None, None, None))
assert_eq(sys.exception(), None)
assert_err("SystemExit: 3", sys.exit, 3)
assert_err("SystemExit: bye", sys.exit, "bye")
sys.exit(7)
`, sysModules)
	var pe *core.PyError
	if !errors.As(err, &pe) || pe.Value.Class != core.SystemExit {
		t.Fatalf("err = %v, want SystemExit", err)
	}
	if code, _ := pe.Value.GetOwn("code"); code != starlark.MakeInt(7) {
		t.Errorf("code = %v", code)
	}
	if args := core.ExcStateOf(pe.Value).Args; len(args) != 1 || args[0] != starlark.MakeInt(7) {
		t.Errorf("args = %v", args)
	}
	want := []string{"héllo\n", "ab\n"}
	if strings.Join(out.writes, "|") != strings.Join(want, "|") {
		t.Errorf("stdout writes = %q, want %q", out.writes, want)
	}
	if strings.Join(errw.writes, "|") != "err\n" {
		t.Errorf("stderr writes = %q", errw.writes)
	}
}

func TestSysExitNoArg(t *testing.T) {
	e := newTestEnv(t)
	err := e.run(t, "sys.exit()", sysModules)
	var pe *core.PyError
	if !errors.As(err, &pe) || pe.Value.Class != core.SystemExit {
		t.Fatalf("err = %v", err)
	}
	if args := core.ExcStateOf(pe.Value).Args; len(args) != 0 {
		t.Errorf("args = %v, want ()", args)
	}
	if code, _ := pe.Value.GetOwn("code"); code != starlark.None {
		t.Errorf("code = %v, want None", code)
	}
}

func TestSysExcInfo(t *testing.T) {
	e := newTestEnv(t)
	mod, _ := MakeSys(e.rt)
	excInfo, _ := mod.(*core.Module).Attr("exc_info")
	exception, _ := mod.(*core.Module).Attr("exception")
	exc := core.NewException(core.ValueError, starlark.String("boom"))
	e.ts.Handling = append(e.ts.Handling, &core.PyError{Value: exc})
	err := e.rt.RunMain(e.ts, func() error {
		v, err := starlark.Call(e.ts.Thread, excInfo, nil, nil)
		if err != nil {
			return err
		}
		tup := v.(starlark.Tuple)
		if tup[0] != core.ValueError || tup[1] != exc || tup[2] != starlark.None {
			t.Errorf("exc_info() = %v", tup)
		}
		v, err = starlark.Call(e.ts.Thread, exception, nil, nil)
		if v != exc {
			t.Errorf("exception() = %v", v)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestSysStdinInterrupt checks that a read from a silent stdin releases
// the interpreter lock, ends with KeyboardInterrupt on Ctrl-C, and that
// input arriving later is not lost.
func TestSysStdinInterrupt(t *testing.T) {
	e := newTestEnv(t)
	pr, pw := io.Pipe()
	defer pw.Close()
	e.rt.Stdin = pr
	mod, _ := MakeSys(e.rt)
	stdin, _ := mod.(*core.Module).Attr("stdin")
	readline, _ := stdin.(starlark.HasAttrs).Attr("readline")
	err := e.rt.RunMain(e.ts, func() error {
		go func() {
			other := &starlark.Thread{Name: "other"}
			e.rt.GIL.Acquire(other) // possible only while readline waits
			e.rt.GIL.Release()
			time.Sleep(20 * time.Millisecond)
			e.rt.InterruptMain()
		}()
		_, err := starlark.Call(e.ts.Thread, readline, nil, nil)
		var pe *core.PyError
		if !errors.As(err, &pe) || pe.Value.Class != core.KeyboardInterrupt {
			t.Errorf("readline error = %v, want KeyboardInterrupt", err)
		}
		go pw.Write([]byte("late\n"))
		v, err := starlark.Call(e.ts.Thread, readline, nil, nil)
		if v != starlark.String("late\n") {
			t.Errorf("readline after interrupt = %v", v)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
