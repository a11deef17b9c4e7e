// This file defines the parsing of statements: the dispatch, simple
// statements and expression/assignment statements.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// augOps are the augmented assignment operators.
var augOps = map[string]bool{
	"+=": true, "-=": true, "*=": true, "/=": true, "//=": true, "%=": true, "**=": true,
	"@=": true, "&=": true, "|=": true, "^=": true, "<<=": true, ">>=": true,
}

// statement parses one statement line (a compound statement, or simple
// statements separated by ';').
func (p *parser) statement() []pyast.Stmt {
	if p.tok.kind == tKeyword {
		switch p.tok.text {
		case "if":
			return []pyast.Stmt{p.ifStmt()}
		case "while":
			return []pyast.Stmt{p.whileStmt()}
		case "for":
			return []pyast.Stmt{p.forStmt()}
		case "try":
			return []pyast.Stmt{p.tryStmt()}
		case "with":
			return []pyast.Stmt{p.withStmt()}
		case "def":
			return []pyast.Stmt{p.funcDef(nil)}
		case "class":
			return []pyast.Stmt{p.classDef(nil)}
		case "async":
			what := "async"
			if n := p.peek(); n.kind == tKeyword && (n.text == "def" || n.text == "for" || n.text == "with") {
				what += " " + n.text
			}
			p.f.syntaxErr(p.tok.pos, "'"+what+"' is not supported by pyconc")
		}
	}
	if p.at("@") {
		return []pyast.Stmt{p.decorated()}
	}
	if p.tok.kind == tName && p.tok.text == "match" {
		p.matchStmt()
	}
	return p.simpleStatements()
}

// simpleStatements parses simple statements separated by ';' up to the
// end of the line.
func (p *parser) simpleStatements() []pyast.Stmt {
	var list []pyast.Stmt
	for {
		list = append(list, p.simpleStatement())
		if !p.got(";") || p.tok.kind == tNewline {
			break
		}
	}
	if p.tok.kind != tNewline {
		p.invalid()
	}
	p.next()
	return list
}

// simpleStatement parses one simple statement.
func (p *parser) simpleStatement() pyast.Stmt {
	t := p.tok
	if t.kind == tOp && t.text == "..." {
		if n := p.peek(); n.kind == tNewline || n.kind == tOp && n.text == ";" {
			p.next()
			return &pyast.Pass{PassPos: t.pos}
		}
	}
	if t.kind == tKeyword {
		switch t.text {
		case "pass":
			p.next()
			return &pyast.Pass{PassPos: t.pos}
		case "break":
			p.next()
			if !p.inLoop {
				p.ctxError(t.pos, "'break' outside loop")
			}
			return &pyast.Break{BreakPos: t.pos}
		case "continue":
			p.next()
			if !p.inLoop {
				p.ctxError(t.pos, "'continue' not properly in loop")
			}
			return &pyast.Continue{ContinuePos: t.pos}
		case "return":
			return p.returnStmt()
		case "del":
			return p.delStmt()
		case "assert":
			p.next()
			a := &pyast.Assert{AssertPos: t.pos, Test: p.test()}
			if p.got(",") {
				a.Msg = p.test()
			}
			return a
		case "raise":
			p.next()
			r := &pyast.Raise{RaisePos: t.pos}
			if p.startsExpr() {
				r.Exc = p.test()
				if p.got("from") {
					r.Cause = p.test()
				}
			}
			return r
		case "global", "nonlocal":
			return p.globalStmt()
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStatement()
}

// returnStmt parses return [value].
func (p *parser) returnStmt() pyast.Stmt {
	r := &pyast.Return{ReturnPos: p.tok.pos}
	p.next()
	if !p.inFunc {
		p.ctxError(r.ReturnPos, "'return' outside function")
	}
	if p.startsExpr() {
		r.Value = p.exprList()
	}
	return r
}

// delStmt parses del t1, t2.
func (p *parser) delStmt() pyast.Stmt {
	d := &pyast.Del{DelPos: p.tok.pos}
	p.next()
	for {
		x := p.binary(0)
		p.checkTarget(x, "delete")
		d.Targets = append(d.Targets, x)
		if !p.got(",") || !p.startsExpr() {
			break
		}
	}
	return d
}

// globalStmt parses global/nonlocal a, b.
func (p *parser) globalStmt() pyast.Stmt {
	kw := p.tok
	p.next()
	var names []string
	for {
		name, _ := p.name()
		names = append(names, name)
		if !p.got(",") {
			break
		}
	}
	if kw.text == "global" {
		return &pyast.Global{GlobalPos: kw.pos, Names: names}
	}
	if !p.inFunc {
		p.ctxError(kw.pos, "nonlocal declaration not allowed at module level")
	}
	return &pyast.Nonlocal{NonlocalPos: kw.pos, Names: names}
}

// exprStatement parses an expression statement or an assignment.
func (p *parser) exprStatement() pyast.Stmt {
	var x pyast.Expr
	if p.at("yield") {
		x = p.yieldExpr()
	} else {
		x = p.exprListStar()
	}
	if s, ok := x.(*pyast.Starred); ok && !p.at("=") {
		p.f.syntaxErr(s.StarPos, "can't use starred expression here")
	}
	switch {
	case p.at("="):
		return p.assignment(x)
	case p.tok.kind == tOp && augOps[p.tok.text]:
		switch x.(type) {
		case *pyast.Name, *pyast.Attribute, *pyast.Subscript:
			if invalidTarget(x, false) != nil {
				p.f.syntaxErr(x.Start(), "cannot assign to "+exprName(x))
			}
		default:
			p.f.syntaxErr(x.Start(), "'"+exprName(x)+"' is an illegal expression for augmented assignment")
		}
		a := &pyast.AugAssign{Target: x, OpPos: p.tok.pos, Op: p.tok.text[:len(p.tok.text)-1]}
		p.next()
		a.Value = p.exprOrYield()
		return a
	case p.at(":"):
		switch t := x.(type) {
		case *pyast.Name, *pyast.Attribute, *pyast.Subscript:
		case *pyast.Tuple:
			if !t.Paren || len(t.Elts) != 1 {
				p.f.syntaxErr(x.Start(), "only single target (not tuple) can be annotated")
			}
		case *pyast.List:
			p.f.syntaxErr(x.Start(), "only single target (not list) can be annotated")
		default:
			p.f.syntaxErr(x.Start(), "illegal target for annotation")
		}
		p.next()
		a := &pyast.AnnAssign{Target: x, Annotation: p.test()}
		if p.got("=") {
			a.Value = p.exprOrYield()
		}
		return a
	}
	if n, ok := x.(*pyast.Name); ok && (n.Id == "print" || n.Id == "exec") && p.startsExpr() && !p.at("-") && !p.at("+") && !p.at("*") {
		p.f.syntaxErr(n.NamePos, "Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
	}
	return &pyast.ExprStmt{X: x}
}

// exprOrYield parses a yield expression or an expression list.
func (p *parser) exprOrYield() pyast.Expr {
	if p.at("yield") {
		return p.yieldExpr()
	}
	return p.exprList()
}

// assignment parses the rest of "x = ... = value" after its first target.
func (p *parser) assignment(first pyast.Expr) pyast.Stmt {
	a := &pyast.Assign{Targets: []pyast.Expr{first}, EqPos: p.tok.pos}
	p.next()
	value := p.exprOrYield()
	p.checkFirstTarget(first, !p.at("="))
	for p.at("=") {
		p.checkTarget(value, "assign to")
		a.Targets = append(a.Targets, value)
		p.next()
		value = p.exprOrYield()
	}
	a.Value = value
	return a
}
