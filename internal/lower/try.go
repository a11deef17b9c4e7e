// This file defines the lowering of try/except/else/finally and with
// statements into hidden closures run by __pc_try and __pc_with, and the
// dispatch of the control values those closures return.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// Names of the lowered closures and of their parameters and result.
const (
	bodyFn     = hidden.BodyFn
	exceptFn   = hidden.ExceptFn
	elseFn     = hidden.ElseFn
	finallyFn  = hidden.FinallyFn
	withFn     = hidden.WithFn
	excParam   = hidden.ExcParam
	valueParam = hidden.ValueVar
	resultVar  = hidden.ResultVar
)

// closure emits a lowered closure named name for frame part of node, with
// an optional parameter; emit produces its body. It returns the def and
// the control kinds the closure may return.
func (l *lowerer) closure(name string, node pyast.Node, part int, param string, p pos, emit func() []syntax.Stmt) (*syntax.DefStmt, int) {
	savedFn, savedFrame := l.fn, l.frame
	l.fn = &fnCtx{parent: savedFn, closure: true}
	l.frame = l.a.frames[frameKey{node, part}]
	body := emit()
	// Closures hoisted out of a loop the closure runs itself (a
	// turned-inside-out loop's) go at the top of the closure's body.
	body = append(l.fn.hoist, body...)
	kinds := l.fn.kinds
	l.fn, l.frame = savedFn, savedFrame
	var params []syntax.Expr
	if param != "" {
		params = []syntax.Expr{ident(param, p)}
	}
	return def(name, p, params, body), kinds
}

// tryStmt lowers try/except/else/finally to
//
//	def __pc_body(): ...
//	def __pc_except(__pc_exc): if __pc_match(__pc_exc, T): ... else: __pc_raise()
//	def __pc_else(): ...
//	def __pc_finally(): ...
//	__pc_r = __pc_try(__pc_body, __pc_except, __pc_else, __pc_finally)
//	if __pc_r: dispatch
func (l *lowerer) tryStmt(s *pyast.Try) []syntax.Stmt {
	p := s.TryPos
	var out []syntax.Stmt
	kinds := 0
	arg := func(name string, part int, param string, emit func() []syntax.Stmt) syntax.Expr {
		d, k := l.closure(name, s, part, param, p, emit)
		placed, inline := l.placeClosure(d)
		out = append(out, inline...)
		kinds |= k
		return ident(placed, p)
	}
	body := arg(bodyFn, partBody, "", func() []syntax.Stmt { return l.stmts(s.Body) })
	var handler, orelse, final syntax.Expr = none(p), none(p), none(p)
	if len(s.Handlers) > 0 {
		handler = arg(exceptFn, partHandler, excParam, func() []syntax.Stmt { return l.handlers(s.Handlers) })
	}
	if len(s.Else) > 0 {
		orelse = arg(elseFn, partElse, "", func() []syntax.Stmt { return l.stmts(s.Else) })
	}
	if len(s.Finally) > 0 {
		final = arg(finallyFn, partFinally, "", func() []syntax.Stmt { return l.stmts(s.Finally) })
	}
	return append(out, l.dispatch(hcall(hidden.Try, p, body, handler, orelse, final), kinds, p)...)
}

// handlers lowers the except clauses into one if/elif chain.
func (l *lowerer) handlers(hs []*pyast.ExceptHandler) []syntax.Stmt {
	var chain []syntax.Stmt
	var tail *[]syntax.Stmt = &chain
	for i, h := range hs {
		p := h.ExceptPos
		var body []syntax.Stmt
		if h.Name != "" {
			body = append(body, l.storeName(h.Name, ident(excParam, p), p))
		}
		if h.Type == nil {
			if i != len(hs)-1 {
				l.errs.Add(p, "default 'except:' must be last")
			}
			*tail = append(*tail, l.stmts(h.Body)...)
			return nonEmpty(chain, p)
		}
		cond := hcall(hidden.Match, p, ident(excParam, p), l.expr(h.Type))
		body = append(body, l.stmts(h.Body)...)
		st := ifStmt(cond, body, nil, p)
		*tail = append(*tail, st)
		tail = &st.False
	}
	p := hs[len(hs)-1].ExceptPos
	*tail = append(*tail, raiseCall(p))
	return chain
}

// withStmt lowers with A as x, B as y: body as nested one-item withs:
//
//	def __pc_withbody(__pc_v): x = __pc_v; ...
//	__pc_r = __pc_with(A, __pc_withbody)
//	if __pc_r: dispatch
func (l *lowerer) withStmt(s *pyast.With) []syntax.Stmt {
	if len(s.Items) == 0 {
		l.errs.Add(s.WithPos, "invalid syntax")
		return nil
	}
	return l.withItem(s, 0)
}

func (l *lowerer) withItem(s *pyast.With, i int) []syntax.Stmt {
	item := s.Items[i]
	p := item.Context.Start()
	mgr := l.expr(item.Context)
	d, kinds := l.closure(withFn, s, i, valueParam, p, func() []syntax.Stmt {
		var body []syntax.Stmt
		if item.Vars != nil {
			body = l.assignTo(item.Vars, ident(valueParam, p), p)
		}
		if i+1 < len(s.Items) {
			return append(body, l.withItem(s, i+1)...)
		}
		return append(body, l.stmts(s.Body)...)
	})
	name, inline := l.placeClosure(d)
	return append(inline, l.dispatch(hcall(hidden.With, s.WithPos, mgr, ident(name, p)), kinds, p)...)
}

// dispatch runs the call of a lowered construct and acts on the control
// value it returns: natively (return r[1], break, continue) when the
// target is in the current Starlark function, else by returning the value
// to the enclosing lowered construct.
func (l *lowerer) dispatch(c syntax.Expr, kinds int, p pos) []syntax.Stmt {
	if kinds == 0 {
		return []syntax.Stmt{exprStmt(c)}
	}
	type action struct {
		code int
		body []syntax.Stmt
		prop bool
	}
	var acts []action
	for code := hidden.ControlReturn; code <= hidden.ControlContinue; code++ {
		if kinds&(1<<code) == 0 {
			continue
		}
		a := action{code: code}
		switch {
		case code == hidden.ControlReturn && !l.fn.closure:
			a.body = []syntax.Stmt{ret(index(ident(resultVar, p), intLit(1, p), p), p)}
		case code != hidden.ControlReturn && len(l.fn.loops) > 0:
			tok := syntax.BREAK
			if code == hidden.ControlContinue {
				tok = syntax.CONTINUE
			}
			a.body = l.nativeBranch(tok, p)
		default:
			a.prop = true
			l.fn.kinds |= 1 << code
			a.body = []syntax.Stmt{ret(ident(resultVar, p), p)}
		}
		acts = append(acts, a)
	}
	// Propagated kinds share one action, placed last.
	var native []action
	var prop *action
	for i := range acts {
		if acts[i].prop {
			prop = &acts[i]
		} else {
			native = append(native, acts[i])
		}
	}
	var chain []syntax.Stmt
	tail := &chain
	for i, a := range native {
		if i == len(native)-1 && prop == nil {
			*tail = append(*tail, a.body...)
			break
		}
		cond := binary(index(ident(resultVar, p), intLit(0, p), p), syntax.EQL, intLit(int64(a.code), p), p)
		st := ifStmt(cond, a.body, nil, p)
		*tail = append(*tail, st)
		tail = &st.False
	}
	if prop != nil {
		*tail = append(*tail, prop.body...)
	}
	return []syntax.Stmt{
		assign(ident(resultVar, p), c, p),
		ifStmt(ident(resultVar, p), chain, nil, p),
	}
}
