// This file defines the lowering of assignments, augmented assignments,
// assignment targets (including starred ones) and del.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// assignStmt lowers t1 = t2 = ... = value.
func (l *lowerer) assignStmt(s *pyast.Assign) []syntax.Stmt {
	v := l.expr(s.Value)
	if len(s.Targets) == 1 {
		return l.assignTo(s.Targets[0], v, s.EqPos)
	}
	t := l.tmp()
	out := []syntax.Stmt{assign(ident(t, s.EqPos), v, s.EqPos)}
	for _, target := range s.Targets {
		out = append(out, l.assignTo(target, ident(t, s.EqPos), s.EqPos)...)
	}
	return out
}

// assignTo returns the statements assigning value to target.
func (l *lowerer) assignTo(target pyast.Expr, value syntax.Expr, p pos) []syntax.Stmt {
	switch t := target.(type) {
	case *pyast.Tuple, *pyast.List:
		elts := seqElts(t)
		if star := starIndex(elts); star >= 0 {
			value = hcall(hidden.Unpack, p, value, intLit(int64(star), p), intLit(int64(len(elts)-star-1), p))
		}
		lhs, post := l.seqTarget(t, elts)
		return append([]syntax.Stmt{assign(lhs, value, p)}, post...)
	case *pyast.Starred:
		l.errs.Add(t.StarPos, "starred assignment target must be in a list or tuple")
		return nil
	case *pyast.Subscript:
		if sl, ok := t.Index.(*pyast.Slice); ok {
			key := hcall(hidden.Slice, sl.ColonPos, l.optExpr(sl.Lo, sl.ColonPos), l.optExpr(sl.Hi, sl.ColonPos), l.optExpr(sl.Step, sl.ColonPos))
			return []syntax.Stmt{&syntax.ExprStmt{X: hcall(hidden.SetItem, p, l.expr(t.X), key, value)}}
		}
	}
	lhs := l.simpleTarget(target)
	if lhs == nil {
		return nil
	}
	return []syntax.Stmt{assign(lhs, value, p)}
}

// seqElts returns the elements of a tuple or list target.
func seqElts(t pyast.Expr) []pyast.Expr {
	switch t := t.(type) {
	case *pyast.Tuple:
		return t.Elts
	case *pyast.List:
		return t.Elts
	}
	return nil
}

// starIndex returns the index of the starred element, or -1.
func starIndex(elts []pyast.Expr) int {
	for i, e := range elts {
		if _, ok := e.(*pyast.Starred); ok {
			return i
		}
	}
	return -1
}

// hasStar reports whether a target contains a starred element at any depth.
func hasStar(t pyast.Expr) bool {
	switch t := t.(type) {
	case *pyast.Starred:
		return true
	case *pyast.Tuple, *pyast.List:
		for _, e := range seqElts(t) {
			if hasStar(e) {
				return true
			}
		}
	}
	return false
}

// seqTarget lowers the elements of a tuple or list target into a Starlark
// tuple target; nested targets with a starred element are assigned from
// temporaries by the returned statements.
func (l *lowerer) seqTarget(t pyast.Expr, elts []pyast.Expr) (syntax.Expr, []syntax.Stmt) {
	p := t.Start()
	nstar := 0
	var list []syntax.Expr
	var post []syntax.Stmt
	for _, e := range elts {
		if s, ok := e.(*pyast.Starred); ok {
			nstar++
			e = s.X
		}
		switch e.(type) {
		case *pyast.Tuple, *pyast.List:
			if hasStar(e) {
				tmp := l.tmp()
				list = append(list, ident(tmp, e.Start()))
				post = append(post, l.assignTo(e, ident(tmp, e.Start()), e.Start())...)
				continue
			}
			lhs, more := l.seqTarget(e, seqElts(e))
			list = append(list, lhs)
			post = append(post, more...)
			continue
		}
		if lhs := l.simpleTarget(e); lhs != nil {
			list = append(list, lhs)
		}
	}
	if nstar > 1 {
		l.errs.Add(p, "multiple starred expressions in assignment")
	}
	if len(list) == 0 {
		l.unsupported(p, "assignment to an empty tuple or list")
		return ident(hidden.Empty, p), nil
	}
	return &syntax.TupleExpr{Lparen: p, List: list, Rparen: p}, post
}

// simpleTarget lowers a name, attribute or subscript target.
func (l *lowerer) simpleTarget(t pyast.Expr) syntax.Expr {
	switch t := t.(type) {
	case *pyast.Name:
		switch t.Id {
		case "True", "False", "None", "...":
			l.errs.Add(t.NamePos, "cannot assign to "+t.Id)
			return nil
		}
		return l.storeExpr(t.Id, t.NamePos)
	case *pyast.Attribute:
		return dot(l.expr(t.X), t.Name, t.NamePos)
	case *pyast.Subscript:
		if _, ok := t.Index.(*pyast.Slice); ok {
			l.unsupported(t.Lbrack, "assignment to a slice")
			return nil
		}
		return index(l.expr(t.X), l.expr(t.Index), t.Lbrack)
	case *pyast.Tuple, *pyast.List:
		lhs, post := l.seqTarget(t, seqElts(t))
		if len(post) > 0 {
			l.unsupported(t.Start(), "a starred target here")
		}
		return lhs
	}
	l.errs.Add(t.Start(), "cannot assign to expression")
	return nil
}

// loopTarget lowers the target of a for loop or comprehension clause: the
// loop variable(s), and statements to run first in the body when the target
// needs unpacking.
func (l *lowerer) loopTarget(t pyast.Expr) (syntax.Expr, []syntax.Stmt) {
	if hasStar(t) {
		tmp := l.tmp()
		return ident(tmp, t.Start()), l.assignTo(t, ident(tmp, t.Start()), t.Start())
	}
	switch t.(type) {
	case *pyast.Tuple, *pyast.List:
		return l.seqTarget(t, seqElts(t))
	}
	lhs := l.simpleTarget(t)
	if lhs == nil {
		lhs = ident(hidden.Invalid, t.Start())
	}
	return lhs, nil
}

// augOps maps Python's augmented operators to Starlark's.
var augOps = map[string]syntax.Token{
	"+": syntax.PLUS_EQ, "-": syntax.MINUS_EQ, "*": syntax.STAR_EQ, "/": syntax.SLASH_EQ,
	"//": syntax.SLASHSLASH_EQ, "%": syntax.PERCENT_EQ, "&": syntax.AMP_EQ, "|": syntax.PIPE_EQ,
	"^": syntax.CIRCUMFLEX_EQ, "<<": syntax.LTLT_EQ, ">>": syntax.GTGT_EQ,
}

// augAssign lowers target op= value.
func (l *lowerer) augAssign(s *pyast.AugAssign) []syntax.Stmt {
	p := s.OpPos
	if s.Op == "@" {
		l.unsupported(p, "the '@' operator")
		return nil
	}
	native := s.Op != "**" && !(s.Op == "%" && !isNumLit(s.Value))
	if native {
		v := l.expr(s.Value)
		var lhs syntax.Expr
		switch t := s.Target.(type) {
		case *pyast.Name, *pyast.Attribute, *pyast.Subscript:
			lhs = l.simpleTarget(t)
		default:
			l.errs.Add(s.Target.Start(), "illegal expression for augmented assignment")
		}
		if lhs == nil {
			return nil
		}
		return []syntax.Stmt{&syntax.AssignStmt{OpPos: p, Op: augOps[s.Op], LHS: lhs, RHS: v}}
	}
	fn := hidden.Pow
	if s.Op == "%" {
		fn = hidden.Mod
	}
	switch t := s.Target.(type) {
	case *pyast.Name:
		cur := l.load(t.Id, t.NamePos)
		v := l.expr(s.Value)
		return []syntax.Stmt{assign(l.storeExpr(t.Id, t.NamePos), hcall(fn, p, cur, v), p)}
	case *pyast.Attribute:
		x := l.tmp()
		out := []syntax.Stmt{assign(ident(x, p), l.expr(t.X), p)}
		v := l.expr(s.Value)
		return append(out, assign(dot(ident(x, p), t.Name, t.NamePos),
			hcall(fn, p, dot(ident(x, p), t.Name, t.NamePos), v), p))
	case *pyast.Subscript:
		if _, ok := t.Index.(*pyast.Slice); ok {
			l.unsupported(t.Lbrack, "assignment to a slice")
			return nil
		}
		x, i := l.tmp(), l.tmp()
		out := []syntax.Stmt{assign(ident(x, p), l.expr(t.X), p), assign(ident(i, p), l.expr(t.Index), p)}
		v := l.expr(s.Value)
		return append(out, assign(index(ident(x, p), ident(i, p), t.Lbrack),
			hcall(fn, p, index(ident(x, p), ident(i, p), t.Lbrack), v), p))
	}
	l.errs.Add(s.Target.Start(), "illegal expression for augmented assignment")
	return nil
}

// delStmt lowers del t1, t2, ...
func (l *lowerer) delStmt(s *pyast.Del) []syntax.Stmt {
	var out []syntax.Stmt
	for _, t := range s.Targets {
		out = append(out, l.delTarget(t)...)
	}
	return out
}

func (l *lowerer) delTarget(t pyast.Expr) []syntax.Stmt {
	switch t := t.(type) {
	case *pyast.Name:
		return []syntax.Stmt{l.storeName(t.Id, ident(hidden.Del, t.NamePos), t.NamePos)}
	case *pyast.Tuple, *pyast.List:
		var out []syntax.Stmt
		for _, e := range seqElts(t) {
			out = append(out, l.delTarget(e)...)
		}
		return out
	case *pyast.Attribute:
		return []syntax.Stmt{exprStmt(hcall(hidden.DelAttr, t.NamePos, l.expr(t.X), str(t.Name, t.NamePos)))}
	case *pyast.Subscript:
		x := l.expr(t.X)
		var key syntax.Expr
		if sl, ok := t.Index.(*pyast.Slice); ok {
			key = hcall(hidden.Slice, sl.ColonPos, l.optExpr(sl.Lo, sl.ColonPos), l.optExpr(sl.Hi, sl.ColonPos), l.optExpr(sl.Step, sl.ColonPos))
		} else {
			key = l.expr(t.Index)
		}
		return []syntax.Stmt{exprStmt(hcall(hidden.DelItem, t.Lbrack, x, key))}
	}
	l.errs.Add(t.Start(), "cannot delete expression")
	return nil
}

// optExpr lowers e, or None when e is nil.
func (l *lowerer) optExpr(e pyast.Expr, p pos) syntax.Expr {
	if e == nil {
		return none(p)
	}
	return l.expr(e)
}
