// This file defines small constructors of go.starlark.net syntax nodes.

package lower

import (
	"strconv"

	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

type pos = pyast.Pos

// ident returns a fresh identifier node.
func ident(name string, p pos) *syntax.Ident {
	return &syntax.Ident{NamePos: p, Name: name}
}

// str returns a string literal.
func str(s string, p pos) *syntax.Literal {
	return &syntax.Literal{Token: syntax.STRING, TokenPos: p, Raw: strconv.Quote(s), Value: s}
}

// intLit returns an integer literal.
func intLit(n int64, p pos) *syntax.Literal {
	return &syntax.Literal{Token: syntax.INT, TokenPos: p, Raw: strconv.FormatInt(n, 10), Value: n}
}

// none returns a fresh None identifier.
func none(p pos) *syntax.Ident { return ident("None", p) }

// call returns fn(args...).
func call(fn syntax.Expr, p pos, args ...syntax.Expr) *syntax.CallExpr {
	return &syntax.CallExpr{Fn: fn, Lparen: p, Args: args, Rparen: p}
}

// hcall calls the hidden built-in name.
func hcall(name string, p pos, args ...syntax.Expr) *syntax.CallExpr {
	return call(ident(name, p), p, args...)
}

// dot returns x.name.
func dot(x syntax.Expr, name string, p pos) *syntax.DotExpr {
	return &syntax.DotExpr{X: x, Dot: p, NamePos: p, Name: ident(name, p)}
}

// cellv returns name.v, the access to a cell's value.
func cellv(name string, p pos) *syntax.DotExpr {
	return dot(ident(name, p), "v", p)
}

// tuple returns a tuple display.
func tuple(p pos, elts ...syntax.Expr) *syntax.TupleExpr {
	return &syntax.TupleExpr{Lparen: p, List: elts, Rparen: p}
}

// list returns a list display.
func list(p pos, elts ...syntax.Expr) *syntax.ListExpr {
	return &syntax.ListExpr{Lbrack: p, List: elts, Rbrack: p}
}

// binary returns x op y.
func binary(x syntax.Expr, op syntax.Token, y syntax.Expr, p pos) *syntax.BinaryExpr {
	return &syntax.BinaryExpr{X: x, OpPos: p, Op: op, Y: y}
}

// not returns "not x".
func not(x syntax.Expr, p pos) *syntax.UnaryExpr {
	return &syntax.UnaryExpr{OpPos: p, Op: syntax.NOT, X: x}
}

// index returns x[i].
func index(x, i syntax.Expr, p pos) *syntax.IndexExpr {
	return &syntax.IndexExpr{X: x, Lbrack: p, Y: i, Rbrack: p}
}

// assign returns lhs = rhs.
func assign(lhs, rhs syntax.Expr, p pos) *syntax.AssignStmt {
	return &syntax.AssignStmt{OpPos: p, Op: syntax.EQ, LHS: lhs, RHS: rhs}
}

// exprStmt wraps an expression as a statement.
func exprStmt(x syntax.Expr) *syntax.ExprStmt { return &syntax.ExprStmt{X: x} }

// pass returns a pass statement.
func pass(p pos) *syntax.BranchStmt {
	return &syntax.BranchStmt{Token: syntax.PASS, TokenPos: p}
}

// branch returns break or continue.
func branch(tok syntax.Token, p pos) *syntax.BranchStmt {
	return &syntax.BranchStmt{Token: tok, TokenPos: p}
}

// ret returns "return x" (x may be nil).
func ret(x syntax.Expr, p pos) *syntax.ReturnStmt {
	return &syntax.ReturnStmt{Return: p, Result: x}
}

// ifStmt returns if cond: body else: orelse, padding empty bodies with pass.
func ifStmt(cond syntax.Expr, body, orelse []syntax.Stmt, p pos) *syntax.IfStmt {
	return &syntax.IfStmt{If: p, Cond: cond, True: nonEmpty(body, p), ElsePos: p, False: orelse}
}

// nonEmpty returns body, or a lone pass when body is empty.
func nonEmpty(body []syntax.Stmt, p pos) []syntax.Stmt {
	if len(body) == 0 {
		return []syntax.Stmt{pass(p)}
	}
	return body
}

// def returns a function definition.
func def(name string, p pos, params []syntax.Expr, body []syntax.Stmt) *syntax.DefStmt {
	return &syntax.DefStmt{Def: p, Name: ident(name, p), Lparen: p, Params: params, Rparen: p, Body: nonEmpty(body, p)}
}

// control returns the control tuple (code,) or (code, value).
func control(code int64, value syntax.Expr, p pos) *syntax.TupleExpr {
	if value == nil {
		return tuple(p, intLit(code, p))
	}
	return tuple(p, intLit(code, p), value)
}

// raiseCall returns __pc_raise(args...) as a statement.
func raiseCall(p pos, args ...syntax.Expr) *syntax.ExprStmt {
	return exprStmt(hcall(hidden.Raise, p, args...))
}
