package multiprocessing

import (
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// extraPredeclared are the test scripts' helpers beyond mp_test.go's.
var extraPredeclared = starlark.StringDict{
	// kill(pid, sig) sends a signal.
	"kill": starlark.NewBuiltin("kill", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var pid, sig int
		if err := starlark.UnpackPositionalArgs("kill", args, kwargs, 2, &pid, &sig); err != nil {
			return nil, err
		}
		return starlark.None, killProcess(pid, sig)
	}),
	// hard_exit(n) is os._exit(n).
	"hard_exit": starlark.NewBuiltin("hard_exit", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var n int
		if err := starlark.UnpackPositionalArgs("hard_exit", args, kwargs, 1, &n); err != nil {
			return nil, err
		}
		os.Exit(n)
		return starlark.None, nil
	}),
	// slice(start, stop, step=None) is a slice object.
	"slice": starlark.NewBuiltin("slice", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s := &testSlice{starlark.None, starlark.None, starlark.None}
		if err := starlark.UnpackPositionalArgs("slice", args, kwargs, 2, &s.start, &s.stop, &s.step); err != nil {
			return nil, err
		}
		return s, nil
	}),
	// now() is time.monotonic().
	"now": starlark.NewBuiltin("now", func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
		return starlark.Float(float64(time.Now().UnixNano()) / 1e9), nil
	}),
	// catch(f, *args) calls f and returns "Type: message" of what it
	// raised, or None.
	"catch": starlark.NewBuiltin("catch", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		_, err := starlark.Call(th, args[0], args[1:], kwargs)
		if err == nil {
			return starlark.None, nil
		}
		var pe *core.PyError
		if errors.As(err, &pe) {
			name := pe.Value.Class.Name()
			if m := pe.Value.Class.Module; m != "builtins" && m != "" {
				name = m + "." + name
			}
			msg := core.ExcMessage(pe.Value)
			if msg == "" {
				return starlark.String(name), nil
			}
			return starlark.String(name + ": " + msg), nil
		}
		return starlark.String("error: " + err.Error()), nil
	}),
}

var addrRE = regexp.MustCompile(`0x[0-9a-f]+`)

func runOK(t *testing.T, src, want string) string {
	t.Helper()
	out, errs, err := run(t, src)
	if err != nil {
		t.Fatalf("%v\nstdout:\n%s\nstderr:\n%s", err, out, errs)
	}
	out = addrRE.ReplaceAllString(out, "0xADDR")
	// The cores before and after Python reprs differ in quotes only.
	if want != "" && strings.ReplaceAll(out, `"`, "'") != strings.ReplaceAll(want, `"`, "'") {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr:\n%s", out, want, errs)
	}
	return errs
}

// testSlice stands for core's slice object (which the test's core lacks).
type testSlice struct{ start, stop, step starlark.Value }

func (s *testSlice) String() string        { return "slice" }
func (s *testSlice) Type() string          { return "slice" }
func (s *testSlice) Freeze()               {}
func (s *testSlice) Truth() starlark.Bool  { return true }
func (s *testSlice) Hash() (uint32, error) { return 0, nil }
func (s *testSlice) AttrNames() []string   { return []string{"start", "step", "stop"} }
func (s *testSlice) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return s.start, nil
	case "stop":
		return s.stop, nil
	case "step":
		return s.step, nil
	}
	return nil, nil
}
