package core

// This file defines the caret line CPython 3.11 prints under the source
// line of a traceback entry: "^^^^" under the expression that failed, or
// "~~^~~" marking the operator of a binary operation and "~^^^^" the
// brackets of a subscript. The expression is found by parsing the source
// line (go.starlark.net's parser reads most one-line Python expressions)
// and looking for the node whose Starlark position is the frame's
// position; lines it cannot parse get no carets.

import (
	"bytes"
	"strings"

	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
)

// caretLine returns the line of carets under fr's source line ("" when
// CPython shows none), with its newline.
func caretLine(rt *Runtime, fr *Frame) string {
	raw := rawSourceLine(rt, fr.File, fr.Line)
	stripped := strings.TrimSpace(raw)
	indent := len(raw) - len(strings.TrimLeft(raw, " \t\f"))
	col := fr.Col - indent // 1-based column within stripped
	if stripped == "" || col < 1 || col > len(stripped) {
		return ""
	}
	start, end, left, right, ok := locateExpr(stripped, col)
	if !ok {
		return ""
	}
	anchored := left >= 0
	if !anchored && end-start >= len(stripped) {
		return ""
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", start))
	for i := start; i < end; i++ {
		switch {
		case !anchored:
			b.WriteByte('^')
		case i >= start+left && i < start+right:
			b.WriteByte('^')
		default:
			b.WriteByte('~')
		}
	}
	b.WriteByte('\n')
	return b.String()
}

// rawSourceLine returns line n (1-based) of a registered source, as is.
func rawSourceLine(rt *Runtime, file string, n int) string {
	v, ok := rt.Sources.Load(file)
	if !ok {
		return ""
	}
	return LineOf(v.([]byte), n)
}

// LineOf returns line n (1-based) of src without its line ending ("" when
// src has fewer lines).
func LineOf(src []byte, n int) string {
	if n < 1 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimRight(string(src), "\r")
}

// locateExpr finds, in a stripped source line, the expression whose
// Starlark position is column col (1-based): its span [start, end) as
// 0-based offsets, and for binary operations and subscripts the offsets,
// relative to start, of the part CPython marks with '^' (left < 0: none).
func locateExpr(line string, col int) (start, end, left, right int, ok bool) {
	file, multiLine := parseLine(pythonToStarlark(line))
	if file == nil {
		return 0, 0, -1, -1, false
	}
	var node syntax.Node
	if col == 1 && strings.HasPrefix(line, "raise") {
		return 0, 0, -1, -1, false // the whole statement
	} else if col == 1 && strings.HasPrefix(line, "assert ") {
		// The failure of an assert statement is its test.
		node = assertTest(file)
	} else {
		node = findAnchored(file, col)
	}
	if node == nil {
		return 0, 0, -1, -1, false
	}
	s, e := nodeSpan(node)
	start, end = int(s.Col)-1, int(e.Col)-1
	if e.Line > 1 || end > len(line) {
		multiLine = true
	}
	if start < 0 || start >= len(line) {
		return 0, 0, -1, -1, false
	}
	if multiLine {
		return start, len(line), -1, -1, true
	}
	left, right = anchors(line[start:end], node, start)
	return start, end, left, right, true
}

// pythonToStarlark rewrites the Python-only parts of a line into
// Starlark of the same length, so that columns are kept: "with A as b:"
// becomes "if   A     :", "assert" and "raise" an assignment to _, "is"
// and "is not" comparisons, f-strings plain strings.
func pythonToStarlark(line string) string {
	b := []byte(line)
	blank := func(from, to int) {
		for i := from; i < to && i < len(b); i++ {
			b[i] = ' '
		}
	}
	switch {
	case strings.HasPrefix(line, "with ") && strings.HasSuffix(line, ":"):
		copy(b, "if  ")
		if i := strings.LastIndex(line, " as "); i > 0 {
			blank(i, len(line)-1)
		}
	case strings.HasPrefix(line, "assert "):
		copy(b, "_ =    ")
	case strings.HasPrefix(line, "raise "):
		copy(b, "_ =   ")
		if i := strings.Index(line, " from "); i > 0 {
			blank(i, len(line))
		}
	}
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '"' || c == '\'':
			if i > 0 && (b[i-1] == 'f' || b[i-1] == 'F') && (i < 2 || !isIdentByte(b[i-2])) {
				b[i-1] = ' '
			}
			i = closingQuote(string(b), i)
		case c == ' ' && strings.HasPrefix(string(b[i:]), " is not "):
			copy(b[i:], " !=     ")
			i += 7
		case c == ' ' && strings.HasPrefix(string(b[i:]), " is "):
			copy(b[i:], " == ")
			i += 3
		}
	}
	return string(b)
}

// closingQuote returns the offset of the quote that closes the string
// literal opened by the quote at offset i of line (len(line) when the line
// ends first), skipping escaped characters.
func closingQuote(line string, i int) int {
	quote := line[i]
	for i++; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case quote:
			return i
		}
	}
	return len(line)
}

// isIdentByte reports whether c may appear in an identifier.
func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// assertTest returns the test of an assert statement rewritten by
// pythonToStarlark ("_ = test, msg").
func assertTest(f *syntax.File) syntax.Node {
	if len(f.Stmts) != 1 {
		return nil
	}
	a, ok := f.Stmts[0].(*syntax.AssignStmt)
	if !ok {
		return nil
	}
	if t, ok := a.RHS.(*syntax.TupleExpr); ok && !t.Lparen.IsValid() && len(t.List) == 2 {
		return t.List[0]
	}
	return a.RHS
}

// parseLine parses a source line as a Starlark statement, completing what
// a line of a Python compound statement lacks (a body; closing brackets of
// an expression continued on the next lines, reported by multiLine).
func parseLine(line string) (f *syntax.File, multiLine bool) {
	opts := hidden.FileOptions()
	try := func(src string) *syntax.File {
		f, err := opts.Parse("line", src, 0)
		if err != nil {
			return nil
		}
		return f
	}
	src := line
	if strings.HasPrefix(src, "elif ") {
		src = "if  " + src[len("elif "):] // same length
	}
	if f := try(src); f != nil {
		return f, false
	}
	if strings.HasSuffix(src, ":") {
		if f := try(src + " pass"); f != nil {
			return f, false
		}
	}
	if closers := missingClosers(src); closers != "" {
		if f := try(src + closers); f != nil {
			return f, true
		}
	}
	return nil, false
}

// missingClosers returns the brackets that close those left open in src.
func missingClosers(src string) string {
	var stack []byte
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '"' || c == '\'':
			i = closingQuote(src, i)
		case c == '#':
			i = len(src)
		case c == '(':
			stack = append(stack, ')')
		case c == '[':
			stack = append(stack, ']')
		case c == '{':
			stack = append(stack, '}')
		case c == ')' || c == ']' || c == '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	var b strings.Builder
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteByte(stack[i])
	}
	return b.String()
}

// findAnchored returns the node whose Starlark position (the one the
// compiler records for its instruction) is column col of line 1:
// preferring calls, operators, subscripts and attributes, then names, then
// assignments.
func findAnchored(f *syntax.File, col int) syntax.Node {
	var best syntax.Node
	bestRank := 99
	at := func(p syntax.Position) bool { return p.Line == 1 && int(p.Col) == col }
	consider := func(n syntax.Node, rank int) {
		if rank < bestRank {
			best, bestRank = n, rank
		}
	}
	for _, stmt := range f.Stmts {
		syntax.Walk(stmt, func(n syntax.Node) bool {
			if p, rank, ok := anchor(n); ok && at(p) {
				consider(n, rank)
			}
			return true
		})
	}
	return best
}

// nodeSpan returns the part of the line CPython's instruction covers for
// node: the targets of a plain assignment (unpacking errors), else the
// node itself.
func nodeSpan(n syntax.Node) (syntax.Position, syntax.Position) {
	if a, ok := n.(*syntax.AssignStmt); ok && a.Op == syntax.EQ {
		n = a.LHS
	}
	start, _ := n.Span()
	return start, endOf(n)
}

// endOf returns the end of a node's span, correcting go.starlark.net's
// spans of subscripts, which end at their "]" instead of after it.
func endOf(n syntax.Node) syntax.Position {
	switch x := n.(type) {
	case *syntax.IndexExpr:
		return after(x.Rbrack)
	case *syntax.SliceExpr:
		return after(x.Rbrack)
	case *syntax.BinaryExpr:
		return endOf(x.Y)
	case *syntax.UnaryExpr:
		if x.X != nil {
			return endOf(x.X)
		}
	case *syntax.CondExpr:
		return endOf(x.False)
	case *syntax.AssignStmt:
		return endOf(x.RHS)
	case *syntax.ExprStmt:
		return endOf(x.X)
	case *syntax.TupleExpr:
		if !x.Rparen.IsValid() && len(x.List) > 0 {
			return endOf(x.List[len(x.List)-1])
		}
	}
	_, end := n.Span()
	return end
}

// anchors computes CPython's secondary range of a binary operation (the
// operator) or a subscript (the brackets) within seg, the expression's
// text; offsets are relative to seg, and -1, -1 means none.
func anchors(seg string, n syntax.Node, base int) (int, int) {
	rel := func(p syntax.Position) int { return int(p.Col) - 1 - base }
	switch x := n.(type) {
	case *syntax.BinaryExpr:
		switch x.Op {
		case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT,
			syntax.AMP, syntax.PIPE, syntax.CIRCUMFLEX, syntax.LTLT, syntax.GTGT:
		default:
			return -1, -1
		}
		lend := endOf(unparen(x.X))
		rstart, _ := unparen(x.Y).Span()
		from, to := rel(lend), rel(rstart)
		for i := from; i < to && i < len(seg); i++ {
			if isSpace(seg[i]) {
				continue
			}
			left, right := i, i+1
			if i+1 < to && !isSpace(seg[i+1]) {
				right++
			}
			if i+1 < to && seg[i] == ')' {
				continue
			}
			return left, right
		}
		return -1, -1
	case *syntax.IndexExpr:
		vend := endOf(unparen(x.X))
		send := endOf(unparen(x.Y))
		return subscriptAnchors(seg, rel(vend), rel(send)+1)
	case *syntax.SliceExpr:
		vend := endOf(unparen(x.X))
		last := x.Rbrack
		for _, e := range []syntax.Expr{x.Step, x.Hi, x.Lo} {
			if e != nil {
				last = endOf(unparen(e))
				break
			}
		}
		return subscriptAnchors(seg, rel(vend), rel(last)+1)
	}
	return -1, -1
}

// subscriptAnchors moves the anchors of a subscript onto its brackets, as
// CPython does.
func subscriptAnchors(seg string, left, right int) (int, int) {
	for left < len(seg) && seg[left] != '[' {
		left++
	}
	for right < len(seg) && seg[right] != ']' {
		right++
	}
	if right < len(seg) {
		right++
	}
	return left, right
}

// after returns the position after the one-byte token at p.
func after(p syntax.Position) syntax.Position {
	p.Col++
	return p
}

// unparen removes the parentheses around an expression (Python's AST
// has none, so CPython's offsets ignore them).
func unparen(e syntax.Expr) syntax.Expr {
	for {
		p, ok := e.(*syntax.ParenExpr)
		if !ok {
			return e
		}
		e = p.X
	}
}

// isSpace reports whether c is blank, as CPython's IS_WHITESPACE.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' }

// anchor returns the position a Starlark error reports for node n (the
// operator, bracket or dot of an expression; the name of an identifier; the
// operator of an assignment) and its rank among nodes at the same position
// (lower wins).
func anchor(n syntax.Node) (syntax.Position, int, bool) {
	switch x := n.(type) {
	case *syntax.CallExpr:
		return x.Lparen, 0, true
	case *syntax.BinaryExpr:
		return x.OpPos, 0, true
	case *syntax.IndexExpr:
		return x.Lbrack, 0, true
	case *syntax.SliceExpr:
		return x.Lbrack, 0, true
	case *syntax.DotExpr:
		return x.Dot, 0, true
	case *syntax.UnaryExpr:
		return x.OpPos, 0, true
	case *syntax.Ident:
		return x.NamePos, 1, true
	case *syntax.AssignStmt:
		return x.OpPos, 2, true
	}
	return syntax.Position{}, 0, false
}
