// This file defines the parsing of parameter lists of def and lambda.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// params parses parameters up to (not including) the token end (")"
// for def, ":" for lambda). Annotations are allowed (and dropped) when
// annotated is true. The positional-only marker "/" is dropped.
func (p *parser) params(end string, annotated bool) []*pyast.Param {
	var params []*pyast.Param
	kind := pyast.ParamNormal
	sawDefault, sawKwArgs := false, false
	var bareStar *pyast.Param
	seen := map[string]bool{}
	for !p.at(end) {
		if sawKwArgs {
			p.f.syntaxErr(p.tok.pos, "arguments cannot follow var-keyword argument")
		}
		switch {
		case p.at("/"):
			if len(params) == 0 || kind != pyast.ParamNormal {
				p.invalid()
			}
			p.next()
		case p.at("*"):
			starPos := p.tok.pos
			p.next()
			if kind != pyast.ParamNormal {
				p.f.syntaxErr(starPos, "* argument may appear only once")
			}
			kind = pyast.ParamKwOnly
			if p.at(",") || p.at(end) {
				bareStar = &pyast.Param{NamePos: starPos, Kind: pyast.ParamStar}
				params = append(params, bareStar)
				if p.at(end) || p.peek().kind == tOp && (p.peek().text == "**" || p.peek().text == end) {
					p.f.syntaxErr(starPos, "named arguments must follow bare *")
				}
				break
			}
			params = append(params, p.param(pyast.ParamVarArgs, annotated, seen))
		case p.at("**"):
			p.next()
			params = append(params, p.param(pyast.ParamKwArgs, annotated, seen))
			sawKwArgs = true
		default:
			prm := p.param(kind, annotated, seen)
			if p.got("=") {
				prm.Default = p.test()
				if kind == pyast.ParamNormal {
					sawDefault = true
				}
			} else if sawDefault && kind == pyast.ParamNormal {
				p.f.syntaxErr(prm.NamePos, "non-default argument follows default argument")
			}
			params = append(params, prm)
		}
		if !p.got(",") {
			break
		}
	}
	if !p.at(end) {
		p.invalid()
	}
	return params
}

// param parses one parameter name and its optional annotation.
func (p *parser) param(kind pyast.ParamKind, annotated bool, seen map[string]bool) *pyast.Param {
	name, pos := p.name()
	if seen[name] {
		p.ctxError(pos, "duplicate argument '"+name+"' in function definition")
	}
	seen[name] = true
	if annotated && p.got(":") {
		p.test()
	}
	return &pyast.Param{NamePos: pos, Name: name, Kind: kind}
}

// lambda parses "lambda params: body"; the body is a full expression
// when full, else a disjunction (inside a comprehension's "if").
func (p *parser) lambda(full bool) pyast.Expr {
	l := &pyast.Lambda{LambdaPos: p.tok.pos}
	p.next()
	l.Params = p.params(":", false)
	p.next()
	leave := p.enterScope(true)
	if full {
		l.Body = p.test()
	} else {
		l.Body = p.testNoCond()
	}
	leave()
	return l
}
