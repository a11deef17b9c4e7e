// This file defines the lowering of simple and compound statements other
// than assignments, definitions, try, with and imports.

package lower

import (
	"fmt"

	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// stmts lowers a list of statements.
func (l *lowerer) stmts(list []pyast.Stmt) []syntax.Stmt {
	var out []syntax.Stmt
	for _, s := range list {
		out = append(out, l.stmt(s)...)
	}
	return out
}

// block lowers the body of a compound statement (never empty).
func (l *lowerer) block(list []pyast.Stmt, p pos) []syntax.Stmt {
	return nonEmpty(l.stmts(list), p)
}

func (l *lowerer) stmt(st pyast.Stmt) []syntax.Stmt {
	switch s := st.(type) {
	case *pyast.ExprStmt:
		if n, ok := s.X.(*pyast.Name); ok && n.Id == "..." {
			return []syntax.Stmt{pass(n.NamePos)}
		}
		return []syntax.Stmt{exprStmt(l.expr(s.X))}
	case *pyast.Assign:
		return l.assignStmt(s)
	case *pyast.AugAssign:
		return l.augAssign(s)
	case *pyast.AnnAssign:
		if s.Value == nil {
			return nil
		}
		return l.assignTo(s.Target, l.expr(s.Value), s.Target.Start())
	case *pyast.Pass:
		return []syntax.Stmt{pass(s.PassPos)}
	case *pyast.Break:
		return l.breakStmt(s.BreakPos, hidden.ControlBreak)
	case *pyast.Continue:
		return l.breakStmt(s.ContinuePos, hidden.ControlContinue)
	case *pyast.Return:
		return l.returnStmt(s)
	case *pyast.If:
		return []syntax.Stmt{l.ifStmt(s)}
	case *pyast.While:
		return l.whileStmt(s)
	case *pyast.For:
		return l.forStmt(s)
	case *pyast.FunctionDef:
		return l.funcDef(s)
	case *pyast.ClassDef:
		return l.classDef(s)
	case *pyast.Import:
		return l.importStmt(s)
	case *pyast.ImportFrom:
		return l.importFrom(s)
	case *pyast.Global, *pyast.Nonlocal:
		return nil
	case *pyast.Del:
		return l.delStmt(s)
	case *pyast.Assert:
		return l.assertStmt(s)
	case *pyast.Raise:
		return l.raiseStmt(s)
	case *pyast.Try:
		return l.tryStmt(s)
	case *pyast.With:
		return l.withStmt(s)
	}
	bug(st.Start(), "unexpected statement %T", st)
	return nil
}

// ifStmt lowers if/elif/else.
func (l *lowerer) ifStmt(s *pyast.If) *syntax.IfStmt {
	cond := l.expr(s.Cond)
	body := l.block(s.Body, s.IfPos)
	var orelse []syntax.Stmt
	if len(s.Else) > 0 {
		orelse = l.block(s.Else, s.IfPos)
	}
	return ifStmt(cond, body, orelse, s.IfPos)
}

// loop runs fn with a new native loop open and returns it.
func (l *lowerer) loop(hasElse bool, fn func()) *loopInfo {
	lp := &loopInfo{hasElse: hasElse}
	if hasElse {
		lp.flag = l.tmp()
	}
	l.fn.loops = append(l.fn.loops, lp)
	fn()
	l.fn.loops = l.fn.loops[:len(l.fn.loops)-1]
	return lp
}

// placeClosure returns where the def of a lowered closure goes: inline
// (the statements to emit, and its name), or, inside a loop, hoisted
// under a unique name before the outermost loop of the current function.
func (l *lowerer) placeClosure(d *syntax.DefStmt) (string, []syntax.Stmt) {
	if len(l.fn.loops) == 0 {
		return d.Name.Name, []syntax.Stmt{d}
	}
	l.fn.hoisted++
	d.Name.Name = fmt.Sprintf("%s_%d", d.Name.Name, l.fn.hoisted)
	l.fn.hoist = append(l.fn.hoist, d)
	return d.Name.Name, nil
}

// withHoisted puts the closures hoisted out of an outermost loop before it.
func (l *lowerer) withHoisted(stmts []syntax.Stmt) []syntax.Stmt {
	if len(l.fn.loops) > 0 || len(l.fn.hoist) == 0 {
		return stmts
	}
	out := append(l.fn.hoist, stmts...)
	l.fn.hoist = nil
	return out
}

// withElse completes a loop statement with its else clause: a flag set to
// False by break and tested after the loop.
// The closures hoisted out of the loop are placed before it (when it is
// the outermost one) before the else clause is lowered, so that those of
// loops in the else clause come after it.
func (l *lowerer) withElse(lp *loopInfo, loop syntax.Stmt, orelse []pyast.Stmt, p pos) []syntax.Stmt {
	if len(orelse) == 0 {
		return l.withHoisted([]syntax.Stmt{loop})
	}
	if !lp.broken {
		return append(l.withHoisted([]syntax.Stmt{loop}), l.stmts(orelse)...)
	}
	out := l.withHoisted([]syntax.Stmt{assign(ident(lp.flag, p), ident("True", p), p), loop})
	return append(out, ifStmt(ident(lp.flag, p), l.block(orelse, p), nil, p))
}

// whileStmt lowers while/else.
func (l *lowerer) whileStmt(s *pyast.While) []syntax.Stmt {
	if tr := invertible(s.Body, s.Else); tr != nil {
		return l.withHoisted(l.invertedLoop(tr, nil, nil, s.Cond, s.WhilePos))
	}
	cond := l.expr(s.Cond)
	var body []syntax.Stmt
	lp := l.loop(len(s.Else) > 0, func() { body = l.block(s.Body, s.WhilePos) })
	w := &syntax.WhileStmt{While: s.WhilePos, Cond: cond, Body: body}
	return l.withElse(lp, w, s.Else, s.WhilePos)
}

// forStmt lowers for/else.
func (l *lowerer) forStmt(s *pyast.For) []syntax.Stmt {
	if tr := invertible(s.Body, s.Else); tr != nil {
		return l.withHoisted(l.invertedLoop(tr, s.Target, s.Iter, nil, s.ForPos))
	}
	iter := l.iterable(s.Iter)
	vars, post := l.loopTarget(s.Target)
	var body []syntax.Stmt
	lp := l.loop(len(s.Else) > 0, func() { body = l.block(s.Body, s.ForPos) })
	f := &syntax.ForStmt{For: s.ForPos, Vars: vars, X: iter, Body: append(post, body...)}
	return l.withElse(lp, f, s.Else, s.ForPos)
}

// breakStmt lowers break or continue (code is the control code).
func (l *lowerer) breakStmt(p pos, code int) []syntax.Stmt {
	tok := syntax.BREAK
	word := "break"
	if code == hidden.ControlContinue {
		tok, word = syntax.CONTINUE, "continue"
	}
	if len(l.fn.loops) > 0 {
		return l.nativeBranch(tok, p)
	}
	for c := l.fn; c != nil; c = c.parent {
		if len(c.loops) > 0 {
			l.fn.kinds |= 1 << code
			return []syntax.Stmt{ret(control(int64(code), nil, p), p)}
		}
	}
	if code == hidden.ControlContinue {
		l.errs.Add(p, "'continue' not properly in loop")
	} else {
		l.errs.Add(p, "'"+word+"' outside loop")
	}
	return nil
}

// nativeBranch emits break or continue for the innermost native loop.
func (l *lowerer) nativeBranch(tok syntax.Token, p pos) []syntax.Stmt {
	if tok == syntax.BREAK {
		lp := l.fn.loops[len(l.fn.loops)-1]
		if !lp.hasElse {
			return []syntax.Stmt{branch(tok, p)}
		}
		lp.broken = true
		return []syntax.Stmt{assign(ident(lp.flag, p), ident("False", p), p), branch(tok, p)}
	}
	return []syntax.Stmt{branch(tok, p)}
}

// returnStmt lowers return.
func (l *lowerer) returnStmt(s *pyast.Return) []syntax.Stmt {
	if !l.cur.isFunc() {
		l.errs.Add(s.ReturnPos, "'return' outside function")
		return nil
	}
	var v syntax.Expr
	if s.Value != nil {
		v = l.expr(s.Value)
	}
	if l.fn.closure {
		if v == nil {
			v = none(s.ReturnPos)
		}
		l.fn.kinds |= 1 << hidden.ControlReturn
		return []syntax.Stmt{ret(control(hidden.ControlReturn, v, s.ReturnPos), s.ReturnPos)}
	}
	return []syntax.Stmt{ret(v, s.ReturnPos)}
}

// assertStmt lowers assert test, msg.
func (l *lowerer) assertStmt(s *pyast.Assert) []syntax.Stmt {
	p := s.AssertPos
	test := l.expr(s.Test)
	var args []syntax.Expr
	if s.Msg != nil {
		args = append(args, l.expr(s.Msg))
	}
	exc := hcall(hidden.Assertion, p, args...)
	return []syntax.Stmt{ifStmt(not(test, p), []syntax.Stmt{raiseCall(p, exc)}, nil, p)}
}

// raiseStmt lowers raise, raise X, raise X from Y.
func (l *lowerer) raiseStmt(s *pyast.Raise) []syntax.Stmt {
	var args []syntax.Expr
	if s.Exc != nil {
		args = append(args, l.expr(s.Exc))
		if s.Cause != nil {
			args = append(args, l.expr(s.Cause))
		}
	}
	return []syntax.Stmt{raiseCall(s.RaisePos, args...)}
}
