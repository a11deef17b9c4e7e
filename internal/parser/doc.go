// Package parser turns Python source text into the pyast syntax tree.
//
// It holds a hand-written scanner (NEWLINE/INDENT/DEDENT with CPython's
// rules, string, f-string and number literals) and a recursive-descent
// parser for the subset of Python 3.11 that pyconc runs. Errors carry
// CPython's kind ("SyntaxError", "IndentationError", "TabError"), message,
// line and column; like CPython, the parser stops at the first error.
// Python features that pyconc does not support (generators, async, match,
// :=, except*, complex numbers, Ellipsis outside a body) are reported as
// SyntaxErrors that name the feature.
//
// Decision on Ellipsis: a statement consisting only of "..." (the usual
// placeholder body, as in "def f(): ...") becomes a *pyast.Pass; any other
// use of "..." is reported as unsupported.
package parser
