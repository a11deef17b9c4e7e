package builtins

import (
	"os/exec"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

var mathJSONModules = map[string]Maker{"math": MakeMath, "json": MakeJSON}

func TestJSONScript(t *testing.T) {
	// Expected strings computed with CPython 3.11.
	mustRun(t, `
assert_eq(json.dumps({"a": 1}), '{"a": 1}')
assert_eq(json.dumps({"a": 1, "b": [1, 2.5, None, True, "x\u00e9\n\""], 3: {}, 1.5: [], None: 1, False: 2}),
          '{"a": 1, "b": [1, 2.5, null, true, "x\\u00e9\\n\\""], "3": {}, "1.5": [], "null": 1, "false": 2}')
assert_eq(json.dumps([1e16, 1e-5, 0.1, 1e22, 123456789.0, float("inf"), float("nan"), -0.0, 1e6, 1 << 70]),
          "[1e+16, 1e-05, 0.1, 1e+22, 123456789.0, Infinity, NaN, -0.0, 1000000.0, 1180591620717411303424]")
assert_eq(json.dumps({"a": [1, {"b": []}], "c": {}}, indent=2), '{\n  "a": [\n    1,\n    {\n      "b": []\n    }\n  ],\n  "c": {}\n}')
assert_eq(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent="\t"), '{\n\t"a": 2,\n\t"b": 1\n}')
assert_eq(json.dumps("😀é", ensure_ascii=False), '"😀é"')
assert_eq(json.dumps("😀\x01\x7f"), '"\\ud83d\\ude00\\u0001\\u007f"')
assert_eq(json.dumps([1, 2], separators=(",", ":")), "[1,2]")
assert_eq(json.dumps((1, 2)), "[1, 2]")
assert_eq(json.dumps([], indent=2), "[]")
assert_eq(json.dumps({}, indent=0), "{}")
assert_eq(json.dumps([1], indent=0), "[\n1\n]")
assert_eq(json.dumps([set([1])], default=sorted), "[[1]]")
assert_err("TypeError: keys must be str, int, float, bool or None, not tuple", json.dumps, {(1, 2): 1})
assert_err("TypeError: Object of type set is not JSON serializable", json.dumps, set([1, 2]))
assert_err("ValueError: Out of range float values are not JSON compliant", json.dumps, float("nan"), allow_nan=False)
a = []
a.append(a)
assert_err("ValueError: Circular reference detected", json.dumps, a)
v = json.loads('{"a": [1, 2.0, 1e5, true, null, "\\u00e9", "\\ud83d\\ude00"]}')
assert_eq(v, {"a": [1, 2.0, 100000.0, True, None, "é", "😀"]})
assert_eq(type(v["a"][1]), "float")
assert_eq(json.loads(" 5 "), 5)
assert_eq(json.loads("123456789012345678901234567890"), 123456789012345678901234567890)
assert_eq(json.loads(json.dumps({"k": [1, "two", 3.5]})), {"k": [1, "two", 3.5]})
assert_err("JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)", json.loads, "{bad")
assert_err("JSONDecodeError: Expecting value: line 1 column 1 (char 0)", json.loads, "")
assert_err("JSONDecodeError: Expecting value: line 1 column 4 (char 3)", json.loads, "[1,]")
assert_eq(json.encode({"a": 1}), '{"a":1}')
assert_eq(json.decode("[1]"), [1])
`, mathJSONModules)
}

func TestMathScript(t *testing.T) {
	mustRun(t, `
assert_eq(math.pi, 3.141592653589793)
assert_eq(math.e, 2.718281828459045)
assert_eq(math.tau, 6.283185307179586)
assert_eq(math.inf > 1e308, True)
assert_eq(math.isnan(math.nan), True)
assert_eq(math.isinf(-math.inf), True)
assert_eq(math.isfinite(1), True)
assert_err("ValueError: math domain error", math.sqrt, -1)
assert_err("ValueError: math domain error", math.log, 0)
assert_err("ValueError: math domain error", math.log, -1)
assert_err("OverflowError: math range error", math.exp, 1000)
assert_err("ValueError: math domain error", math.acos, 2)
assert_err("ValueError: factorial() not defined for negative values", math.factorial, -1)
assert_err("ValueError: math domain error", math.pow, 0, -1)
assert_err("ValueError: math domain error", math.atanh, 1)
assert_err("ValueError: math domain error", math.fmod, 1, 0)
assert_eq(math.sqrt(16), 4.0)
assert_eq(math.log(8, 2), 3.0)
assert_eq(math.floor(2.5), 2)
assert_eq(math.ceil(2.1), 3)
assert_eq(math.gcd(12, 18), 6)
assert_eq(math.lcm(4, 6), 12)
assert_eq(math.isqrt(17), 4)
assert_eq(math.comb(5, 2), 10)
assert_eq(math.perm(5, 2), 20)
assert_eq(math.factorial(20), 2432902008176640000)
assert_eq(math.prod([1, 2, 3]), 6)
assert_eq(math.fsum([0.1] * 10), 1.0)
assert_eq(math.isclose(1.0, 1.0 + 1e-10), True)
assert_eq(math.trunc(-2.7), -2)
assert_eq(math.log2(8), 3.0)
assert_eq(math.log10(1000), 3.0)
assert_eq(math.hypot(3, 4), 5.0)
assert_eq(math.fmod(7, 3), 1.0)
assert_eq(math.modf(2.5), (0.5, 2.0))
assert_eq(math.frexp(8.0), (0.5, 4))
assert_eq(math.ldexp(1, 3), 8.0)
assert_eq(math.dist([0, 0], [3, 4]), 5.0)
`, mathJSONModules)
}

func TestPyFloatRepr(t *testing.T) {
	for f, want := range map[float64]string{
		1: "1.0", 0.1: "0.1", 1e16: "1e+16", 1e15: "1000000000000000.0", 1e-4: "0.0001", 1e-5: "1e-05",
		1.5e-7: "1.5e-07", 123456789012345678: "1.2345678901234568e+17", -2.5: "-2.5", 1e300: "1e+300",
	} {
		if got := pyFloatRepr(f); got != want {
			t.Errorf("pyFloatRepr(%v) = %s, want %s", f, got, want)
		}
	}
}

// TestJSONLoadsErrorsAgainstPython compares loads' error messages with
// python3's for malformed documents.
func TestJSONLoadsErrorsAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	docs := []string{"", " ", "{", "{\"a\"", "{\"a\":", "{\"a\":1", "{\"a\":1,", "{\"a\" 1}", "[1 2]", "[", "]", "tru", "\"abc",
		"\"a\\x\"", "\"a\\u12\"", "\"a\nb\"", "1 2", "{\"a\":1,}", "-", "01", "1.", "1e", "[1,\n  x]", "nul", "\"\\ud800\"", "{1: 2}"}
	var script strings.Builder
	script.WriteString("import json\nfor d in [")
	for _, d := range docs {
		script.WriteString(pyStrRepr(d) + ",")
	}
	script.WriteString("]:\n    try: print(repr(json.loads(d)))\n    except ValueError as e: print(type(e).__name__ + ': ' + str(e))\n")
	want, err := exec.Command(py, "-c", script.String()).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	wl := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	e := newTestEnv(t)
	mod, _ := MakeJSON(e.rt)
	loads, _ := mod.(starlark.HasAttrs).Attr("loads")
	err = e.rt.RunMain(e.ts, func() error {
		for i, d := range docs {
			got := ""
			v, err := starlark.Call(e.ts.Thread, loads, starlark.Tuple{starlark.String(d)}, nil)
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
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
