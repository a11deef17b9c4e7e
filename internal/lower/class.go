// This file defines the lowering of class statements: the body becomes a
// hidden function returning the class namespace, passed to __pc_class.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// classDef lowers
//
//	class C(B1, B2): body
//
// to
//
//	def __pc_class_C(): body; return {"name": value, ...}
//	C = __pc_class("C", (B1, B2), __pc_class_C(), __name__, "qualname")
//
// with the decorators applied to the class, innermost first.
func (l *lowerer) classDef(s *pyast.ClassDef) []syntax.Stmt {
	p := s.ClassPos
	for _, k := range s.Keywords {
		l.errs.Add(k.ArgPos, "class keyword arguments are not supported by pyconc")
	}
	decs := l.exprs(s.Decorators)
	var bases syntax.Expr
	if starIndex(s.Bases) >= 0 {
		bases = l.tupleDisplay(p, s.Bases)
	} else {
		bases = tuple(p, l.exprs(s.Bases)...)
	}
	cs := l.a.scopes[s]
	var body []syntax.Stmt
	l.inScope(cs, func() { body = l.classBody(cs, s, p) })
	fname := hidden.ClassBodyPrefix + s.Name
	d := def(fname, p, nil, body)
	d.Name.NamePos = s.NamePos
	module := l.moduleName(p)
	var v syntax.Expr = hcall(hidden.Class, p, str(s.Name, s.NamePos), bases,
		call(ident(fname, p), p), module, str(qualname(cs), s.NamePos))
	for i := len(decs) - 1; i >= 0; i-- {
		v = call(decs[i], syntax.Start(decs[i]), v)
	}
	return []syntax.Stmt{d, l.storeName(s.Name, v, s.NamePos)}
}

// moduleName returns the expression for the module's __name__.
func (l *lowerer) moduleName(p pos) syntax.Expr {
	if b := l.a.module.bindings["__name__"]; b != nil {
		if b.cell {
			return cellv(b.star, p)
		}
		return ident(b.star, p)
	}
	return ident("__name__", p)
}

// qualname returns the qualified name of a class scope.
func qualname(s *scope) string {
	q := s.name
	for p := s.parent; p != nil && p.kind != moduleScope; p = p.parent {
		switch p.kind {
		case classScope:
			q = p.name + "." + q
		case funcScope, lambdaScope:
			q = p.name + ".<locals>." + q
		}
	}
	return q
}

// classBody lowers the statements of a class body and builds the namespace.
func (l *lowerer) classBody(cs *scope, s *pyast.ClassDef, p pos) []syntax.Stmt {
	var out []syntax.Stmt
	doc, rest := splitDoc(s.Body)
	if doc != nil {
		out = append(out, l.stmt(doc)...)
	}
	out = append(out, l.cellPreamble(cs, p)...)
	conditional := false
	for _, b := range cs.order {
		if b.conditional {
			conditional = true
			out = append(out, l.storeName(b.name, ident(hidden.Del, p), p))
		}
	}
	out = append(out, l.stmts(rest)...)
	var entries []syntax.Expr
	if doc != nil {
		entries = append(entries, &syntax.DictEntry{Key: str("__doc__", p), Colon: p, Value: l.expr(doc.(*pyast.ExprStmt).X)})
	}
	if !conditional {
		for _, b := range cs.order {
			entries = append(entries, &syntax.DictEntry{Key: str(b.name, p), Colon: p, Value: l.load(b.name, p)})
		}
		return append(out, ret(&syntax.DictExpr{Lbrace: p, List: entries, Rbrace: p}, p))
	}
	// Some names may be left unbound: add each one only if it was bound.
	ns := hidden.NSVar
	out = append(out, assign(ident(ns, p), &syntax.DictExpr{Lbrace: p, List: entries, Rbrace: p}, p))
	for _, b := range cs.order {
		set := assign(index(ident(ns, p), str(b.name, p), p), l.load(b.name, p), p)
		if b.conditional {
			out = append(out, ifStmt(binary(l.load(b.name, p), syntax.NEQ, ident(hidden.Del, p), p), []syntax.Stmt{set}, nil, p))
		} else {
			out = append(out, set)
		}
	}
	return append(out, ret(ident(ns, p), p))
}
