package builtins

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// testEnv is a runtime whose main thread runs Starlark test programs.
type testEnv struct {
	rt  *core.Runtime
	ts  *core.ThreadState
	out bytes.Buffer
}

func newTestEnv(t *testing.T) *testEnv {
	t.Helper()
	e := &testEnv{rt: core.NewRuntime(context.Background())}
	e.rt.Stdout = core.NewOutput(&e.out)
	e.rt.Stderr = core.NewOutput(&e.out)
	e.ts = e.rt.NewThread("MainThread")
	e.ts.Thread.Print = func(_ *starlark.Thread, msg string) { e.out.WriteString(msg + "\n") }
	t.Cleanup(e.rt.Close)
	return e
}

// catchBuiltin is catch(f, *args): the error message of calling f, or None.
var catchBuiltin = starlark.NewBuiltin("catch", func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, errors.New("catch: missing function")
	}
	_, err := starlark.Call(th, args[0], args[1:], kwargs)
	if err == nil {
		return starlark.None, nil
	}
	var pe *core.PyError
	if errors.As(err, &pe) {
		return starlark.String(pe.Error()), nil
	}
	return starlark.String(err.Error()), nil
})

const testPrelude = `
def assert_eq(got, want, what=""):
    if got != want:
        fail("%s: got %r, want %r" % (what, got, want))

def assert_err(want, f, *args, **kwargs):
    got = catch(f, *args, **kwargs)
    if got == None or want not in got:
        fail("error: got %r, want %r" % (got, want))
`

// run executes src as the main thread; modules maps names to makers.
func (e *testEnv) run(t *testing.T, src string, modules map[string]Maker) error {
	t.Helper()
	pre := starlark.StringDict{"catch": catchBuiltin}
	for name, mk := range modules {
		v, err := mk(e.rt)
		if err != nil {
			t.Fatal(err)
		}
		pre[name] = v
	}
	opts := &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
	return e.rt.RunMain(e.ts, func() error {
		_, err := starlark.ExecFileOptions(opts, e.ts.Thread, "test.star", testPrelude+src, pre)
		return err
	})
}

// mustRun runs src and fails the test on error.
func mustRun(t *testing.T, src string, modules map[string]Maker) string {
	t.Helper()
	e := newTestEnv(t)
	if err := e.run(t, src, modules); err != nil {
		var ee *starlark.EvalError
		if errors.As(err, &ee) {
			t.Fatalf("%s\noutput:\n%s", ee.Backtrace(), e.out.String())
		}
		t.Fatalf("%v\noutput:\n%s", err, e.out.String())
	}
	return e.out.String()
}

func timeIn(loc *time.Location) Maker {
	return func(*core.Runtime) (starlark.Value, error) { return newTimeModule(loc), nil }
}

func TestTimeScript(t *testing.T) {
	mustRun(t, `
assert_eq(time.ctime(0), "Thu Jan  1 00:00:00 1970")
assert_eq(time.ctime(1700000000.7), "Tue Nov 14 22:13:20 2023")
assert_eq(time.ctime(1e9), "Sun Sep  9 01:46:40 2001")
t = time.gmtime(1700000000)
assert_eq(repr(t), "time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)")
assert_eq(t[0], 2023)
assert_eq(t[-1], 0)
assert_eq(t[2:4], (14, 22))
assert_eq(len(t), 9)
assert_eq(tuple(t), (2023, 11, 14, 22, 13, 20, 1, 318, 0))
assert_eq(t.tm_wday, 1)
assert_eq(t.tm_zone, "GMT")
assert_eq(t, time.gmtime(1700000000))
assert_eq(time.asctime(t), "Tue Nov 14 22:13:20 2023")
assert_eq(time.mktime(t), 1700000000.0)
assert_eq(time.mktime(time.localtime(1700000000)), 1700000000.0)
assert_eq(time.strftime("%Y-%m-%d %H:%M:%S", t), "2023-11-14 22:13:20")
assert_eq(time.strftime("%a %A %b %B %y %j %p %I %Z %z %% %c %x %X", t),
          "Tue Tuesday Nov November 23 318 PM 10 GMT +0000 % Tue Nov 14 22:13:20 2023 11/14/23 22:13:20")
assert_eq(time.strftime("%q %-d %e", (2023, 7, 4, 0, 0, 0, 1, 185, 0)), "%q 4  4")
assert_eq(time.strftime("%Y-%m-%d", (2023, 0, 0, 0, 0, 0, 0, 0, 0)), "2023-01-01")
assert_eq(time.asctime((2023, 0, 0, 0, 0, 0, 0, 0, 0)), "Mon Jan  1 00:00:00 2023")
assert_err("ValueError: month out of range", time.asctime, (2023, 13, 14, 22, 13, 20, 1, 318, 1))
assert_err("TypeError: asctime(): illegal time tuple argument", time.asctime, (2023, 7, 14))
assert_err("TypeError: strftime() argument 1 must be str, not int", time.strftime, 1)
assert_err("ValueError: sleep length must be non-negative", time.sleep, -1)
assert_err("TypeError: 'str' object cannot be interpreted as an integer", time.sleep, "a")
assert_err("ValueError: Invalid value NaN (not a number)", time.localtime, float("nan"))
assert_eq(type(time.time()), "float")
assert_eq(type(time.time_ns()), "int")
a = time.monotonic()
time.sleep(0.01)
time.sleep(0)
b = time.monotonic()
assert_eq(b - a >= 0.01, True, "monotonic after sleep")
assert_eq(time.perf_counter_ns() > 0, True)
assert_eq(time.process_time() >= 0, True)
assert_eq(time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9)).tm_isdst, 9)
`, map[string]Maker{"time": timeIn(time.UTC)})
}

// TestTimeAgainstPython compares ctime, localtime and strftime with
// python3's for the same timestamps, in two time zones.
func TestTimeAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	stamps := []string{"0", "1e9", "1700000000", "1690000000", "951782400", "-86400", "4102444799", "1230768000"}
	fmtStr := "%Y %m %d %H %M %S %a %A %b %B %y %j %p %I %Z %z %% %c %x %X %e %u %w %U %W %G %V %g %C %D %T %R %F %k %l %r %s %-d %_m %^a"
	for _, tz := range []string{"UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			t.Logf("zone %s: %v", tz, err)
			continue
		}
		script := "import time\nfor s in [" + strings.Join(stamps, ",") + "]:\n" +
			"    print(time.ctime(s)); print(repr(time.localtime(s))); print(time.strftime(" + "'" + fmtStr + "'" + ", time.localtime(s)))\n" +
			"    print(time.strftime('" + fmtStr + "', time.gmtime(s))); print(int(time.mktime(time.localtime(s))))\n"
		cmd := exec.Command(py, "-c", script)
		cmd.Env = append(os.Environ(), "TZ="+tz)
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		src := "for s in [" + strings.Join(stamps, ",") + "]:\n" +
			"    print(time.ctime(s)); print(repr(time.localtime(s))); print(time.strftime(" + "'" + fmtStr + "'" + ", time.localtime(s)))\n" +
			"    print(time.strftime('" + fmtStr + "', time.gmtime(s))); print(int(time.mktime(time.localtime(s))))\n"
		got := mustRun(t, src, map[string]Maker{"time": timeIn(loc)})
		if got != string(want) {
			gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := range wl {
				if i >= len(gl) || gl[i] != wl[i] {
					g := ""
					if i < len(gl) {
						g = gl[i]
					}
					t.Errorf("TZ=%s line %d:\n got %q\nwant %q", tz, i+1, g, wl[i])
				}
			}
		}
	}
}

// TestSleepReleasesLock checks that another goroutine can take the
// interpreter lock while the main thread sleeps, and that Ctrl-C
// (InterruptMain) ends the sleep promptly with KeyboardInterrupt.
func TestSleepReleasesLock(t *testing.T) {
	e := newTestEnv(t)
	mod, _ := MakeTime(e.rt)
	sleep, _ := mod.(*core.Module).Attr("sleep")
	took := make(chan time.Duration, 1)
	interrupted := make(chan time.Time, 1)
	err := e.rt.RunMain(e.ts, func() error {
		start := time.Now()
		go func() {
			other := &starlark.Thread{Name: "other"}
			e.rt.GIL.Acquire(other)
			took <- time.Since(start)
			e.rt.GIL.Release()
			time.Sleep(50 * time.Millisecond)
			interrupted <- time.Now()
			e.rt.InterruptMain()
		}()
		_, err := starlark.Call(e.ts.Thread, sleep, starlark.Tuple{starlark.MakeInt(10)}, nil)
		if d := time.Since(<-interrupted); d > 100*time.Millisecond {
			t.Errorf("sleep ended %v after the interrupt", d)
		}
		return err
	})
	if d := <-took; d > 100*time.Millisecond {
		t.Errorf("lock taken after %v during sleep", d)
	}
	var pe *core.PyError
	if !errors.As(err, &pe) || pe.Value.Class != core.KeyboardInterrupt {
		t.Fatalf("sleep error = %v, want KeyboardInterrupt", err)
	}
}
