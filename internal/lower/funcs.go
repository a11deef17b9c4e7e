// This file defines the lowering of def statements, lambdas and parameters.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// params lowers parameters; defaults are lowered in the current scope.
func (l *lowerer) params(list []*pyast.Param) []syntax.Expr {
	var out []syntax.Expr
	for _, p := range list {
		var x syntax.Expr
		switch p.Kind {
		case pyast.ParamStar:
			x = &syntax.UnaryExpr{OpPos: p.NamePos, Op: syntax.STAR}
		case pyast.ParamVarArgs:
			x = &syntax.UnaryExpr{OpPos: p.NamePos, Op: syntax.STAR, X: ident(p.Name, p.NamePos)}
		case pyast.ParamKwArgs:
			x = &syntax.UnaryExpr{OpPos: p.NamePos, Op: syntax.STARSTAR, X: ident(p.Name, p.NamePos)}
		default:
			x = ident(p.Name, p.NamePos)
			if p.Default != nil {
				x = binary(x, syntax.EQ, l.expr(p.Default), p.NamePos)
			}
		}
		out = append(out, x)
	}
	return out
}

// inScope emits code of scope s (a new Starlark function) with fn.
func (l *lowerer) inScope(s *scope, fn func()) {
	cur, fr, ctx := l.cur, l.frame, l.fn
	l.cur, l.frame, l.fn = s, nil, &fnCtx{}
	fn()
	l.cur, l.frame, l.fn = cur, fr, ctx
}

// funcDef lowers a def statement: def f(...): body, then the decorators,
// innermost first. A decorated function, or one stored in a cell, is
// defined under a mangled name first (the runtime shows it unmangled).
func (l *lowerer) funcDef(s *pyast.FunctionDef) []syntax.Stmt {
	p := s.DefPos
	decs := l.exprs(s.Decorators)
	params := l.params(s.Params)
	fs := l.a.scopes[s]
	var body []syntax.Stmt
	l.inScope(fs, func() {
		doc, rest := splitDoc(s.Body)
		if doc != nil {
			body = append(body, l.stmt(doc)...)
		}
		body = append(body, l.cellPreamble(fs, p)...)
		body = append(body, l.stmts(rest)...)
	})
	b := l.binding(s.Name)
	if b == nil {
		bug(s.NamePos, "def without binding")
		return nil
	}
	if len(decs) == 0 && !b.cell {
		d := def(l.storeExpr(s.Name, s.NamePos).(*syntax.Ident).Name, p, params, body)
		d.Name.NamePos = s.NamePos
		return []syntax.Stmt{d}
	}
	tmp := hidden.MangledPrefix + b.star
	d := def(tmp, p, params, body)
	d.Name.NamePos = s.NamePos
	var v syntax.Expr = ident(tmp, s.NamePos)
	for i := len(decs) - 1; i >= 0; i-- {
		v = call(decs[i], syntax.Start(decs[i]), v)
	}
	return []syntax.Stmt{d, l.storeName(s.Name, v, s.NamePos)}
}

// lambda lowers a lambda expression.
func (l *lowerer) lambda(e *pyast.Lambda) syntax.Expr {
	params := l.params(e.Params)
	var body syntax.Expr
	l.inScope(l.a.scopes[e], func() { body = l.expr(e.Body) })
	return &syntax.LambdaExpr{Lambda: e.LambdaPos, Params: params, Body: body}
}
