// This file defines the lowering of a loop whose whole body is one
// try/except statement, the common "keep going after an error" loop:
//
//	for x in xs:                      while cond:
//	    try: BODY                         try: BODY
//	    except E: HANDLER                 except E: HANDLER
//
// Lowering the try of every iteration into closures would cost a call of
// __pc_try and of a closure per iteration. Instead the loop is turned
// inside out: one closure runs the loop itself, with BODY inline, until an
// exception escapes it; the handler runs, and the loop resumes where it
// stopped (the iterable is wrapped by __pc_resumable, so that the next
// pass continues with the next element; a while condition is simply
// evaluated again). The cost of try is then paid once per exception, not
// once per iteration.
//
//	__pc_t = __pc_resumable(xs)
//	def __pc_loop():
//	    for x in __pc_t:
//	        BODY
//	    return (4,)                     # the loop ended
//	def __pc_except(__pc_exc): ...      # the except clauses
//	while True:
//	    __pc_r = __pc_try(__pc_loop, __pc_except, None, None)
//	    if __pc_r:
//	        if __pc_r[0] == 4: break
//	        ...                           # return, break, continue
//
// A break in BODY ends the inner loop and so the whole loop; continue is
// native; a handler's break and continue act on the outer while loop,
// which is the same as acting on the Python loop. Only loops without an
// else clause whose try has except clauses and neither else nor finally
// are turned inside out (an exception in those clauses must not reach the
// handlers).

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// controlDone is the control code a turned-inside-out loop's closure
// returns when the loop has ended.
const controlDone = hidden.ControlDone

// loopFn names the closure that runs a turned-inside-out loop.
const loopFn = hidden.LoopFn

// invertible returns the try statement of a loop that can be turned
// inside out, or nil.
func invertible(body, orelse []pyast.Stmt) *pyast.Try {
	if len(orelse) != 0 || len(body) != 1 {
		return nil
	}
	tr, ok := body[0].(*pyast.Try)
	if !ok || len(tr.Handlers) == 0 || len(tr.Else) != 0 || len(tr.Finally) != 0 {
		return nil
	}
	return tr
}

// invertedLoop analyses a turned-inside-out loop: its target, condition
// and body run in the try's body frame, which runs in a loop (it is
// entered again after each handled exception).
func (a *analyzer) invertedLoop(tr *pyast.Try, target pyast.Expr, cond pyast.Expr) {
	a.nest++
	a.loops++
	a.inFrame(a.newFrame(tr, partBody), func() {
		if cond != nil {
			a.expr(cond)
		}
		if target != nil {
			a.target(target)
		}
		a.stmts(tr.Body)
	})
	a.handlerFrame(tr)
	a.loops--
	a.nest--
}

// handlerFrame analyses the except clauses of a try statement.
func (a *analyzer) handlerFrame(s *pyast.Try) {
	a.inFrame(a.newFrame(s, partHandler), func() {
		for _, h := range s.Handlers {
			if h.Type != nil {
				a.expr(h.Type)
			}
			if h.Name != "" {
				a.store(h.Name, h.ExceptPos)
				a.cur.refs[len(a.cur.refs)-1].except = true
			}
			a.stmts(h.Body)
		}
	})
}

// invertedLoop lowers a turned-inside-out loop: a for loop (target and
// iter set) or a while loop (cond set).
func (l *lowerer) invertedLoop(tr *pyast.Try, target, iter, cond pyast.Expr, p pos) []syntax.Stmt {
	var out []syntax.Stmt
	var it string
	if iter != nil {
		it = l.tmp()
		out = append(out, assign(ident(it, p), hcall(hidden.Resumable, p, l.iterable(iter)), p))
	}
	loopDef, kinds := l.closure(loopFn, tr, partBody, "", p, func() []syntax.Stmt {
		var loop syntax.Stmt
		if iter != nil {
			vars, post := l.loopTarget(target)
			var body []syntax.Stmt
			l.loop(false, func() { body = l.block(tr.Body, p) })
			loop = &syntax.ForStmt{For: p, Vars: vars, X: ident(it, p), Body: append(post, body...)}
		} else {
			c := l.expr(cond)
			var body []syntax.Stmt
			l.loop(false, func() { body = l.block(tr.Body, p) })
			loop = &syntax.WhileStmt{While: p, Cond: c, Body: body}
		}
		return []syntax.Stmt{loop, ret(control(controlDone, nil, p), p)}
	})
	loopName, excName := ident("", p), ident("", p)
	var excDef *syntax.DefStmt
	var body []syntax.Stmt
	l.loop(false, func() {
		var hkinds int
		excDef, hkinds = l.closure(exceptFn, tr, partHandler, excParam, p, func() []syntax.Stmt { return l.handlers(tr.Handlers) })
		call := hcall(hidden.Try, p, loopName, excName, none(p), none(p))
		body = l.resume(call, kinds|hkinds, p)
	})
	name, inline := l.placeClosure(loopDef)
	loopName.Name = name
	out = append(out, inline...)
	name, inline = l.placeClosure(excDef)
	excName.Name = name
	out = append(out, inline...)
	return append(out, &syntax.WhileStmt{While: p, Cond: ident("True", p), Body: body})
}

// resume is the body of the outer loop of a turned-inside-out loop: run the
// closures, leave when the loop ended, dispatch return/break/continue, and
// otherwise (an exception was handled) go round again.
func (l *lowerer) resume(call syntax.Expr, kinds int, p pos) []syntax.Stmt {
	done := l.nativeBranch(syntax.BREAK, p)
	isDone := binary(index(ident(resultVar, p), intLit(0, p), p), syntax.EQL, intLit(controlDone, p), p)
	stmts := l.dispatch(call, kinds, p)
	if len(stmts) == 1 { // no other control kind: only "done"
		return []syntax.Stmt{
			assign(ident(resultVar, p), call, p),
			ifStmt(ident(resultVar, p), done, nil, p),
		}
	}
	test := stmts[1].(*syntax.IfStmt)
	test.True = []syntax.Stmt{ifStmt(isDone, done, test.True, p)}
	return stmts
}
