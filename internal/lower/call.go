// This file defines the lowering of calls (argument unpacking, routed
// methods, super()) and of displays with * and ** unpacking.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// call lowers Fn(Args...).
func (l *lowerer) call(c *pyast.Call) syntax.Expr {
	if info := l.a.supers[c]; info != nil && l.binding("super") == nil && l.isPredeclared("super") {
		return l.superCall(c, info)
	}
	var args []syntax.Expr
	fn := syntax.Expr(nil)
	if at, ok := c.Fn.(*pyast.Attribute); ok && hidden.RoutedMethods[at.Name] {
		fn = ident(hidden.Method, at.NamePos)
		args = append(args, l.expr(at.X), str(at.Name, at.NamePos))
	} else {
		fn = l.expr(c.Fn)
	}
	args = append(args, l.args(c.Args)...)
	return &syntax.CallExpr{Fn: fn, Lparen: c.Lparen, Args: args, Rparen: c.Rparen}
}

// superCall lowers a no-argument super().
func (l *lowerer) superCall(c *pyast.Call, info *superInfo) syntax.Expr {
	p := c.Lparen
	msg := ""
	switch {
	case info.fn == nil || info.class == nil:
		msg = "super(): __class__ cell not found"
	case info.self == "":
		msg = "super(): no arguments"
	}
	if msg != "" {
		return hcall(hidden.Raise, p, call(l.load("RuntimeError", p), p, str(msg, p)))
	}
	return hcall(hidden.Super, p, l.load(info.class.name, p), l.load(info.self, p))
}

// args lowers call arguments into Starlark's order: positional, keyword,
// one *args, one **kwargs. Positional arguments after a *x and several
// *x are merged into one list; keywords after a **m and several **m are
// merged by __pc_dictmerge.
func (l *lowerer) args(alist []*pyast.Arg) []syntax.Expr {
	var pos, kw []syntax.Expr
	var starParts, kwParts []syntax.Expr
	var chunk *syntax.ListExpr
	var kwChunk *syntax.DictExpr
	var firstStar, firstKw syntax.Expr // the lone *x / **m when there is just one
	for _, a := range alist {
		p := a.ArgPos
		switch {
		case a.Star == 1:
			v := l.expr(a.Value)
			if len(starParts) == 0 {
				firstStar = v
			} else {
				firstStar = nil
			}
			starParts = append(starParts, hcall(hidden.List, p, v))
			chunk = nil
		case a.Star == 2:
			v := l.expr(a.Value)
			if len(kwParts) == 0 {
				firstKw = v
			} else {
				firstKw = nil
			}
			kwParts = append(kwParts, v)
			kwChunk = nil
		case a.Name != "":
			v := l.expr(a.Value)
			if len(kwParts) == 0 {
				kw = append(kw, binary(ident(a.Name, p), syntax.EQ, v, p))
				continue
			}
			if kwChunk == nil {
				kwChunk = &syntax.DictExpr{Lbrace: p, Rbrace: p}
				kwParts = append(kwParts, kwChunk)
				firstKw = nil
			}
			kwChunk.List = append(kwChunk.List, &syntax.DictEntry{Key: str(a.Name, p), Colon: p, Value: v})
		default:
			v := l.expr(a.Value)
			if len(starParts) == 0 {
				pos = append(pos, v)
				continue
			}
			if chunk == nil {
				chunk = list(p)
				starParts = append(starParts, chunk)
				firstStar = nil
			}
			chunk.List = append(chunk.List, v)
		}
	}
	out := append(pos, kw...)
	if len(starParts) > 0 {
		var x syntax.Expr
		if firstStar != nil {
			x = firstStar
		} else {
			x = starParts[0]
			for _, part := range starParts[1:] {
				x = binary(x, syntax.PLUS, part, syntax.Start(part))
			}
		}
		out = append(out, &syntax.UnaryExpr{OpPos: syntax.Start(x), Op: syntax.STAR, X: x})
	}
	if len(kwParts) > 0 {
		x := firstKw
		if x == nil {
			x = hcall(hidden.DictMerge, syntax.Start(kwParts[0]), kwParts...)
		}
		out = append(out, &syntax.UnaryExpr{OpPos: syntax.Start(x), Op: syntax.STARSTAR, X: x})
	}
	return out
}

// seqParts lowers display elements into pieces to concatenate: lists of
// plain elements and, for each *x, conv(x).
func (l *lowerer) seqParts(p pos, elts []pyast.Expr, conv string, mk func(pos) syntax.Expr, add func(syntax.Expr, syntax.Expr)) []syntax.Expr {
	var parts []syntax.Expr
	var cur syntax.Expr
	for _, e := range elts {
		if s, ok := e.(*pyast.Starred); ok {
			parts = append(parts, hcall(conv, s.StarPos, l.expr(s.X)))
			cur = nil
			continue
		}
		if cur == nil {
			cur = mk(e.Start())
			parts = append(parts, cur)
		}
		add(cur, l.expr(e))
	}
	if len(parts) == 0 {
		parts = append(parts, mk(p))
	}
	return parts
}

// concat joins parts with +.
func concat(parts []syntax.Expr) syntax.Expr {
	x := parts[0]
	for _, part := range parts[1:] {
		x = binary(x, syntax.PLUS, part, syntax.Start(part))
	}
	return x
}

// listDisplay lowers [a, *b, c].
func (l *lowerer) listDisplay(p pos, elts []pyast.Expr) syntax.Expr {
	if starIndex(elts) < 0 {
		return list(p, l.exprs(elts)...)
	}
	return concat(l.seqParts(p, elts, hidden.List,
		func(p pos) syntax.Expr { return list(p) },
		func(c, x syntax.Expr) { c.(*syntax.ListExpr).List = append(c.(*syntax.ListExpr).List, x) }))
}

// tupleDisplay lowers (a, *b, c).
func (l *lowerer) tupleDisplay(p pos, elts []pyast.Expr) syntax.Expr {
	if starIndex(elts) < 0 {
		return tuple(p, l.exprs(elts)...)
	}
	return concat(l.seqParts(p, elts, hidden.Tuple,
		func(p pos) syntax.Expr { return tuple(p) },
		func(c, x syntax.Expr) { c.(*syntax.TupleExpr).List = append(c.(*syntax.TupleExpr).List, x) }))
}

// dictDisplay lowers {k: v, **m}. Starlark rejects a repeated key in one
// display where Python keeps the last value: a repeated literal key starts
// a new display, and the displays are merged.
func (l *lowerer) dictDisplay(e *pyast.Dict) syntax.Expr {
	var parts []syntax.Expr
	var cur *syntax.DictExpr
	var seen map[interface{}]bool // literal keys of cur
	merge := false
	for i, k := range e.Keys {
		if k == nil {
			parts = append(parts, l.expr(e.Values[i]))
			cur = nil
			merge = true
			continue
		}
		lit, isLit := literalKey(k)
		if cur != nil && isLit && seen[lit] {
			cur = nil
			merge = true
		}
		if cur == nil {
			cur = &syntax.DictExpr{Lbrace: k.Start(), Rbrace: k.Start()}
			parts = append(parts, cur)
			seen = map[interface{}]bool{}
		}
		if isLit {
			seen[lit] = true
		}
		key := l.expr(k)
		cur.List = append(cur.List, &syntax.DictEntry{Key: key, Colon: k.Start(), Value: l.expr(e.Values[i])})
	}
	if !merge {
		if len(parts) == 0 {
			return &syntax.DictExpr{Lbrace: e.Lbrace, Rbrace: e.Lbrace}
		}
		return parts[0]
	}
	return hcall(hidden.DictMerge, e.Lbrace, parts...)
}

// literalKey returns the value of a string or integer literal key.
func literalKey(k pyast.Expr) (interface{}, bool) {
	switch k := k.(type) {
	case *pyast.Str:
		return k.Value, true
	case *pyast.Int:
		if v, ok := literalInt(k.Value).(int64); ok {
			return v, true
		}
	}
	return nil, false
}
