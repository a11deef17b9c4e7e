package core_test

import (
	"testing"

	"github.com/pyconc/pyconc/internal/core"
)

// tracebackCases pair a Python program with its lowering (written by hand,
// lines and columns of the reported expressions kept where Python has
// them) and the text CPython 3.11 prints.
var tracebackCases = []struct {
	name, py, star, want string
}{
	{
		name: "frames",
		py: `def helper(x):
    return 10 / x

def main():
    helper(0)

main()
`,
		star: `def helper(x):
    return 10 / x

def main():
    helper(0)

main()
`,
		want: `Traceback (most recent call last):
  File "x.py", line 7, in <module>
    main()
  File "x.py", line 5, in main
    helper(0)
  File "x.py", line 2, in helper
    return 10 / x
           ~~~^~~
ZeroDivisionError: division by zero
`,
	},
	{
		name: "finally",
		py: `def f():
    try:
        x = {}["k"]
    finally:
        print("cleanup")

f()
`,
		star: `def f():
    def __pc_body():
        x = {}["k"]
    def __pc_finally():
        print("cleanup")
    __pc_try(__pc_body, None, None, __pc_finally)
f()
`,
		want: `Traceback (most recent call last):
  File "x.py", line 7, in <module>
    f()
  File "x.py", line 3, in f
    x = {}["k"]
        ~~^^^^^
KeyError: 'k'
`,
	},
	{
		name: "raise-from",
		py: `def f():
    raise ValueError("a")

try:
    f()
except ValueError as e:
    raise RuntimeError("b") from e
`,
		star: `def f():
    __pc_raise(ValueError("a"))

def __pc_body():
    f()
def __pc_except(__pc_exc):
    __pc_raise(RuntimeError("b"), __pc_exc) if __pc_match(__pc_exc, ValueError) else __pc_raise()
__pc_try(__pc_body, __pc_except, None, None)
`,
		want: `Traceback (most recent call last):
  File "x.py", line 5, in <module>
    f()
  File "x.py", line 2, in f
    raise ValueError("a")
ValueError: a

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "x.py", line 7, in <module>
    raise RuntimeError("b") from e
RuntimeError: b
`,
	},
	{
		name: "context",
		py: `try:
    d = {}
    d["k"]
except KeyError:
    x = 1/0
`,
		star: `def __pc_body():
    d = {}
    d["k"]
def __pc_except(__pc_exc):
    x = 1/0
__pc_try(__pc_body, __pc_except, None, None)
`,
		want: `Traceback (most recent call last):
  File "x.py", line 3, in <module>
    d["k"]
    ~^^^^^
KeyError: 'k'

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "x.py", line 5, in <module>
    x = 1/0
        ~^~
ZeroDivisionError: division by zero
`,
	},
	{
		name: "reraise",
		py: `def f():
    try:
        1/0
    except Exception as e:
        raise e
    # end
def reraise():
    raise
try:
    f()
except:
    reraise()
`,
		star: `def f():
    def __pc_body():
        1/0
    def __pc_except(__pc_exc):
        __pc_raise(__pc_exc) if __pc_match(__pc_exc, Exception) else __pc_raise()
    __pc_try(__pc_body, __pc_except, None, None)
def reraise():
    __pc_raise()
def __pc_body():
    f()
def __pc_except(__pc_exc):
    reraise()
__pc_try(__pc_body, __pc_except, None, None)
`,
		want: `Traceback (most recent call last):
  File "x.py", line 12, in <module>
    reraise()
  File "x.py", line 10, in <module>
    f()
  File "x.py", line 5, in f
    raise e
  File "x.py", line 3, in f
    1/0
    ~^~
ZeroDivisionError: division by zero
`,
	},
	{
		name: "class-body-and-args",
		py: `class A:
    def m(self, x):
        return x
    v = len(5)
`,
		star: `def __pc_start(): return __pc_class_A()
def __pc_class_A():
    def m(self, x): return x
    v = len(5)
    return {"m": m, "v": v}
A = __pc_start()
`,
		want: `Traceback (most recent call last):
  File "x.py", line 1, in <module>
    class A:
  File "x.py", line 4, in A
    v = len(5)
        ^^^^^^
TypeError: object of type 'int' has no len()
`,
	},
	{
		name: "missing-argument",
		py: `def f(a, b):
    pass
x = f(1)
`,
		star: `def f(a, b):
    pass
x = f(1)
`,
		want: `Traceback (most recent call last):
  File "x.py", line 3, in <module>
    x = f(1)
        ^^^^
TypeError: f() missing 1 required positional argument: 'b'
`,
	},
	{
		name: "recursion",
		py: `def f(n):
    return g(n)
def g(n):
    raise KeyError(n)
def r(n):
    if n == 0:
        return f(n)
    return r(n - 1)
r(10)
`,
		star: `def f(n):
    return g(n)
def g(n):
    __pc_raise(KeyError(n))
def r(n):
    if n == 0:
        return f(n)
    return r(n - 1)
r(10)
`,
		want: `Traceback (most recent call last):
  File "x.py", line 9, in <module>
    r(10)
  File "x.py", line 8, in r
    return r(n - 1)
           ^^^^^^^^
  File "x.py", line 8, in r
    return r(n - 1)
           ^^^^^^^^
  File "x.py", line 8, in r
    return r(n - 1)
           ^^^^^^^^
  [Previous line repeated 7 more times]
  File "x.py", line 7, in r
    return f(n)
           ^^^^
  File "x.py", line 2, in f
    return g(n)
           ^^^^
  File "x.py", line 4, in g
    raise KeyError(n)
KeyError: 0
`,
	},
}

func TestTracebacks(t *testing.T) {
	for _, tc := range tracebackCases {
		if tc.want == "" {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			res := runLowered(t, tc.py, tc.star, nil)
			if res.err == nil {
				t.Fatal("no error")
			}
			got := core.FormatException(res.rt, res.err)
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
			checkAgainstPython(t, tc.py, tc.want)
		})
	}
}
