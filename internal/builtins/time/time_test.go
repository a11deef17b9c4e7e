package time

// The behaviour of the module is tested by the script
// testdata/scripts/stdlib/time_module.py; this file tests what a script
// cannot: other time zones than the process's, and the interpreter lock
// during sleep.

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// call calls member name of module m with args, failing the test on error.
func call(t *testing.T, th *starlark.Thread, m *core.Module, name string, args ...starlark.Value) starlark.Value {
	t.Helper()
	fn, err := m.Attr(name)
	if err != nil || fn == nil {
		t.Fatalf("time.%s: %v", name, err)
	}
	v, err := starlark.Call(th, fn, args, nil)
	if err != nil {
		t.Fatalf("time.%s%v: %v", name, args, err)
	}
	return v
}

// TestTimeZones checks the functions that depend on the local time zone
// with a module of a fixed zone.
func TestTimeZones(t *testing.T) {
	th := &starlark.Thread{}
	m := newTimeModule(time.UTC)
	for _, c := range []struct {
		fn   string
		arg  starlark.Value
		want string
	}{
		{"ctime", starlark.MakeInt(0), "Thu Jan  1 00:00:00 1970"},
		{"ctime", starlark.Float(1700000000.7), "Tue Nov 14 22:13:20 2023"},
		{"ctime", starlark.Float(1e9), "Sun Sep  9 01:46:40 2001"},
	} {
		if got := call(t, th, m, c.fn, c.arg); got != starlark.String(c.want) {
			t.Errorf("%s(%v) = %v, want %q", c.fn, c.arg, got, c.want)
		}
	}
	gm := call(t, th, m, "gmtime", starlark.MakeInt(1700000000))
	if got := call(t, th, m, "mktime", gm); got != starlark.Float(1700000000) {
		t.Errorf("mktime(gmtime(1700000000)) in UTC = %v", got)
	}
	if got := call(t, th, m, "strftime", starlark.String("%Z %z"), gm); got != starlark.String("GMT +0000") {
		t.Errorf("strftime(%%Z %%z) = %v", got)
	}
	if v, _ := m.Attr("timezone"); v != starlark.MakeInt(0) {
		t.Errorf("timezone = %v", v)
	}
}

// TestTimeAgainstPython compares ctime, localtime and strftime with
// python3's for the same timestamps, in several time zones.
func TestTimeAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	stamps := []float64{0, 1e9, 1700000000, 1690000000, 951782400, -86400, 4102444799, 1230768000}
	var list []string
	for _, s := range stamps {
		list = append(list, starlark.Float(s).String())
	}
	const format = "%Y %m %d %H %M %S %a %A %b %B %y %j %p %I %Z %z %% %c %x %X %e %u %w %U %W %G %V %g %C %D %T %R %F %k %l %r %s %-d %_m %^a"
	script := "import time\nfor s in [" + strings.Join(list, ",") + "]:\n" +
		"    print(time.ctime(s)); print(repr(time.localtime(s))); print(time.strftime('" + format + "', time.localtime(s)))\n" +
		"    print(time.strftime('" + format + "', time.gmtime(s))); print(int(time.mktime(time.localtime(s))))\n"
	th := &starlark.Thread{}
	for _, tz := range []string{"UTC", "America/New_York", "Europe/Berlin", "Asia/Kolkata"} {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			t.Logf("zone %s: %v", tz, err)
			continue
		}
		cmd := exec.Command(py, "-c", script)
		cmd.Env = append(os.Environ(), "TZ="+tz)
		want, err := cmd.Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		m := newTimeModule(loc)
		var got strings.Builder
		for _, s := range stamps {
			sec := starlark.Float(s)
			local := call(t, th, m, "localtime", sec)
			got.WriteString(string(call(t, th, m, "ctime", sec).(starlark.String)) + "\n")
			got.WriteString(local.String() + "\n")
			got.WriteString(string(call(t, th, m, "strftime", starlark.String(format), local).(starlark.String)) + "\n")
			got.WriteString(string(call(t, th, m, "strftime", starlark.String(format), call(t, th, m, "gmtime", sec)).(starlark.String)) + "\n")
			f, _ := starlark.AsFloat(call(t, th, m, "mktime", local))
			got.WriteString(starlark.MakeInt64(int64(f)).String() + "\n")
		}
		gl, wl := strings.Split(got.String(), "\n"), strings.Split(string(want), "\n")
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

// TestSleepReleasesLock checks that another goroutine can take the
// interpreter lock while the main thread sleeps, and that Ctrl-C
// (InterruptMain) ends the sleep promptly with KeyboardInterrupt.
func TestSleepReleasesLock(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	mod, _ := Make(rt)
	sleep, _ := mod.(*core.Module).Attr("sleep")
	took := make(chan time.Duration, 1)
	interrupted := make(chan time.Time, 1)
	err := rt.RunMain(ts, func() error {
		start := time.Now()
		go func() {
			other := &starlark.Thread{Name: "other"}
			rt.GIL.Acquire(other)
			took <- time.Since(start)
			rt.GIL.Release()
			time.Sleep(50 * time.Millisecond)
			interrupted <- time.Now()
			rt.InterruptMain()
		}()
		_, err := starlark.Call(ts.Thread, sleep, starlark.Tuple{starlark.MakeInt(10)}, nil)
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
