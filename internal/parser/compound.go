// This file defines the parsing of if, while, for, try and with.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// ifStmt parses if/elif/else; the keyword at p.tok is "if" or "elif".
func (p *parser) ifStmt() pyast.Stmt {
	kw := p.tok
	s := &pyast.If{IfPos: kw.pos}
	p.next()
	s.Cond = p.test()
	p.expectColon()
	s.Body = p.block(header(kw.text, kw.pos))
	switch {
	case p.at("elif"):
		s.Else = []pyast.Stmt{p.ifStmt()}
	case p.at("else"):
		s.Else = p.elseBlock()
	}
	return s
}

// elseBlock parses "else: body".
func (p *parser) elseBlock() []pyast.Stmt {
	kw := p.tok
	p.next()
	p.expectColon()
	return p.block(header("else", kw.pos))
}

// whileStmt parses while/else.
func (p *parser) whileStmt() pyast.Stmt {
	s := &pyast.While{WhilePos: p.tok.pos}
	p.next()
	s.Cond = p.test()
	p.expectColon()
	s.Body = p.loopBody(header("while", s.WhilePos))
	if p.at("else") {
		s.Else = p.elseBlock()
	}
	return s
}

// forStmt parses for/else.
func (p *parser) forStmt() pyast.Stmt {
	s := &pyast.For{ForPos: p.tok.pos}
	p.next()
	s.Target = p.targetList("in")
	p.checkTarget(s.Target, "assign to")
	p.expect("in")
	s.Iter = p.exprList()
	p.expectColon()
	s.Body = p.loopBody(header("for", s.ForPos))
	if p.at("else") {
		s.Else = p.elseBlock()
	}
	return s
}

// tryStmt parses try/except/else/finally.
func (p *parser) tryStmt() pyast.Stmt {
	s := &pyast.Try{TryPos: p.tok.pos}
	p.next()
	p.expectColon()
	s.Body = p.block(header("try", s.TryPos))
	for p.at("except") {
		h := &pyast.ExceptHandler{ExceptPos: p.tok.pos}
		p.next()
		if p.at("*") {
			p.f.syntaxErr(h.ExceptPos, "'except*' is not supported by pyconc")
		}
		if !p.at(":") {
			h.Type = p.test()
			if p.at(",") {
				p.f.syntaxErr(h.Type.Start(), "multiple exception types must be parenthesized")
			}
			if p.got("as") {
				h.Name, _ = p.name()
			}
		}
		p.expectColon()
		h.Body = p.block(header("except", h.ExceptPos))
		s.Handlers = append(s.Handlers, h)
	}
	if p.at("else") {
		if len(s.Handlers) == 0 {
			p.invalid()
		}
		s.Else = p.elseBlock()
	}
	if p.at("finally") {
		kw := p.tok
		p.next()
		p.expectColon()
		s.Finally = p.block(header("finally", kw.pos))
	}
	if len(s.Handlers) == 0 && s.Finally == nil {
		p.f.syntaxErr(p.tok.pos, "expected 'except' or 'finally' block")
	}
	return s
}

// withStmt parses with items: body, including the parenthesised form.
func (p *parser) withStmt() pyast.Stmt {
	s := &pyast.With{WithPos: p.tok.pos}
	p.next()
	if p.at("(") && !isOp(p.peekAt(1), ")") && p.parenthesisedWith() {
		p.next()
		for !p.at(")") {
			s.Items = append(s.Items, p.withItem())
			if !p.got(",") {
				break
			}
		}
		p.expect(")")
	} else {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.got(",") {
				break
			}
		}
	}
	p.expectColon()
	s.Body = p.block(header("with", s.WithPos))
	return s
}

// withItem parses "context [as target]".
func (p *parser) withItem() *pyast.WithItem {
	it := &pyast.WithItem{Context: p.test()}
	if p.got("as") {
		it.Vars = p.targetItem()
		p.checkTarget(it.Vars, "assign to")
	}
	return it
}

// parenthesisedWith reports whether the '(' after "with" opens the
// 3.10 form "with (a as b, c):" rather than an expression: it looks
// ahead, without consuming, for an "as" at depth 1 or for ")" ":".
func (p *parser) parenthesisedWith() bool {
	depth := 0
	for i := 0; ; i++ {
		t := p.peekAt(i)
		if t.kind == tEOF || t.kind == tNewline {
			return false
		}
		if t.kind == tOp {
			switch t.text {
			case "(", "[", "{":
				depth++
			case ")", "]", "}":
				depth--
				if depth == 0 {
					n := p.peekAt(i + 1)
					return n.kind == tOp && n.text == ":"
				}
			}
		}
		if t.kind == tKeyword && t.text == "as" && depth == 1 {
			return true
		}
	}
}

// matchStmt reports a match statement: "match" (a soft keyword) at the
// start of a line that ends with ':', followed by a subject expression.
func (p *parser) matchStmt() {
	if n := p.peekAt(1); n.kind == tOp && n.text != "(" && n.text != "[" && n.text != "{" && n.text != "-" && n.text != "*" && n.text != "~" {
		return
	} else if n.kind == tNewline || n.kind == tEOF || n.kind == tKeyword && (n.text == "in" || n.text == "is" || n.text == "and" || n.text == "or" || n.text == "if") {
		return
	}
	for i := 1; ; i++ {
		t := p.peekAt(i)
		if t.kind == tNewline || t.kind == tEOF {
			last := p.peekAt(i - 1)
			if last.kind == tOp && last.text == ":" {
				p.f.syntaxErr(p.tok.pos, "'match' statements are not supported by pyconc")
			}
			return
		}
	}
}

// isOp reports whether t is the operator s.
func isOp(t token, s string) bool { return t.kind == tOp && t.text == s }
