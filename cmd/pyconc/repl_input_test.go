package main

import (
	"strings"
	"testing"

	"github.com/pyconc/pyconc/interp"
)

// TestChunk feeds lines to the prompt's statement reader and checks after
// which line each input runs, as at CPython's prompt.
func TestChunk(t *testing.T) {
	cases := []struct {
		lines []string
		runs  int    // the line after which the chunk is ready (1-based), 0: never
		err   string // a syntax error reported by the reader itself
	}{
		{lines: []string{"x = 1"}, runs: 1},
		{lines: []string{"", "  ", "x"}, runs: 3},
		{lines: []string{"x = (1,", "", "2)"}, runs: 3},
		{lines: []string{"if True: print(1)", ""}, runs: 2},
		{lines: []string{"def f(n):", "    return n", "", "f(1)"}, runs: 3},
		{lines: []string{"if x:", "    pass", "else:", "    pass", ""}, runs: 5},
		{lines: []string{"def f():", ""}, runs: 2},
		{lines: []string{"@staticmethod", "def f():", "    pass", ""}, runs: 4},
		{lines: []string{"x = 1 + \\", "2"}, runs: 2},
		{lines: []string{"s = '''a", "b'''"}, runs: 2},
		{lines: []string{"x = )"}, runs: 1},
		{lines: []string{"# comment"}, runs: 1},
		{lines: []string{"if 1:", "    x = 1", "y = 2"}, err: "invalid syntax"},
	}
	in := interp.New(interp.Options{})
	defer in.Close()
	s := in.NewSession()
	for _, c := range cases {
		ch := chunk{s: s}
		runs := 0
		var err error
		for i, line := range c.lines {
			ready, e := ch.add(line)
			if e != nil {
				err = e
				break
			}
			if ready {
				runs = i + 1
				ch.take()
				break
			}
		}
		switch {
		case c.err != "":
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.lines, err, c.err)
			}
			if !ch.empty() {
				t.Errorf("%q: lines left after the error", c.lines)
			}
		case err != nil:
			t.Errorf("%q: %v", c.lines, err)
		case runs != c.runs:
			t.Errorf("%q: runs after line %d, want %d", c.lines, runs, c.runs)
		}
	}
}
