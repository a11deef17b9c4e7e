// This file defines the parsing of decorators, def and class.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// decorated parses decorators and the def or class they decorate.
func (p *parser) decorated() pyast.Stmt {
	var decos []pyast.Expr
	for p.at("@") {
		p.next()
		decos = append(decos, p.test())
		if p.tok.kind != tNewline {
			p.invalid()
		}
		p.next()
	}
	switch {
	case p.at("def"):
		return p.funcDef(decos)
	case p.at("class"):
		return p.classDef(decos)
	case p.at("async"):
		p.f.syntaxErr(p.tok.pos, "'async def' is not supported by pyconc")
	}
	p.invalid()
	return nil
}

// funcDef parses def name(params) [-> ret]: body.
func (p *parser) funcDef(decos []pyast.Expr) pyast.Stmt {
	d := &pyast.FunctionDef{Decorators: decos, DefPos: p.tok.pos}
	p.next()
	d.Name, d.NamePos = p.name()
	if !p.at("(") {
		if p.tok.kind == tNewline || p.at(":") {
			p.f.syntaxErr(p.tok.pos, "expected '('")
		}
		p.invalid()
	}
	p.next()
	d.Params = p.params(")", true)
	p.next()
	if p.got("->") {
		p.test()
	}
	p.expectColon()
	leave := p.enterScope(true)
	d.Body = p.block(header("def", d.DefPos))
	leave()
	return d
}

// classDef parses class name[(bases, keywords)]: body.
func (p *parser) classDef(decos []pyast.Expr) pyast.Stmt {
	c := &pyast.ClassDef{Decorators: decos, ClassPos: p.tok.pos}
	p.next()
	c.Name, c.NamePos = p.name()
	if p.at("(") {
		p.next()
		args, _ := p.arguments(false)
		for _, a := range args {
			switch {
			case a.Name != "":
				c.Keywords = append(c.Keywords, a)
			case a.Star != 0:
				p.f.syntaxErr(a.ArgPos, "unpacking in class bases is not supported by pyconc")
			default:
				c.Bases = append(c.Bases, a.Value)
			}
		}
	}
	p.expectColon()
	leave := p.enterScope(false)
	c.Body = p.block(header("class", c.ClassPos))
	leave()
	return c
}

// enterScope starts the body of a def or lambda (inFunc) or of a class:
// no loop of the enclosing code encloses it. leave restores the context.
func (p *parser) enterScope(inFunc bool) (leave func()) {
	saveFunc, saveLoop := p.inFunc, p.inLoop
	p.inFunc, p.inLoop = inFunc, false
	return func() { p.inFunc, p.inLoop = saveFunc, saveLoop }
}
