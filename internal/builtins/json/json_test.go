package json

// The behaviour of the module is tested by the script
// testdata/scripts/stdlib/json_module.py; this file tests what a script
// compared with CPython cannot: go.starlark.net's functions that remain,
// and many malformed documents against python3's messages.

import (
	"os/exec"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// member returns function name of a new json module.
func member(t *testing.T, name string) starlark.Value {
	t.Helper()
	mod, err := Make(nil)
	if err != nil {
		t.Fatal(err)
	}
	fn, _ := mod.(*core.Module).Attr(name)
	if fn == nil {
		t.Fatalf("json.%s missing", name)
	}
	return fn
}

func TestStarlarkFunctionsRemain(t *testing.T) {
	th := &starlark.Thread{}
	v, err := starlark.Call(th, member(t, "encode"), starlark.Tuple{starlark.NewDict(0)}, nil)
	if err != nil || v != starlark.String("{}") {
		t.Errorf("encode({}) = %v, %v", v, err)
	}
	v, err = starlark.Call(th, member(t, "decode"), starlark.Tuple{starlark.String("[1]")}, nil)
	if err != nil || v.String() != "[1]" {
		t.Errorf("decode('[1]') = %v, %v", v, err)
	}
}

// TestDumpsFloats checks that floats are written as Python's repr.
func TestDumpsFloats(t *testing.T) {
	th := &starlark.Thread{}
	dumps := member(t, "dumps")
	for f, want := range map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1e15: "1000000000000000.0", 1e-4: "0.0001", 1e-5: "1e-05",
		1.5e-7: "1.5e-07", 123456789012345678: "1.2345678901234568e+17", -2.5: "-2.5", 1e300: "1e+300",
	} {
		v, err := starlark.Call(th, dumps, starlark.Tuple{starlark.Float(f)}, nil)
		if err != nil || v != starlark.String(want) {
			t.Errorf("dumps(%v) = %v, %v; want %s", f, v, err, want)
		}
	}
}

// TestLoadsErrorsAgainstPython compares loads' error messages with
// python3's for malformed documents.
func TestLoadsErrorsAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	docs := []string{"", " ", "{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "{\"a\" 1}", "[1 2]", "[", "]", "tru", "\"abc",
		"\"a\\x\"", "\"a\\u12\"", "\"a\nb\"", "1 2", "{\"a\":1,}", "-", "01", "1.", "1e", "[1,\n  x]", "nul", "\"\\ud800\"", "{1: 2}"}
	var script strings.Builder
	script.WriteString("import json\nfor d in [")
	for _, d := range docs {
		script.WriteString(core.ReprNoThread(starlark.String(d)) + ",")
	}
	script.WriteString("]:\n    try: print(repr(json.loads(d)))\n    except ValueError as e: print(type(e).__name__ + ': ' + str(e))\n")
	want, err := exec.Command(py, "-c", script.String()).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	wl := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	th := &starlark.Thread{}
	loads := member(t, "loads")
	for i, d := range docs {
		got := ""
		v, err := starlark.Call(th, loads, starlark.Tuple{starlark.String(d)}, nil)
		if err != nil {
			got = err.Error()
		} else {
			got = v.String()
		}
		if i >= len(wl) {
			t.Errorf("python3 printed too few lines")
			break
		}
		if strings.HasPrefix(wl[i], "JSONDecodeError") && got != wl[i] {
			t.Errorf("loads(%q):\n got %s\nwant %s", d, got, wl[i])
		}
	}
}
