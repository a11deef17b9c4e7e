package core

import (
	"context"
	"testing"
)

func TestCaretLines(t *testing.T) {
	for _, tc := range []struct {
		line string
		col  int
		want string
	}{
		{"    return 10 / x", 15, "           ~~~^~~\n"},
		{"main()", 5, ""},
		{"x = f(1)  # call", 6, "        ^^^^\n"},
		{`x = {}["k"]`, 7, "        ~~^^^^^\n"},
		{"x = (1)/0", 8, "        ~~~^~\n"},
		{"x = 1 // 0", 7, "        ~~^^~~\n"},
		{"x, y = 1", 6, "    ^^^^\n"},
		{"q = z.foo", 6, "        ^^^^^\n"},
		{"y = z", 5, "        ^\n"},
		{"x = int(", 8, "        ^^^^\n"},
		{`assert 1 == 2, "math is broken"`, 1, "           ^^^^^^\n"},
		{`with open("/nonexistent/x") as f:`, 10, "         ^^^^^^^^^^^^^^^^^^^^^^\n"},
		{`raise ValueError("a")`, 1, ""},
		{`raise ValueError(1/0)`, 19, "                     ~^~\n"},
		{`if x is None and f(x):`, 19, "                     ^^^^\n"},
		{`print(f"{x}", g(1))`, 16, "                  ^^^^\n"},
		{"for x in 1: pass", 1, ""},
	} {
		rt := NewRuntime(context.Background())
		rt.Sources.Store("f.py", []byte("\n"+tc.line+"\n"))
		got := caretLine(rt, &Frame{File: "f.py", Line: 2, Col: tc.col})
		rt.Close()
		if got != tc.want {
			t.Errorf("%q col %d: got %q, want %q", tc.line, tc.col, got, tc.want)
		}
	}
}
