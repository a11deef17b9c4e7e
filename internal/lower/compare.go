// This file defines the lowering of comparisons, including chained ones
// (each operand evaluated once, left to right, lazily).

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// cmpOps maps Python's comparison operators that Starlark has natively.
var cmpOps = map[string]syntax.Token{
	"<": syntax.LT, ">": syntax.GT, "==": syntax.EQL, "!=": syntax.NEQ,
	"<=": syntax.LE, ">=": syntax.GE, "in": syntax.IN, "not in": syntax.NOT_IN,
}

// compare lowers a comparison. In a chain a < b < c, middle operands that
// are not names or literals are bound to parameters of immediately called
// lambdas so that they are evaluated once and only when needed:
// (lambda t: a < t and t < c)(b).
func (l *lowerer) compare(e *pyast.Compare) syntax.Expr {
	if len(e.Ops) == 1 {
		return l.cmp(l.expr(e.Operands[0]), e.Ops[0], l.expr(e.Operands[1]), e.OpPos[0])
	}
	first := e.Operands[0]
	if !isSimple(first) && !isSimple(e.Operands[1]) {
		t := l.tmp()
		p := first.Start()
		body := l.chain(ident(t, p), e, 0)
		return l.bindTmp(t, l.expr(first), body, p)
	}
	return l.chain(l.expr(first), e, 0)
}

// chain lowers the comparisons of e from the i-th on, left being the
// already lowered left operand of comparison i.
func (l *lowerer) chain(left syntax.Expr, e *pyast.Compare, i int) syntax.Expr {
	right := e.Operands[i+1]
	p := e.OpPos[i]
	if i == len(e.Ops)-1 {
		return l.cmp(left, e.Ops[i], l.expr(right), p)
	}
	if isSimple(right) {
		return binary(l.cmp(left, e.Ops[i], l.expr(right), p), syntax.AND, l.chain(l.expr(right), e, i+1), p)
	}
	t := l.tmp()
	rp := right.Start()
	body := binary(l.cmp(left, e.Ops[i], ident(t, rp), p), syntax.AND, l.chain(ident(t, rp), e, i+1), p)
	return l.bindTmp(t, l.expr(right), body, rp)
}

// bindTmp returns (lambda t: body)(value).
func (l *lowerer) bindTmp(t string, value, body syntax.Expr, p pos) syntax.Expr {
	lam := &syntax.LambdaExpr{Lambda: p, Params: []syntax.Expr{ident(t, p)}, Body: body}
	return call(&syntax.ParenExpr{Lparen: p, X: lam, Rparen: p}, p, value)
}

// cmp returns x op y.
func (l *lowerer) cmp(x syntax.Expr, op string, y syntax.Expr, p pos) syntax.Expr {
	switch op {
	case "is":
		return hcall(hidden.Is, p, x, y)
	case "is not":
		return not(hcall(hidden.Is, p, x, y), p)
	}
	tok, ok := cmpOps[op]
	if !ok {
		bug(p, "unknown comparison %s", op)
		return x
	}
	if tok != syntax.IN && tok != syntax.NOT_IN && (isViewCall(x) || isViewCall(y)) {
		return hcall(hidden.Compare, p, x, str(op, p), y)
	}
	return binary(x, tok, y, p)
}

// isViewCall reports whether lowered x is a call x.keys() or x.items(),
// whose result (a dict view) Starlark cannot compare with a set.
func isViewCall(x syntax.Expr) bool {
	c, ok := x.(*syntax.CallExpr)
	if !ok || len(c.Args) != 2 {
		return false
	}
	fn, ok := c.Fn.(*syntax.Ident)
	if !ok || fn.Name != hidden.Method {
		return false
	}
	name, ok := c.Args[1].(*syntax.Literal)
	return ok && (name.Value == "keys" || name.Value == "items")
}

// isSimple reports whether e can be evaluated twice without effect: a
// name or a literal.
func isSimple(e pyast.Expr) bool {
	switch e.(type) {
	case *pyast.Name, *pyast.Int, *pyast.Float, *pyast.Str, *pyast.Bytes:
		return true
	}
	return false
}
