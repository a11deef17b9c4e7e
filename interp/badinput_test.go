package interp

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// badInput is a script that must fail with a given error class, message
// and position (line, and column when the error is a compile-time one).
// Positions of syntax errors are CPython 3.11's (compile() lineno/offset)
// (for constructs CPython accepts and pyconc rejects: pyconc's own).
type badInput struct {
	name string
	src  string
	kind string // "SyntaxError", "IndentationError", "TabError", or a runtime exception class
	msg  string // the message (after "Kind: ")
	line int
	col  int // 0: not checked (runtime errors report lines)
}

var badInputs = []badInput{
	// syntax errors
	{name: "missing colon", src: "if x\n    pass\n", kind: "SyntaxError", msg: "expected ':'", line: 1, col: 5},
	{name: "unclosed paren", src: "print((1, 2)\n", kind: "SyntaxError", msg: "'(' was never closed", line: 1, col: 6},
	{name: "unmatched paren", src: "x = 1)\n", kind: "SyntaxError", msg: "unmatched ')'", line: 1, col: 6},
	{name: "mismatched bracket", src: "x = (1, 2]\n", kind: "SyntaxError", msg: "closing parenthesis ']' does not match opening parenthesis '('", line: 1, col: 10},
	{name: "unterminated string", src: "s = 'abc\n", kind: "SyntaxError", msg: "unterminated string literal (detected at line 1)", line: 1, col: 5},
	{name: "unterminated triple", src: "s = \"\"\"abc\n\nx = 1\n", kind: "SyntaxError", msg: "unterminated triple-quoted string literal (detected at line 3)", line: 1, col: 5},
	{name: "assign to call", src: "f() = 1\n", kind: "SyntaxError", msg: "cannot assign to function call here. Maybe you meant '==' instead of '='?", line: 1, col: 1},
	{name: "assign to literal", src: "1 = x\n", kind: "SyntaxError", msg: "cannot assign to literal here. Maybe you meant '==' instead of '='?", line: 1, col: 1},
	{name: "return outside function", src: "x = 1\nreturn x\n", kind: "SyntaxError", msg: "'return' outside function", line: 2, col: 1},
	{name: "break outside loop", src: "break\n", kind: "SyntaxError", msg: "'break' outside loop", line: 1, col: 1},
	{name: "continue outside loop", src: "if True:\n    continue\n", kind: "SyntaxError", msg: "'continue' not properly in loop", line: 2, col: 5},
	{name: "break in finally outside loop", src: "try:\n    pass\nfinally:\n    break\n", kind: "SyntaxError", msg: "'break' outside loop", line: 4, col: 5},
	{name: "except without try", src: "except ValueError:\n    pass\n", kind: "SyntaxError", msg: "invalid syntax", line: 1, col: 1},
	{name: "keyword argument repeated order", src: "f(a=1, 2)\n", kind: "SyntaxError", msg: "positional argument follows keyword argument", line: 1, col: 9},
	{name: "default before non-default", src: "def f(a=1, b):\n    pass\n", kind: "SyntaxError", msg: "non-default argument follows default argument", line: 1, col: 12},
	{name: "duplicate argument", src: "def f(a, a):\n    pass\n", kind: "SyntaxError", msg: "duplicate argument 'a' in function definition", line: 1, col: 10},
	{name: "leading zero", src: "x = 012\n", kind: "SyntaxError", msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: 1, col: 5},
	{name: "invalid character", src: "x = 1 € 2\n", kind: "SyntaxError", msg: "invalid character '€' (U+20AC)", line: 1, col: 7},
	{name: "null byte", src: "x = 1\x00\n", kind: "SyntaxError", msg: "source code cannot contain null bytes", line: 1, col: 6},
	{name: "binary garbage", src: "\xff\xfe\x00garbage", kind: "SyntaxError", msg: "source code cannot contain null bytes", line: 1, col: 3},
	{name: "invalid utf-8", src: "\xffgarbage\n", kind: "SyntaxError", msg: "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", line: 1},
	{name: "unexpected indent", src: "x = 1\n    y = 2\n", kind: "IndentationError", msg: "unexpected indent", line: 2, col: 4},
	{name: "expected indent", src: "if True:\npass\n", kind: "IndentationError", msg: "expected an indented block after 'if' statement on line 1", line: 2, col: 1},
	{name: "unindent mismatch", src: "if True:\n        x = 1\n    y = 2\n", kind: "IndentationError", msg: "unindent does not match any outer indentation level", line: 3, col: 10},
	{name: "tabs and spaces", src: "if True:\n\tx = 1\n        y = 2\n", kind: "TabError", msg: "inconsistent use of tabs and spaces in indentation", line: 3, col: 1},
	{name: "f-string single brace", src: "s = f'a}b'\n", kind: "SyntaxError", msg: "f-string: single '}' is not allowed", line: 1, col: 11},
	{name: "f-string empty", src: "s = f'{}'\n", kind: "SyntaxError", msg: "f-string: empty expression not allowed", line: 1, col: 10},
	{name: "nonlocal without binding", src: "def f():\n    def g():\n        nonlocal zz\n    return g\n", kind: "SyntaxError", msg: "no binding for nonlocal 'zz' found", line: 3, col: 9},
	{name: "deep nesting", src: strings.Repeat("(", 10000) + "1" + strings.Repeat(")", 10000) + "\n", kind: "SyntaxError", msg: "too many nested parentheses", line: 1, col: 201},
	// unsupported features
	{name: "yield", src: "def gen():\n    yield 1\n", kind: "SyntaxError", msg: "'yield' is not supported by pyconc (generators)", line: 2, col: 5},
	{name: "async def", src: "async def f():\n    pass\n", kind: "SyntaxError", msg: "'async def' is not supported by pyconc", line: 1, col: 1},
	{name: "match", src: "match x:\n    case 1:\n        pass\n", kind: "SyntaxError", msg: "'match' statements are not supported by pyconc", line: 1, col: 1},
	{name: "walrus", src: "if (n := 10) > 5:\n    pass\n", kind: "SyntaxError", msg: "assignment expressions (:=) are not supported by pyconc", line: 1, col: 5},
	{name: "matmul", src: "x = a @ b\n", kind: "SyntaxError", msg: "the '@' operator is not supported by pyconc", line: 1, col: 7},
	{name: "complex", src: "x = 1j\n", kind: "SyntaxError", msg: "complex numbers are not supported by pyconc", line: 1, col: 5},
	// runtime errors
	{name: "zero division", src: "x = 0\ny = 1 / x\n", kind: "ZeroDivisionError", msg: "division by zero", line: 2},
	{name: "name error", src: "print(1)\nprint(nope)\n", kind: "NameError", msg: "name 'nope' is not defined", line: 2},
	{name: "key error", src: "d = {}\nd['k']\n", kind: "KeyError", msg: "'k'", line: 2},
	{name: "index error", src: "xs = [1]\nxs[3]\n", kind: "IndexError", msg: "list index out of range", line: 2},
	{name: "attribute error", src: "class A:\n    pass\nA().y\n", kind: "AttributeError", msg: "'A' object has no attribute 'y'", line: 3},
	{name: "int of text", src: "int('x')\n", kind: "ValueError", msg: "invalid literal for int() with base 10: 'x'", line: 1},
	{name: "raise non exception", src: "raise 42\n", kind: "TypeError", msg: "exceptions must derive from BaseException", line: 1},
	{name: "concat str int", src: "'a' + 1\n", kind: "TypeError", msg: "can only concatenate str (not \"int\") to str", line: 1},
	{name: "missing argument", src: "def f(a, b):\n    pass\nf(1)\n", kind: "TypeError", msg: "f() missing 1 required positional argument: 'b'", line: 3},
	{name: "unbound local", src: "def f():\n    print(v)\n    v = 1\nf()\n", kind: "UnboundLocalError", msg: "cannot access local variable 'v' where it is not associated with a value", line: 2},
	{name: "deep recursion", src: "def f(n):\n    return f(n + 1)\nf(0)\n", kind: "RecursionError", msg: "maximum recursion depth exceeded", line: 2},
	{name: "assert", src: "x = 1\nassert x == 2, 'x must be 2'\n", kind: "AssertionError", msg: "x must be 2", line: 2},
	{name: "module not found", src: "import nosuchmodule\n", kind: "ModuleNotFoundError", msg: "No module named 'nosuchmodule'", line: 1},
}

// TestBadInput checks the error class, message and position of each bad input.
func TestBadInput(t *testing.T) {
	for _, tc := range badInputs {
		tc := tc
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			in := New(Options{Stdout: &bytes.Buffer{}, Stderr: &stderr})
			defer in.Close()
			err := in.Exec(context.Background(), "bad.py", []byte(tc.src))
			if err == nil {
				t.Fatalf("no error")
			}
			var se *SyntaxError
			var pe *Error
			switch {
			case errors.As(err, &se):
				if se.Kind != tc.kind || se.Msg != tc.msg || se.Line != tc.line || (tc.col != 0 && se.Col != tc.col) {
					t.Errorf("got %s: %s at %d:%d, want %s: %s at %d:%d", se.Kind, se.Msg, se.Line, se.Col, tc.kind, tc.msg, tc.line, tc.col)
				}
				if se.File != "bad.py" {
					t.Errorf("file %q", se.File)
				}
			case errors.As(err, &pe):
				if pe.Class != tc.kind || pe.Message != tc.msg {
					t.Errorf("got %s: %s, want %s: %s", pe.Class, pe.Message, tc.kind, tc.msg)
				}
				if n := len(pe.Frames); n == 0 || pe.Frames[n-1].Line != tc.line {
					t.Errorf("frames %+v, want the last at line %d", pe.Frames, tc.line)
				}
				if !strings.HasSuffix(strings.TrimSpace(pe.Traceback), tc.kind+": "+tc.msg) {
					t.Errorf("traceback does not end with the exception:\n%s", pe.Traceback)
				}
			default:
				t.Fatalf("unexpected error %T: %v", err, err)
			}
			if strings.Contains(err.Error(), "goroutine ") || strings.Contains(err.Error(), "panic") {
				t.Errorf("a Go panic reached the user:\n%s", err)
			}
		})
	}
}
