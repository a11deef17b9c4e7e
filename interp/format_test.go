package interp

import (
	"bytes"
	"context"
	"errors"
	"testing"
)

// TestErrorTexts checks the exact text of syntax errors and tracebacks,
// as CPython 3.11 prints them.
func TestErrorTexts(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"syntax error with caret", "x = 1\nif x\n    pass\n",
			"  File \"t.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'"},
		{"indented line", "def f():\n    return (1,\n", "  File \"t.py\", line 2\n    return (1,\n           ^\nSyntaxError: '(' was never closed"},
		{"traceback through frames and a finally", `def leaf(d):
    return d["missing"]

def middle(d):
    try:
        return leaf(d)
    finally:
        print("cleanup")

def top():
    middle({})

top()
`, `Traceback (most recent call last):
  File "t.py", line 13, in <module>
    top()
  File "t.py", line 11, in top
    middle({})
  File "t.py", line 6, in middle
    return leaf(d)
           ^^^^^^^
  File "t.py", line 2, in leaf
    return d["missing"]
           ~^^^^^^^^^^^
KeyError: 'missing'
`},
		{"method of a class", `class Account:
    def withdraw(self, n):
        raise ValueError("insufficient funds: %d" % n)

Account().withdraw(5)
`, `Traceback (most recent call last):
  File "t.py", line 5, in <module>
    Account().withdraw(5)
  File "t.py", line 3, in withdraw
    raise ValueError("insufficient funds: %d" % n)
ValueError: insufficient funds: 5
`},
		{"exception inside except", `try:
    1 / 0
except ZeroDivisionError:
    [][0]
`, `Traceback (most recent call last):
  File "t.py", line 2, in <module>
    1 / 0
    ~~^~~
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.py", line 4, in <module>
    [][0]
    ~~^^^
IndexError: list index out of range
`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := New(Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
			defer in.Close()
			err := in.Exec(context.Background(), "t.py", []byte(tc.src))
			var se *SyntaxError
			var pe *Error
			var got string
			switch {
			case errors.As(err, &se):
				got = se.Error()
			case errors.As(err, &pe):
				got = pe.Traceback
			default:
				t.Fatalf("error %T %v", err, err)
			}
			if got != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}
