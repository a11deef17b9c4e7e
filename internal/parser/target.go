// This file defines the checks of assignment, for, with and del targets.

package parser

import (
	"fmt"

	"github.com/pyconc/pyconc/internal/pyast"
)

// exprName is what CPython calls an expression in "cannot assign to ...".
func exprName(x pyast.Expr) string {
	switch x := x.(type) {
	case *pyast.Call:
		return "function call"
	case *pyast.Int, *pyast.Float, *pyast.Str, *pyast.Bytes:
		return "literal"
	case *pyast.FString, *pyast.FormatField:
		return "f-string expression"
	case *pyast.Compare:
		return "comparison"
	case *pyast.Lambda:
		return "lambda"
	case *pyast.IfExp:
		return "conditional expression"
	case *pyast.Dict:
		return "dict literal"
	case *pyast.Set:
		return "set display"
	case *pyast.Comprehension:
		switch x.Kind {
		case "list":
			return "list comprehension"
		case "dict":
			return "dict comprehension"
		case "set":
			return "set comprehension"
		}
		return "generator expression"
	case *pyast.Name:
		return x.Id // True, False, None
	case *pyast.Tuple:
		return "tuple"
	case *pyast.List:
		return "list"
	}
	return "expression"
}

// invalidTarget returns the first part of target x that cannot be
// assigned to (or deleted), or nil.
func invalidTarget(x pyast.Expr, del bool) pyast.Expr {
	switch x := x.(type) {
	case *pyast.Name:
		if x.Id == "True" || x.Id == "False" || x.Id == "None" {
			return x
		}
		return nil
	case *pyast.Attribute, *pyast.Subscript:
		return nil
	case *pyast.Starred:
		if del {
			return x
		}
		return invalidTarget(x.X, del)
	case *pyast.Tuple:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, del); bad != nil {
				return bad
			}
		}
		return nil
	case *pyast.List:
		for _, e := range x.Elts {
			if bad := invalidTarget(e, del); bad != nil {
				return bad
			}
		}
		return nil
	}
	return x
}

// checkTarget reports target x if it cannot be assigned to; verb is
// "assign to" or "delete".
func (p *parser) checkTarget(x pyast.Expr, verb string) {
	if s, ok := x.(*pyast.Starred); ok && verb == "assign to" {
		p.f.syntaxErr(s.StarPos, "starred assignment target must be in a list or tuple")
	}
	if bad := invalidTarget(x, verb == "delete"); bad != nil {
		if s, ok := bad.(*pyast.Starred); ok {
			p.f.syntaxErr(s.StarPos, "cannot delete starred")
		}
		p.f.syntaxErr(bad.Start(), fmt.Sprintf("cannot %s %s", verb, exprName(bad)))
	}
}

// checkFirstTarget checks the first target of "x = value" when value is
// not followed by another "=": CPython then adds a hint about "==" for
// targets that look like a mistyped comparison operand.
func (p *parser) checkFirstTarget(x pyast.Expr, single bool) {
	if single {
		switch t := x.(type) {
		case *pyast.Tuple, *pyast.List, *pyast.Compare, *pyast.Lambda, *pyast.IfExp, *pyast.BoolOp, *pyast.Starred:
		case *pyast.Comprehension:
			if t.Kind == "gen" {
				break
			}
			p.hintTarget(x)
		case *pyast.UnaryOp:
			if t.Op != "not" {
				p.hintTarget(x)
			}
		default:
			if invalidTarget(x, false) != nil {
				if n, ok := x.(*pyast.Name); !ok || n.Id == "" {
					p.hintTarget(x)
				}
			}
		}
	}
	p.checkTarget(x, "assign to")
}

// hintTarget reports an invalid single target with CPython's "==" hint.
func (p *parser) hintTarget(x pyast.Expr) {
	p.f.syntaxErr(x.Start(), fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(x)))
}
