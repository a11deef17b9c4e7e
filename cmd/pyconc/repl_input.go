package main

import (
	"strings"

	"github.com/pyconc/pyconc/interp"
	"github.com/pyconc/pyconc/internal/parser"
	"github.com/pyconc/pyconc/internal/pyast"
)

// chunk gathers the lines typed at the prompt until they make a statement
// to run, with CPython's rules: an open bracket, string or backslash
// keeps reading; a compound statement (one that ends with a block, even
// on one line) goes on until an empty line.
type chunk struct {
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
	blank := strings.TrimSpace(line) == ""
	if c.empty() && blank {
		return false, nil
	}
	c.lines = append(c.lines, line)
	mod, perr := parser.Parse("<stdin>", []byte(c.source()))
	if perr != nil {
		switch {
		case parser.IsIncomplete(perr):
			// An empty line ends a block that never got its body; an open
			// bracket or string keeps reading, as in CPython.
			return blank && strings.Contains(perr.Error(), "expected an indented block"), nil
		case strings.HasPrefix(strings.TrimSpace(line), "@") && !blank:
			return false, nil // a decorator: the definition follows
		}
		return true, nil // Run reports the error
	}
	if len(mod.Body) == 0 || !isCompound(mod.Body[0]) {
		return true, nil
	}
	if len(mod.Body) > 1 {
		// A statement after a block without the empty line that ends it.
		err = c.invalidAt(mod.Body[1])
		c.reset()
		return false, err
	}
	return blank, nil
}

// invalidAt returns CPython's error for a statement that starts before
// the previous block was ended by an empty line.
func (c *chunk) invalidAt(st pyast.Stmt) error {
	pos := st.Start()
	text := ""
	if n := int(pos.Line); n >= 1 && n <= len(c.lines) {
		text = c.lines[n-1]
	}
	return &interp.SyntaxError{Kind: "SyntaxError", Msg: "invalid syntax", File: "<stdin>", Line: int(pos.Line), Col: int(pos.Col), Text: text}
}

// isCompound reports whether a statement has a block, so that the prompt
// waits for an empty line after it.
func isCompound(st pyast.Stmt) bool {
	switch st.(type) {
	case *pyast.If, *pyast.While, *pyast.For, *pyast.FunctionDef, *pyast.ClassDef, *pyast.Try, *pyast.With:
		return true
	}
	return false
}
