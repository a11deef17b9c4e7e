// This file defines the lowering of expressions other than calls,
// displays, comparisons and f-strings.

package lower

import (
	"fmt"
	"strconv"

	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// binOps maps Python's binary operators that Starlark has natively.
var binOps = map[string]syntax.Token{
	"+": syntax.PLUS, "-": syntax.MINUS, "*": syntax.STAR, "/": syntax.SLASH,
	"//": syntax.SLASHSLASH, "%": syntax.PERCENT, "&": syntax.AMP, "|": syntax.PIPE,
	"^": syntax.CIRCUMFLEX, "<<": syntax.LTLT, ">>": syntax.GTGT,
}

// unaryOps maps Python's unary operators.
var unaryOps = map[string]syntax.Token{
	"-": syntax.MINUS, "+": syntax.PLUS, "~": syntax.TILDE, "not": syntax.NOT,
}

// exprs lowers a list of expressions.
func (l *lowerer) exprs(list []pyast.Expr) []syntax.Expr {
	out := make([]syntax.Expr, len(list))
	for i, e := range list {
		out[i] = l.expr(e)
	}
	return out
}

// expr lowers an expression.
func (l *lowerer) expr(e pyast.Expr) syntax.Expr {
	switch e := e.(type) {
	case *pyast.Name:
		if e.Id == "..." {
			l.unsupported(e.NamePos, "'...' (Ellipsis) as a value")
			return none(e.NamePos)
		}
		return l.load(e.Id, e.NamePos)
	case *pyast.Int:
		raw := e.Raw
		if raw == "" {
			raw = fmt.Sprint(e.Value)
		}
		return &syntax.Literal{Token: syntax.INT, TokenPos: e.ValuePos, Raw: raw, Value: literalInt(e.Value)}
	case *pyast.Float:
		raw := e.Raw
		if raw == "" {
			raw = strconv.FormatFloat(e.Value, 'g', -1, 64)
		}
		return &syntax.Literal{Token: syntax.FLOAT, TokenPos: e.ValuePos, Raw: raw, Value: e.Value}
	case *pyast.Str:
		return str(e.Value, e.ValuePos)
	case *pyast.Bytes:
		return &syntax.Literal{Token: syntax.BYTES, TokenPos: e.ValuePos, Raw: "b" + strconv.Quote(e.Value), Value: e.Value}
	case *pyast.FString:
		return l.fstring(e)
	case *pyast.Attribute:
		if hidden.RoutedAttrs[e.Name] {
			return hcall(hidden.GetAttr, e.NamePos, l.expr(e.X), str(e.Name, e.NamePos))
		}
		return dot(l.expr(e.X), e.Name, e.NamePos)
	case *pyast.Subscript:
		return l.subscript(e)
	case *pyast.Call:
		return l.call(e)
	case *pyast.BinOp:
		return l.binOp(e)
	case *pyast.UnaryOp:
		x := l.expr(e.X)
		if tok, ok := unaryOps[e.Op]; ok {
			return &syntax.UnaryExpr{OpPos: e.OpPos, Op: tok, X: x}
		}
	case *pyast.BoolOp:
		tok := syntax.AND
		if e.Op == "or" {
			tok = syntax.OR
		}
		return binary(l.expr(e.X), tok, l.expr(e.Y), e.OpPos)
	case *pyast.Compare:
		return l.compare(e)
	case *pyast.IfExp:
		then := l.expr(e.Then)
		cond := l.expr(e.Cond)
		return &syntax.CondExpr{If: e.Then.Start(), Cond: cond, True: then, ElsePos: e.Then.Start(), False: l.expr(e.Else)}
	case *pyast.Lambda:
		return l.lambda(e)
	case *pyast.List:
		return l.listDisplay(e.Lbrack, e.Elts)
	case *pyast.Tuple:
		return l.tupleDisplay(e.Lparen, e.Elts)
	case *pyast.Set:
		return hcall(hidden.SetOf, e.Lbrace, l.listDisplay(e.Lbrace, e.Elts))
	case *pyast.Dict:
		return l.dictDisplay(e)
	case *pyast.Comprehension:
		return l.comprehension(e)
	case *pyast.Starred:
		l.errs.Add(e.StarPos, "can't use starred expression here")
		return none(e.StarPos)
	case *pyast.Slice:
		l.unsupported(e.ColonPos, "a slice inside a tuple index")
		return none(e.ColonPos)
	}
	bug(e.Start(), "unexpected expression %T", e)
	return none(e.Start())
}

// subscript lowers x[i] and x[lo:hi:step].
func (l *lowerer) subscript(e *pyast.Subscript) syntax.Expr {
	x := l.expr(e.X)
	if sl, ok := e.Index.(*pyast.Slice); ok {
		// Through __pc_getslice: Starlark slices strings by bytes and
		// cannot slice instances; Python slices by characters and calls
		// __getitem__ with a slice object.
		p := sl.ColonPos
		return hcall(hidden.GetSlice, e.Lbrack, x, l.optExpr(sl.Lo, p), l.optExpr(sl.Hi, p), l.optExpr(sl.Step, p))
	}
	return index(x, l.expr(e.Index), e.Lbrack)
}

// binOp lowers a binary operator.
func (l *lowerer) binOp(e *pyast.BinOp) syntax.Expr {
	x := l.expr(e.X)
	y := l.expr(e.Y)
	switch e.Op {
	case "**":
		return hcall(hidden.Pow, e.OpPos, x, y)
	case "@":
		l.errs.Add(e.OpPos, "the '@' operator is not supported by pyconc")
		return x
	case "%":
		if !nativeMod(e.X, e.Y) {
			return hcall(hidden.Mod, e.OpPos, x, y)
		}
	}
	tok, ok := binOps[e.Op]
	if !ok {
		bug(e.OpPos, "unknown operator %s", e.Op)
		return x
	}
	return binary(x, tok, y, e.OpPos)
}

// nativeMod reports whether x % y is certainly numeric modulo.
func nativeMod(x, y pyast.Expr) bool {
	switch x.(type) {
	case *pyast.Str, *pyast.FString, *pyast.Bytes:
		return false
	}
	return isNumLit(x) || isNumLit(y)
}

// isNumLit reports whether e is a numeric literal, possibly signed.
func isNumLit(e pyast.Expr) bool {
	switch e := e.(type) {
	case *pyast.Int, *pyast.Float:
		return true
	case *pyast.UnaryOp:
		return (e.Op == "-" || e.Op == "+") && isNumLit(e.X)
	}
	return false
}

// comprehension lowers list, set and dict comprehensions and generator
// expressions (which become list comprehensions).
func (l *lowerer) comprehension(e *pyast.Comprehension) syntax.Expr {
	p := e.OpenPos
	first := l.iterable(e.Clauses[0].Iter)
	saved := l.cur
	l.cur = l.a.scopes[e]
	c := &syntax.Comprehension{Curly: e.Kind == "dict", Lbrack: p, Rbrack: p}
	for i, cl := range e.Clauses {
		var iter syntax.Expr
		if i == 0 {
			iter = first
		} else {
			iter = l.iterable(cl.Iter)
		}
		vars, post := l.loopTarget(cl.Target)
		c.Clauses = append(c.Clauses, &syntax.ForClause{For: cl.ForPos, Vars: vars, In: cl.ForPos, X: iter})
		for _, s := range post {
			// unpacking of a starred target: for t in [__pc_unpack(...)]
			as := s.(*syntax.AssignStmt)
			c.Clauses = append(c.Clauses, &syntax.ForClause{For: cl.ForPos, Vars: as.LHS, In: cl.ForPos, X: list(cl.ForPos, as.RHS)})
		}
		for _, cond := range cl.Ifs {
			c.Clauses = append(c.Clauses, &syntax.IfClause{If: cond.Start(), Cond: l.expr(cond)})
		}
	}
	if e.Kind == "dict" {
		c.Body = &syntax.DictEntry{Key: l.expr(e.Elt), Colon: p, Value: l.expr(e.Value)}
	} else {
		c.Body = l.expr(e.Elt)
	}
	l.cur = saved
	if e.Kind == "set" {
		return hcall(hidden.SetOf, p, c)
	}
	return c
}

// iterable lowers the iterable of a for loop or comprehension clause.
// Starlark cannot iterate strings; Python iterates their characters, so
// the value goes through __pc_iter unless it is obviously not a string
// (a display, a comprehension, a call of range and friends).
//
// A loop over d.keys(), d.values() or d.items() calls Starlark's own
// method (a list, made once): the loop needs no view.
func (l *lowerer) iterable(e pyast.Expr) syntax.Expr {
	if c, ok := e.(*pyast.Call); ok && len(c.Args) == 0 {
		if at, ok := c.Fn.(*pyast.Attribute); ok {
			switch at.Name {
			case "items", "keys", "values":
				return &syntax.CallExpr{Fn: dot(l.expr(at.X), at.Name, at.NamePos), Lparen: c.Lparen, Rparen: c.Rparen}
			}
		}
	}
	x := l.expr(e)
	switch e := e.(type) {
	case *pyast.List, *pyast.Tuple, *pyast.Dict, *pyast.Set, *pyast.Comprehension:
		return x
	case *pyast.Call:
		switch fn := e.Fn.(type) {
		case *pyast.Name:
			switch fn.Id {
			case "range", "enumerate", "zip", "sorted", "reversed", "list", "tuple", "dict", "set":
				return x
			}
		case *pyast.Attribute:
			switch fn.Name {
			case "items", "keys", "values", "split", "splitlines":
				return x
			}
		}
	}
	return hcall(hidden.Iter, e.Start(), x)
}
