// This file prints go.starlark.net syntax trees as source text, for the
// golden tests and for debugging.

package lower

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/syntax"
)

type printer struct {
	b strings.Builder
}

// printFile returns the Starlark source text of f.
func printFile(f *syntax.File) string {
	p := &printer{}
	p.stmts(f.Stmts, 0)
	return p.b.String()
}

func (p *printer) line(depth int, format string, args ...interface{}) {
	p.b.WriteString(strings.Repeat("    ", depth))
	fmt.Fprintf(&p.b, format, args...)
	p.b.WriteByte('\n')
}

func (p *printer) stmts(list []syntax.Stmt, depth int) {
	for _, s := range list {
		p.stmt(s, depth)
	}
}

func (p *printer) stmt(s syntax.Stmt, depth int) {
	switch s := s.(type) {
	case *syntax.ExprStmt:
		p.line(depth, "%s", expr(s.X))
	case *syntax.AssignStmt:
		p.line(depth, "%s %s %s", expr(s.LHS), s.Op, expr(s.RHS))
	case *syntax.BranchStmt:
		p.line(depth, "%s", s.Token)
	case *syntax.ReturnStmt:
		if s.Result == nil {
			p.line(depth, "return")
		} else {
			p.line(depth, "return %s", expr(s.Result))
		}
	case *syntax.IfStmt:
		p.line(depth, "if %s:", expr(s.Cond))
		p.stmts(s.True, depth+1)
		for len(s.False) > 0 {
			if elif, ok := s.False[0].(*syntax.IfStmt); ok && len(s.False) == 1 {
				p.line(depth, "elif %s:", expr(elif.Cond))
				p.stmts(elif.True, depth+1)
				s = elif
				continue
			}
			p.line(depth, "else:")
			p.stmts(s.False, depth+1)
			break
		}
	case *syntax.WhileStmt:
		p.line(depth, "while %s:", expr(s.Cond))
		p.stmts(s.Body, depth+1)
	case *syntax.ForStmt:
		p.line(depth, "for %s in %s:", expr(s.Vars), expr(s.X))
		p.stmts(s.Body, depth+1)
	case *syntax.DefStmt:
		p.line(depth, "def %s(%s):", s.Name.Name, exprList(s.Params))
		p.stmts(s.Body, depth+1)
	default:
		p.line(depth, "<%T>", s)
	}
}

func exprList(list []syntax.Expr) string {
	var parts []string
	for _, e := range list {
		parts = append(parts, expr(e))
	}
	return strings.Join(parts, ", ")
}

func expr(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Ident:
		return e.Name
	case *syntax.Literal:
		switch e.Token {
		case syntax.STRING:
			return strconv.Quote(e.Value.(string))
		case syntax.BYTES:
			return "b" + strconv.Quote(e.Value.(string))
		}
		return fmt.Sprint(e.Value)
	case *syntax.ParenExpr:
		return "(" + expr(e.X) + ")"
	case *syntax.CallExpr:
		return expr(e.Fn) + "(" + exprList(e.Args) + ")"
	case *syntax.DotExpr:
		return expr(e.X) + "." + e.Name.Name
	case *syntax.IndexExpr:
		return expr(e.X) + "[" + expr(e.Y) + "]"
	case *syntax.SliceExpr:
		opt := func(x syntax.Expr) string {
			if x == nil {
				return ""
			}
			return expr(x)
		}
		s := expr(e.X) + "[" + opt(e.Lo) + ":" + opt(e.Hi)
		if e.Step != nil {
			s += ":" + expr(e.Step)
		}
		return s + "]"
	case *syntax.ListExpr:
		return "[" + exprList(e.List) + "]"
	case *syntax.TupleExpr:
		if len(e.List) == 1 {
			return "(" + expr(e.List[0]) + ",)"
		}
		return "(" + exprList(e.List) + ")"
	case *syntax.DictExpr:
		return "{" + exprList(e.List) + "}"
	case *syntax.DictEntry:
		return expr(e.Key) + ": " + expr(e.Value)
	case *syntax.UnaryExpr:
		if e.X == nil {
			return e.Op.String()
		}
		if e.Op == syntax.NOT {
			return "not " + expr(e.X)
		}
		return e.Op.String() + expr(e.X)
	case *syntax.BinaryExpr:
		if e.Op == syntax.EQ {
			return expr(e.X) + "=" + expr(e.Y)
		}
		return "(" + expr(e.X) + " " + e.Op.String() + " " + expr(e.Y) + ")"
	case *syntax.CondExpr:
		return "(" + expr(e.True) + " if " + expr(e.Cond) + " else " + expr(e.False) + ")"
	case *syntax.LambdaExpr:
		return "lambda " + exprList(e.Params) + ": " + expr(e.Body)
	case *syntax.Comprehension:
		var parts []string
		for _, c := range e.Clauses {
			switch c := c.(type) {
			case *syntax.ForClause:
				parts = append(parts, "for "+expr(c.Vars)+" in "+expr(c.X))
			case *syntax.IfClause:
				parts = append(parts, "if "+expr(c.Cond))
			}
		}
		s := expr(e.Body) + " " + strings.Join(parts, " ")
		if e.Curly {
			return "{" + s + "}"
		}
		return "[" + s + "]"
	}
	return fmt.Sprintf("<%T>", e)
}
