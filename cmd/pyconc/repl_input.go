// This file defines chunk, the lines typed at the prompt until they make
// a statement to run.

package main

import (
	"strings"

	"github.com/pyconc/pyconc/interp"
)

// chunk gathers the lines typed at the prompt until they make a statement
// to run, with CPython's rules (Session.NeedsMore): an open bracket,
// string or backslash keeps reading; a compound statement (one that ends
// with a block, even on one line) goes on until an empty line.
type chunk struct {
	s     *interp.Session
	lines []string
}

// empty reports whether no line is pending (the ">>> " prompt).
func (c *chunk) empty() bool { return len(c.lines) == 0 }

// reset drops the pending lines (Ctrl-C).
func (c *chunk) reset() { c.lines = nil }

// source returns the pending lines as source text.
func (c *chunk) source() string { return strings.Join(c.lines, "\n") + "\n" }

// take returns the pending source and empties the chunk.
func (c *chunk) take() string {
	src := c.source()
	c.reset()
	return src
}

// add appends a line and reports whether the chunk is ready to run.
// A blank line at the ">>> " prompt is dropped (ready stays false).
// When the lines cannot be a statement in CPython's interactive mode,
// err is the SyntaxError to print (and the chunk is emptied).
func (c *chunk) add(line string) (ready bool, err error) {
	if c.empty() && strings.TrimSpace(line) == "" {
		return false, nil
	}
	c.lines = append(c.lines, line)
	more, err := c.s.NeedsMore(c.source())
	if err != nil {
		c.reset()
		return false, err
	}
	return !more, nil
}
