package interp

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestSession runs chunks as typed at the prompt and checks echoes,
// output and errors.
func TestSession(t *testing.T) {
	var out bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &out})
	defer in.Close()
	s := in.NewSession()
	ctx := context.Background()
	steps := []struct{ src, echo, out, err string }{
		{src: "counter = 0\n"},
		{src: "def inc(n=1):\n    global counter\n    counter += n\n    return counter\n"},
		{src: "inc()\n", echo: "1"},
		{src: "inc(5)\n", echo: "6"},
		{src: "counter\n", echo: "6"},
		{src: "counter = 100\n"},
		{src: "inc()\n", echo: "101"},
		{src: "_ + 1\n", echo: "102"},
		{src: "print('hi')\n", out: "hi\n"},
		{src: "None\n"},
		{src: "'text'\n", echo: "'text'"},
		{src: "[1, 'a', (2,)]\n", echo: "[1, 'a', (2,)]"},
		{src: "1 / 0\n", err: "ZeroDivisionError: division by zero"},
		{src: "counter\n", echo: "101"},
		{src: "class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'P({self.x})'\n"},
		{src: "P(3)\n", echo: "P(3)"},
		{src: "import threading\nresults = []\n"},
		{src: "t = threading.Thread(target=lambda: results.append(inc()))\nt.start(); t.join()\n"},
		{src: "results\n", echo: "[102]"},
		{src: "for i in range(3):\n    counter += i\n"},
		{src: "counter\n", echo: "105"},
		{src: "y = counter * 2; y\n", echo: "210"},
		{src: "print('a'); 7\n", echo: "7", out: "a\n"},
		{src: "undefined_name\n", err: "NameError: name 'undefined_name' is not defined"},
		{src: "x = (1,\n", err: "'(' was never closed"},
	}
	for i, st := range steps {
		out.Reset()
		echo, err := s.Run(ctx, st.src)
		if st.err != "" {
			if err == nil || !strings.Contains(err.Error(), st.err) {
				t.Errorf("step %d %q: error %v, want %q", i, st.src, err, st.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("step %d %q: %v", i, st.src, err)
			continue
		}
		if echo != st.echo {
			t.Errorf("step %d %q: echo %q, want %q", i, st.src, echo, st.echo)
		}
		if out.String() != st.out {
			t.Errorf("step %d %q: output %q, want %q", i, st.src, out.String(), st.out)
		}
	}
	if more, err := s.NeedsMore("if True:\n"); !more || err != nil {
		t.Errorf("an open block needs no more lines: %v %v", more, err)
	}
	var se *SyntaxError
	if _, err := s.Run(ctx, "if True:\n"); !errors.As(err, &se) {
		t.Errorf("an open block run: %v, want a *SyntaxError", err)
	}
	if err := s.Close(ctx); err != nil {
		t.Errorf("close: %v", err)
	}
}

// TestSessionInterrupt interrupts a chunk that sleeps and checks that the
// session goes on.
func TestSessionInterrupt(t *testing.T) {
	var out bytes.Buffer
	in := New(Options{Stdout: &out, Stderr: &out})
	defer in.Close()
	s := in.NewSession()
	ctx := context.Background()
	if _, err := s.Run(ctx, "import time\nx = 1\n"); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		in.Interrupt()
	}()
	start := time.Now()
	_, err := s.Run(ctx, "time.sleep(30)\n")
	if !IsKeyboardInterrupt(err) {
		t.Fatalf("got %v, want KeyboardInterrupt", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("interrupt took %v", d)
	}
	echo, err := s.Run(ctx, "x + 1\n")
	if err != nil || echo != "2" {
		t.Errorf("after the interrupt: %q %v", echo, err)
	}
	var pe *Error
	if errors.As(err, &pe) {
		t.Error(pe.Traceback)
	}
}

// TestNeedsMore feeds lines typed at a prompt to NeedsMore and checks
// after which line each input is complete, as at CPython's prompt.
func TestNeedsMore(t *testing.T) {
	cases := []struct {
		lines []string
		runs  int    // the line after which the input is complete (1-based), 0: never
		err   string // the syntax error NeedsMore reports itself
	}{
		{lines: []string{"x = 1"}, runs: 1},
		{lines: []string{"x = (1,", "", "2)"}, runs: 3},
		{lines: []string{"if True: print(1)", ""}, runs: 2},
		{lines: []string{"def f(n):", "    return n", "", "f(1)"}, runs: 3},
		{lines: []string{"if x:", "    pass", "else:", "    pass", ""}, runs: 5},
		{lines: []string{"def f():", ""}, runs: 2},
		{lines: []string{"@staticmethod", "def f():", "    pass", ""}, runs: 4},
		{lines: []string{"x = 1 + \\", "2"}, runs: 2},
		{lines: []string{"s = '''a", "", "b'''"}, runs: 3},
		{lines: []string{"x = )"}, runs: 1},
		{lines: []string{"# comment"}, runs: 1},
		{lines: []string{"if 1:", "    x = 1", "y = 2"}, err: "line 3\n    y = 2\n    ^\nSyntaxError: invalid syntax"},
	}
	in := New(Options{})
	defer in.Close()
	s := in.NewSession()
	for _, c := range cases {
		src, runs := "", 0
		var err error
		for i, line := range c.lines {
			src += line + "\n"
			var more bool
			if more, err = s.NeedsMore(src); err != nil || !more {
				runs = i + 1
				break
			}
		}
		switch {
		case c.err != "":
			var se *SyntaxError
			if !errors.As(err, &se) || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.lines, err, c.err)
			}
		case err != nil:
			t.Errorf("%q: %v", c.lines, err)
		case runs != c.runs:
			t.Errorf("%q: complete after line %d, want %d", c.lines, runs, c.runs)
		}
	}
}
