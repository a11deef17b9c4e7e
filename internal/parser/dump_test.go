// This file defines a compact text dump of pyast trees for the tests.

package parser

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/pyconc/pyconc/internal/pyast"
)

// dumpStmts renders statements, separated by "; ".
func dumpStmts(list []pyast.Stmt) string {
	var parts []string
	for _, s := range list {
		parts = append(parts, dump(s))
	}
	return strings.Join(parts, "; ")
}

// dumpExprs renders expressions separated by spaces.
func dumpExprs(list []pyast.Expr) string {
	var parts []string
	for _, x := range list {
		parts = append(parts, dump(x))
	}
	return strings.Join(parts, " ")
}

// dump renders one node as an S-expression; nil is "_".
func dump(n pyast.Node) string {
	switch n := n.(type) {
	case nil:
		return "_"
	case *pyast.Name:
		return n.Id
	case *pyast.Int:
		if b, ok := n.Value.(*big.Int); ok {
			return "big:" + b.String()
		}
		return fmt.Sprint(n.Value)
	case *pyast.Float:
		return fmt.Sprintf("%gf", n.Value)
	case *pyast.Str:
		return fmt.Sprintf("%q", n.Value)
	case *pyast.Bytes:
		return fmt.Sprintf("b%q", n.Value)
	case *pyast.FString:
		return "(f " + dumpExprs(n.Parts) + ")"
	case *pyast.FormatField:
		s := "{" + dump(n.Value)
		if n.Debug != "" {
			s += fmt.Sprintf(" debug=%q", n.Debug)
		}
		if n.Conv != 0 {
			s += "!" + string(n.Conv)
		}
		if n.Spec != nil {
			s += ":" + dump(n.Spec)
		}
		return s + "}"
	case *pyast.Attribute:
		return "(. " + dump(n.X) + " " + n.Name + ")"
	case *pyast.Subscript:
		return "(idx " + dump(n.X) + " " + dump(n.Index) + ")"
	case *pyast.Slice:
		return "(slice " + dump(n.Lo) + " " + dump(n.Hi) + " " + dump(n.Step) + ")"
	case *pyast.Call:
		s := "(call " + dump(n.Fn)
		for _, a := range n.Args {
			s += " " + dumpArg(a)
		}
		return s + ")"
	case *pyast.BinOp:
		return "(" + n.Op + " " + dump(n.X) + " " + dump(n.Y) + ")"
	case *pyast.UnaryOp:
		return "(" + n.Op + " " + dump(n.X) + ")"
	case *pyast.BoolOp:
		return "(" + n.Op + " " + dump(n.X) + " " + dump(n.Y) + ")"
	case *pyast.Compare:
		s := "(cmp " + dump(n.Operands[0])
		for i, op := range n.Ops {
			s += " " + op + " " + dump(n.Operands[i+1])
		}
		return s + ")"
	case *pyast.IfExp:
		return "(ifexp " + dump(n.Then) + " " + dump(n.Cond) + " " + dump(n.Else) + ")"
	case *pyast.Lambda:
		return "(lambda (" + dumpParams(n.Params) + ") " + dump(n.Body) + ")"
	case *pyast.List:
		return "[" + dumpExprs(n.Elts) + "]"
	case *pyast.Tuple:
		if n.Paren {
			return "(tuple " + dumpExprs(n.Elts) + ")"
		}
		return "(tuple- " + dumpExprs(n.Elts) + ")"
	case *pyast.Set:
		return "(set " + dumpExprs(n.Elts) + ")"
	case *pyast.Dict:
		s := "(dict"
		for i := range n.Keys {
			if n.Keys[i] == nil {
				s += " **" + dump(n.Values[i])
			} else {
				s += " " + dump(n.Keys[i]) + ":" + dump(n.Values[i])
			}
		}
		return s + ")"
	case *pyast.Starred:
		return "*" + dump(n.X)
	case *pyast.Comprehension:
		s := "(" + n.Kind + "comp " + dump(n.Elt)
		if n.Value != nil {
			s += ":" + dump(n.Value)
		}
		for _, c := range n.Clauses {
			s += " for " + dump(c.Target) + " in " + dump(c.Iter)
			for _, i := range c.Ifs {
				s += " if " + dump(i)
			}
		}
		return s + ")"
	}
	return dumpStmt(n)
}

// dumpArg renders one call argument.
func dumpArg(a *pyast.Arg) string {
	switch {
	case a.Star == 1:
		return "*" + dump(a.Value)
	case a.Star == 2:
		return "**" + dump(a.Value)
	case a.Name != "":
		return a.Name + "=" + dump(a.Value)
	}
	return dump(a.Value)
}

// dumpParams renders a parameter list.
func dumpParams(params []*pyast.Param) string {
	var parts []string
	for _, p := range params {
		s := p.Name
		switch p.Kind {
		case pyast.ParamVarArgs:
			s = "*" + s
		case pyast.ParamKwArgs:
			s = "**" + s
		case pyast.ParamKwOnly:
			s = "kw:" + s
		case pyast.ParamStar:
			s = "*"
		}
		if p.Default != nil {
			s += "=" + dump(p.Default)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// dumpBody renders a block.
func dumpBody(list []pyast.Stmt) string { return "{" + dumpStmts(list) + "}" }

// dumpStmt renders a statement node.
func dumpStmt(n pyast.Node) string {
	switch n := n.(type) {
	case *pyast.ExprStmt:
		return dump(n.X)
	case *pyast.Assign:
		return "(= " + dumpExprs(n.Targets) + " " + dump(n.Value) + ")"
	case *pyast.AugAssign:
		return "(" + n.Op + "= " + dump(n.Target) + " " + dump(n.Value) + ")"
	case *pyast.AnnAssign:
		return "(ann " + dump(n.Target) + " " + dump(n.Annotation) + " " + dump(n.Value) + ")"
	case *pyast.Pass:
		return "pass"
	case *pyast.Break:
		return "break"
	case *pyast.Continue:
		return "continue"
	case *pyast.Return:
		return "(return " + dump(n.Value) + ")"
	case *pyast.If:
		return "(if " + dump(n.Cond) + " " + dumpBody(n.Body) + " " + dumpBody(n.Else) + ")"
	case *pyast.While:
		return "(while " + dump(n.Cond) + " " + dumpBody(n.Body) + " " + dumpBody(n.Else) + ")"
	case *pyast.For:
		return "(for " + dump(n.Target) + " " + dump(n.Iter) + " " + dumpBody(n.Body) + " " + dumpBody(n.Else) + ")"
	case *pyast.FunctionDef:
		return "(def " + decos(n.Decorators) + n.Name + " (" + dumpParams(n.Params) + ") " + dumpBody(n.Body) + ")"
	case *pyast.ClassDef:
		s := "(class " + decos(n.Decorators) + n.Name + " (" + dumpExprs(n.Bases)
		for _, k := range n.Keywords {
			s += " " + dumpArg(k)
		}
		return s + ") " + dumpBody(n.Body) + ")"
	case *pyast.Import:
		return "(import " + aliases(n.Names) + ")"
	case *pyast.ImportFrom:
		names := "*"
		if n.Names != nil {
			names = aliases(n.Names)
		}
		return fmt.Sprintf("(from %s%s %s)", strings.Repeat(".", n.Level), n.Module, names)
	case *pyast.Global:
		return "(global " + strings.Join(n.Names, " ") + ")"
	case *pyast.Nonlocal:
		return "(nonlocal " + strings.Join(n.Names, " ") + ")"
	case *pyast.Del:
		return "(del " + dumpExprs(n.Targets) + ")"
	case *pyast.Assert:
		return "(assert " + dump(n.Test) + " " + dump(n.Msg) + ")"
	case *pyast.Raise:
		return "(raise " + dump(n.Exc) + " " + dump(n.Cause) + ")"
	case *pyast.Try:
		s := "(try " + dumpBody(n.Body)
		for _, h := range n.Handlers {
			s += " (except " + dump(h.Type) + " " + h.Name + " " + dumpBody(h.Body) + ")"
		}
		return s + " " + dumpBody(n.Else) + " " + dumpBody(n.Finally) + ")"
	case *pyast.With:
		s := "(with"
		for _, it := range n.Items {
			s += " " + dump(it.Context) + " as " + dump(it.Vars)
		}
		return s + " " + dumpBody(n.Body) + ")"
	}
	return fmt.Sprintf("?%T", n)
}

// decos renders decorators as "@x ".
func decos(list []pyast.Expr) string {
	s := ""
	for _, d := range list {
		s += "@" + dump(d) + " "
	}
	return s
}

// aliases renders import names.
func aliases(list []*pyast.Alias) string {
	var parts []string
	for _, a := range list {
		s := a.Name
		if a.AsName != "" {
			s += " as " + a.AsName
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}
