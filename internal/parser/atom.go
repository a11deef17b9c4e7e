// This file defines the parsing of atoms: names, literals, and the
// bracketed forms (tuples, lists, dicts, sets, comprehensions).

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// atom parses a name, a literal or a bracketed expression.
func (p *parser) atom() pyast.Expr {
	t := p.tok
	switch t.kind {
	case tName:
		p.next()
		return &pyast.Name{NamePos: t.pos, Id: t.text}
	case tKeyword:
		switch t.text {
		case "True", "False", "None":
			p.next()
			return &pyast.Name{NamePos: t.pos, Id: t.text}
		case "yield":
			return p.yieldExpr()
		}
	case tInt:
		p.next()
		return &pyast.Int{ValuePos: t.pos, Raw: t.text, Value: t.val}
	case tFloat:
		p.next()
		return &pyast.Float{ValuePos: t.pos, Raw: t.text, Value: t.val.(float64)}
	case tString:
		return p.strings()
	case tOp:
		switch t.text {
		case "(":
			return p.parenForm()
		case "[":
			return p.listForm()
		case "{":
			return p.braceForm()
		case "...":
			p.f.syntaxErr(t.pos, "'...' (Ellipsis) is not supported by pyconc")
		}
	}
	p.invalid()
	return nil
}

// yieldExpr parses a yield expression, which pyconc does not support.
func (p *parser) yieldExpr() pyast.Expr {
	pos := p.tok.pos
	if p.inFunc {
		p.f.syntaxErr(pos, "'yield' is not supported by pyconc (generators)")
	}
	p.next()
	p.got("from")
	if p.startsExpr() {
		p.exprList()
	}
	p.ctxError(pos, "'yield' outside function")
	return &pyast.Name{NamePos: pos, Id: "yield"}
}

// parenForm parses (), (x), (x,), (x, y) and (x for ...).
func (p *parser) parenForm() pyast.Expr {
	lparen := p.tok.pos
	p.next()
	if p.got(")") {
		return &pyast.Tuple{Lparen: lparen, Paren: true}
	}
	if p.at("yield") {
		x := p.yieldExpr()
		p.expect(")")
		return x
	}
	first := p.starOrTest()
	if p.at("for") {
		p.noStarInComp(first)
		c := &pyast.Comprehension{Kind: "gen", OpenPos: lparen, Elt: first, Clauses: p.compClauses()}
		p.closeBracket(")", nil)
		return c
	}
	if p.got(")") {
		if s, ok := first.(*pyast.Starred); ok {
			p.f.syntaxErr(s.StarPos, "cannot use starred expression here")
		}
		return first
	}
	elts, last := p.displayItems(first, ")")
	p.closeBracket(")", last)
	return &pyast.Tuple{Lparen: lparen, Elts: elts, Paren: true}
}

// displayItems parses the items after first of a list, tuple or set
// display, up to (not including) close. It returns the items and the
// last one parsed, for the missing-comma hint. A one-item tuple needs
// its comma; a missing one is reported by closeBracket.
func (p *parser) displayItems(first pyast.Expr, close string) ([]pyast.Expr, pyast.Expr) {
	elts := []pyast.Expr{first}
	last := first
	for p.at(",") {
		p.next()
		if p.at(close) {
			return elts, nil
		}
		last = p.starOrTest()
		elts = append(elts, last)
	}
	return elts, last
}

// listForm parses [...] displays and list comprehensions.
func (p *parser) listForm() pyast.Expr {
	lbrack := p.tok.pos
	p.next()
	if p.got("]") {
		return &pyast.List{Lbrack: lbrack}
	}
	c, elts := p.elements("list", lbrack, p.starOrTest(), "]")
	if c != nil {
		return c
	}
	return &pyast.List{Lbrack: lbrack, Elts: elts}
}

// elements parses the rest of a list or set display whose first element
// is parsed, up to its closing bracket: a comprehension of kind (c), or
// the elements.
func (p *parser) elements(kind string, open pyast.Pos, first pyast.Expr, closer string) (c *pyast.Comprehension, elts []pyast.Expr) {
	if p.at("for") {
		p.noStarInComp(first)
		c = &pyast.Comprehension{Kind: kind, OpenPos: open, Elt: first, Clauses: p.compClauses()}
		p.closeBracket(closer, nil)
		return c, nil
	}
	elts, last := p.displayItems(first, closer)
	p.closeBracket(closer, last)
	return nil, elts
}

// braceForm parses dict and set displays and comprehensions.
func (p *parser) braceForm() pyast.Expr {
	lbrace := p.tok.pos
	p.next()
	if p.got("}") {
		return &pyast.Dict{Lbrace: lbrace}
	}
	if p.at("**") {
		return p.dictItems(lbrace, nil, nil)
	}
	first := p.starOrTest()
	if p.at(":") {
		if _, ok := first.(*pyast.Starred); ok {
			p.invalid()
		}
		p.next()
		value := p.test()
		if p.at("for") {
			c := &pyast.Comprehension{Kind: "dict", OpenPos: lbrace, Elt: first, Value: value, Clauses: p.compClauses()}
			p.closeBracket("}", nil)
			return c
		}
		return p.dictItems(lbrace, first, value)
	}
	c, elts := p.elements("set", lbrace, first, "}")
	if c != nil {
		return c
	}
	return &pyast.Set{Lbrace: lbrace, Elts: elts}
}

// dictItems parses the rest of a dict display; key and value are its
// first item, if already parsed.
func (p *parser) dictItems(lbrace pyast.Pos, key, value pyast.Expr) pyast.Expr {
	d := &pyast.Dict{Lbrace: lbrace}
	if value != nil {
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, value)
		if !p.got(",") {
			p.closeBracket("}", value)
			return d
		}
	}
	for !p.at("}") {
		var last pyast.Expr
		if p.got("**") {
			last = p.binary(0)
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, last)
		} else {
			k := p.test()
			if !p.at(":") {
				if p.at(",") || p.at("}") {
					p.f.syntaxErr(k.Start(), "':' expected after dictionary key")
				}
				p.closeBracket("}", k)
			}
			p.next()
			last = p.test()
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, last)
		}
		if !p.got(",") {
			p.closeBracket("}", last)
			return d
		}
	}
	p.next()
	return d
}

// noStarInComp rejects *x as the element of a comprehension.
func (p *parser) noStarInComp(x pyast.Expr) {
	if s, ok := x.(*pyast.Starred); ok {
		p.f.syntaxErr(s.StarPos, "iterable unpacking cannot be used in comprehension")
	}
}

// compClauses parses the for/if clauses of a comprehension.
func (p *parser) compClauses() []*pyast.CompClause {
	var clauses []*pyast.CompClause
	for p.at("for") {
		c := &pyast.CompClause{ForPos: p.tok.pos}
		p.next()
		c.Target = p.targetList("in")
		p.checkTarget(c.Target, "assign to")
		p.expect("in")
		c.Iter = p.orTest()
		for p.at("if") {
			p.next()
			c.Ifs = append(c.Ifs, p.testNoCond())
		}
		clauses = append(clauses, c)
	}
	return clauses
}

// targetList parses the target of a for loop or comprehension: a
// comma-separated list of starred or plain bitwise-or expressions,
// stopping before the keyword stop.
func (p *parser) targetList(stop string) pyast.Expr {
	start := p.tok.pos
	first := p.targetItem()
	if !p.at(",") {
		return first
	}
	elts := []pyast.Expr{first}
	for p.got(",") && !p.at(stop) {
		elts = append(elts, p.targetItem())
	}
	return &pyast.Tuple{Lparen: start, Elts: elts}
}

// targetItem parses one item of a target list.
func (p *parser) targetItem() pyast.Expr {
	if p.at("*") {
		pos := p.tok.pos
		p.next()
		return &pyast.Starred{StarPos: pos, X: p.binary(0)}
	}
	return p.binary(0)
}
