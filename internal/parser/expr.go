// This file defines the parsing of expressions, from conditional
// expressions down to unary operators and powers.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// binaryLevels lists the binary operators from the loosest-binding.
var binaryLevels = [][]string{
	{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"},
}

// compareOps are the single-token comparison operators.
var compareOps = map[string]bool{"<": true, ">": true, "==": true, "!=": true, "<=": true, ">=": true, "in": true, "is": true}

// exprList parses expression ("," expression)* [","], allowing starred
// items; more than one item (or a trailing comma) makes a bare Tuple.
func (p *parser) exprList() pyast.Expr {
	x := p.exprListStar()
	if s, ok := x.(*pyast.Starred); ok {
		p.f.syntaxErr(s.StarPos, "can't use starred expression here")
	}
	return x
}

// exprListStar is exprList that lets a lone *x through, for the first
// target of an assignment (where CPython reports it differently).
func (p *parser) exprListStar() pyast.Expr {
	start := p.tok.pos
	first := p.starOrTest()
	if !p.at(",") {
		return first
	}
	elts := []pyast.Expr{first}
	for p.got(",") {
		if !p.startsExpr() {
			break
		}
		elts = append(elts, p.starOrTest())
	}
	return &pyast.Tuple{Lparen: start, Elts: elts}
}

// starOrTest parses "*" bitwise-or, or an expression.
func (p *parser) starOrTest() pyast.Expr {
	if p.at("*") {
		pos := p.tok.pos
		p.next()
		return &pyast.Starred{StarPos: pos, X: p.binary(0)}
	}
	return p.test()
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok.kind {
	case tName, tInt, tFloat, tString:
		return true
	case tKeyword:
		switch p.tok.text {
		case "True", "False", "None", "not", "lambda", "await", "yield":
			return true
		}
	case tOp:
		switch p.tok.text {
		case "(", "[", "{", "-", "+", "~", "*", "...":
			return true
		}
	}
	return false
}

// test parses a full expression: a lambda or a conditional expression.
func (p *parser) test() pyast.Expr {
	p.enter()
	defer p.leave()
	if p.at("lambda") {
		return p.lambda(true)
	}
	x := p.orTest()
	if p.at(":=") {
		p.f.syntaxErr(x.Start(), "assignment expressions (:=) are not supported by pyconc")
	}
	if !p.at("if") {
		return x
	}
	p.next()
	cond := p.orTest()
	if !p.got("else") {
		p.f.syntaxErr(x.Start(), "expected 'else' after 'if' expression")
	}
	return &pyast.IfExp{Then: x, Cond: cond, Else: p.test()}
}

// testNoCond parses the expression allowed in a comprehension's "if":
// a disjunction (or a lambda without a conditional body).
func (p *parser) testNoCond() pyast.Expr {
	if p.at("lambda") {
		return p.lambda(false)
	}
	return p.orTest()
}

// orTest parses "or" chains.
func (p *parser) orTest() pyast.Expr {
	x := p.andTest()
	for p.at("or") {
		pos := p.tok.pos
		p.next()
		x = &pyast.BoolOp{X: x, OpPos: pos, Op: "or", Y: p.andTest()}
	}
	return x
}

// andTest parses "and" chains.
func (p *parser) andTest() pyast.Expr {
	x := p.notTest()
	for p.at("and") {
		pos := p.tok.pos
		p.next()
		x = &pyast.BoolOp{X: x, OpPos: pos, Op: "and", Y: p.notTest()}
	}
	return x
}

// notTest parses "not" x and comparisons.
func (p *parser) notTest() pyast.Expr {
	if !p.at("not") {
		return p.comparison()
	}
	p.enter()
	defer p.leave()
	pos := p.tok.pos
	p.next()
	return &pyast.UnaryOp{OpPos: pos, Op: "not", X: p.notTest()}
}

// comparison parses a possibly chained comparison.
func (p *parser) comparison() pyast.Expr {
	x := p.binary(0)
	var cmp *pyast.Compare
	for {
		pos := p.tok.pos
		var op string
		switch {
		case p.tok.kind != tOp && p.tok.kind != tKeyword:
		case p.at("not") && p.peek().kind == tKeyword && p.peek().text == "in":
			p.next()
			op = "not in"
		case p.at("is") && p.peek().kind == tKeyword && p.peek().text == "not":
			p.next()
			op = "is not"
		case compareOps[p.tok.text]:
			op = p.tok.text
		}
		if op == "" {
			break
		}
		p.next()
		if cmp == nil {
			cmp = &pyast.Compare{Operands: []pyast.Expr{x}}
		}
		cmp.Ops = append(cmp.Ops, op)
		cmp.OpPos = append(cmp.OpPos, pos)
		cmp.Operands = append(cmp.Operands, p.binary(0))
	}
	if cmp == nil {
		return x
	}
	return cmp
}

// binary parses the binary operators of binaryLevels[level:].
func (p *parser) binary(level int) pyast.Expr {
	if level == len(binaryLevels) {
		return p.factor()
	}
	x := p.binary(level + 1)
	for p.tok.kind == tOp && isOneOf(p.tok.text, binaryLevels[level]) {
		pos, op := p.tok.pos, p.tok.text
		p.next()
		x = &pyast.BinOp{X: x, OpPos: pos, Op: op, Y: p.binary(level + 1)}
	}
	return x
}

// isOneOf reports whether s is in list.
func isOneOf(s string, list []string) bool {
	for _, x := range list {
		if s == x {
			return true
		}
	}
	return false
}

// factor parses unary - + ~ and powers.
func (p *parser) factor() pyast.Expr {
	if p.tok.kind == tOp && (p.at("-") || p.at("+") || p.at("~")) {
		p.enter()
		defer p.leave()
		pos, op := p.tok.pos, p.tok.text
		p.next()
		return &pyast.UnaryOp{OpPos: pos, Op: op, X: p.factor()}
	}
	return p.power()
}

// power parses primary ["**" factor]; ** binds to the right.
func (p *parser) power() pyast.Expr {
	if p.at("await") {
		p.f.syntaxErr(p.tok.pos, "'await' is not supported by pyconc")
	}
	x := p.primary()
	if p.at("**") {
		pos := p.tok.pos
		p.next()
		return &pyast.BinOp{X: x, OpPos: pos, Op: "**", Y: p.factor()}
	}
	return x
}

// primary parses an atom followed by attributes, subscripts and calls.
func (p *parser) primary() pyast.Expr {
	x := p.atom()
	for {
		switch {
		case p.at("."):
			dot := p.tok.pos
			p.next()
			name, pos := p.name()
			x = &pyast.Attribute{X: x, Dot: dot, NamePos: pos, Name: name}
		case p.at("("):
			x = p.call(x)
		case p.at("["):
			x = p.subscript(x)
		default:
			return x
		}
	}
}

// subscript parses X[index] where index may hold slices and tuples.
func (p *parser) subscript(x pyast.Expr) pyast.Expr {
	lbrack := p.tok.pos
	p.next()
	start := p.tok.pos
	first := p.sliceItem()
	index := first
	if p.at(",") {
		elts := []pyast.Expr{first}
		for p.got(",") && !p.at("]") {
			elts = append(elts, p.sliceItem())
		}
		index = &pyast.Tuple{Lparen: start, Elts: elts}
	}
	p.closeBracket("]", first)
	return &pyast.Subscript{X: x, Lbrack: lbrack, Index: index}
}

// sliceItem parses one index or lo:hi:step slice.
func (p *parser) sliceItem() pyast.Expr {
	var lo pyast.Expr
	if !p.at(":") {
		lo = p.starOrTest()
		if !p.at(":") {
			return lo
		}
	}
	s := &pyast.Slice{ColonPos: p.tok.pos, Lo: lo}
	p.next()
	if !p.at(":") && !p.at("]") && !p.at(",") {
		s.Hi = p.test()
	}
	if p.got(":") && !p.at("]") && !p.at(",") {
		s.Step = p.test()
	}
	return s
}

// closeBracket consumes the closing bracket of a display whose last
// element was last, with CPython's hint when a comma is missing.
func (p *parser) closeBracket(close string, last pyast.Expr) {
	if p.got(close) {
		return
	}
	if last != nil && p.missingComma(last) {
		p.f.syntaxErr(last.Start(), "invalid syntax. Perhaps you forgot a comma?")
	}
	p.invalid()
}

// missingComma reports whether the current token starts an expression
// right after x inside brackets, where CPython suggests a comma.
func (p *parser) missingComma(x pyast.Expr) bool {
	switch x.(type) {
	case *pyast.IfExp, *pyast.Lambda, *pyast.Starred, *pyast.Slice:
		return false
	}
	if _, ok := x.(*pyast.Name); ok && p.tok.kind == tString {
		return false
	}
	switch p.tok.kind {
	case tName, tInt, tFloat, tString:
		return true
	case tKeyword:
		return p.tok.text == "True" || p.tok.text == "False" || p.tok.text == "None" || p.tok.text == "lambda"
	}
	return p.at("{") || p.at("~")
}
