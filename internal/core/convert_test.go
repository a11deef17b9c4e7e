package core_test

import (
	"os"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/scripttest"
)

// convertCases are programs valid in both Starlark and Python whose error
// go.starlark.net reports in its own words; want is what CPython says. The
// script test errors/messages.py runs the same programs in the same order,
// each in a try statement (see TestConvertCasesAreCPythons).
var convertCases = []struct{ src, want string }{
	{"1/0", "ZeroDivisionError: division by zero"},
	{"1//0", "ZeroDivisionError: integer division or modulo by zero"},
	{"1%0", "ZeroDivisionError: integer modulo by zero"},
	{"{}['a']", "KeyError: 'a'"},
	{"{}[1]", "KeyError: 1"},
	{"{}[(1, 'a')]", "KeyError: (1, 'a')"},
	{"[1][3]", "IndexError: list index out of range"},
	{"[][0]", "IndexError: list index out of range"},
	{"(1,)[3]", "IndexError: tuple index out of range"},
	{"'a'[3]", "IndexError: string index out of range"},
	{"x = 1\nx.foo", "AttributeError: 'int' object has no attribute 'foo'"},
	{"[].foo", "AttributeError: 'list' object has no attribute 'foo'"},
	{"'a'.foo", "AttributeError: 'str' object has no attribute 'foo'"},
	{"x = {}\nx.y", "AttributeError: 'dict' object has no attribute 'y'"},
	{"x = 1\nx.y = 2", "AttributeError: 'int' object has no attribute 'y'"},
	{"len(1)", "TypeError: object of type 'int' has no len()"},
	{"len()", "TypeError: len() takes exactly one argument (0 given)"},
	{"int('x')", "ValueError: invalid literal for int() with base 10: 'x'"},
	{"float('x')", "ValueError: could not convert string to float: 'x'"},
	{"[1].remove(2)", "ValueError: list.remove(x): x not in list"},
	{"def f(x): pass\nf()", "TypeError: f() missing 1 required positional argument: 'x'"},
	{"def f(x, y): pass\nf()", "TypeError: f() missing 2 required positional arguments: 'x' and 'y'"},
	{"def f(x, y, z): pass\nf()", "TypeError: f() missing 3 required positional arguments: 'x', 'y', and 'z'"},
	{"def f(x, y): pass\nf(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given"},
	{"def f(): pass\nf(1)", "TypeError: f() takes 0 positional arguments but 1 was given"},
	{"def f(x): pass\nf(1, z=2)", "TypeError: f() got an unexpected keyword argument 'z'"},
	{"def f(x): pass\nf(1, x=2)", "TypeError: f() got multiple values for argument 'x'"},
	{"1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
	{"'a' + 1", "TypeError: can only concatenate str (not \"int\") to str"},
	{"[] + 1", "TypeError: can only concatenate list (not \"int\") to list"},
	{"() + 1", "TypeError: can only concatenate tuple (not \"int\") to tuple"},
	{"'a' * 'b'", "TypeError: can't multiply sequence by non-int of type 'str'"},
	{"1 - 'a'", "TypeError: unsupported operand type(s) for -: 'int' and 'str'"},
	{"'a' in 1", "TypeError: argument of type 'int' is not iterable"},
	{"1 in 'a'", "TypeError: 'in <string>' requires string as left operand, not int"},
	{"-'a'", "TypeError: bad operand type for unary -: 'str'"},
	{"1 < 'a'", "TypeError: '<' not supported between instances of 'int' and 'str'"},
	{"sorted([1, 'a'])", "TypeError: '<' not supported between instances of 'str' and 'int'"},
	{"for x in 1: pass", "TypeError: 'int' object is not iterable"},
	{"None()", "TypeError: 'NoneType' object is not callable"},
	{"x = 1\nx()", "TypeError: 'int' object is not callable"},
	{"x = 1\nx[0]", "TypeError: 'int' object is not subscriptable"},
	{"x = None\nx[0]", "TypeError: 'NoneType' object is not subscriptable"},
	{"[1]['a']", "TypeError: list indices must be integers or slices, not str"},
	{"'a'['x']", "TypeError: string indices must be integers, not 'str'"},
	{"(1, 2)[0] = 1", "TypeError: 'tuple' object does not support item assignment"},
	{"{[]: 1}", "TypeError: unhashable type: 'list'"},
	{"x, y = 1, 2, 3", "ValueError: too many values to unpack (expected 2)"},
	{"x, y = [1]", "ValueError: not enough values to unpack (expected 2, got 1)"},
	{"x, y = 1", "TypeError: cannot unpack non-iterable int object"},
	{"def f():\n  y = z\n  z = 1\nf()", "UnboundLocalError: cannot access local variable 'z' where it is not associated with a value"},
	{"def f(): return f()\nf()", "RecursionError: maximum recursion depth exceeded"},
	{"1 << -1", "ValueError: negative shift count"},
	{"chr(-1)", "ValueError: chr() arg not in range(0x110000)"},
	{"'abc'.index('z')", "ValueError: substring not found"},
	{"[].pop()", "IndexError: pop from empty list"},
	{"max()", "TypeError: max expected at least 1 argument, got 0"},
	{"range(1, 2, 0)", "ValueError: range() arg 3 must not be zero"},
	{"getattr(1, 'foo')", "AttributeError: 'int' object has no attribute 'foo'"},
	{"hash([])", "TypeError: unhashable type: 'list'"},
	{"tuple(1)", "TypeError: 'int' object is not iterable"},
	{"'%d' % 'a'", "TypeError: %d format: a real number is required, not str"},
	{"'%s %s' % (1,)", "TypeError: not enough arguments for format string"},
	{"'%s' % (1, 2)", "TypeError: not all arguments converted during string formatting"},
	{"[1, 2, 3][::0]", "ValueError: slice step cannot be zero"},
	{"int(float('inf'))", "OverflowError: cannot convert float infinity to integer"},
	{"d = {1: 2}\nfor k in d: d[k + 1] = 1", "RuntimeError: dictionary changed size during iteration"},
}

func TestConvertStarlarkErrors(t *testing.T) {
	for _, tc := range convertCases {
		res := runLowered(t, tc.src, tc.src, nil)
		if res.err == nil {
			t.Errorf("%q: no error", tc.src)
			continue
		}
		got := lastLine(core.FormatException(res.rt, res.err))
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestConvertCasesAreCPythons checks that the expected messages are the
// ones of the script test errors/messages.py, which runs the same cases in
// order (and which the differential test checks against python3).
func TestConvertCasesAreCPythons(t *testing.T) {
	src, err := os.ReadFile("../../testdata/scripts/errors/messages.py")
	if err != nil {
		t.Fatal(err)
	}
	want, err := scripttest.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Stdout) != len(convertCases) {
		t.Fatalf("errors/messages.py prints %d messages for %d cases", len(want.Stdout), len(convertCases))
	}
	text, at := string(src), 0
	for i, tc := range convertCases {
		body := "try:\n    " + strings.ReplaceAll(tc.src, "\n", "\n    ") + "\nexcept Exception as e:\n"
		if j := strings.Index(text[at:], body); j < 0 {
			t.Errorf("errors/messages.py lacks case %d, %q, in order", i, tc.src)
		} else {
			at += j + len(body)
		}
		if want.Stdout[i] != tc.want {
			t.Errorf("%q: errors/messages.py says %q, the test expects %q", tc.src, want.Stdout[i], tc.want)
		}
	}
}

// lastLine returns the last line of a traceback text.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestUnknownStarlarkErrorKeepsMessage(t *testing.T) {
	res := runLowered(t, "", "load_fail = {1: 2, 1: 3}", nil)
	if res.err == nil {
		t.Skip("duplicate keys accepted")
	}
	got := lastLine(core.FormatException(res.rt, res.err))
	if got != "RuntimeError: duplicate key: 1" {
		t.Errorf("got %q", got)
	}
}
