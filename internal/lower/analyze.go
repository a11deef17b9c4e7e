// This file defines the first pass: it walks the Python tree, builds the
// scopes and frames, and records every name reference.

package lower

import (
	"fmt"

	"github.com/pyconc/pyconc/internal/pyast"
)

// analyzer holds the results of scope analysis.
type analyzer struct {
	errs   *pyast.ErrorList
	module *scope
	scopes map[pyast.Node]*scope // def, lambda, comprehension, class -> scope
	frames map[frameKey]*frame
	supers map[*pyast.Call]*superInfo
	list   []*scope // every scope, module first, in order of creation

	interactive bool              // lowering one chunk of an interactive session
	session     func(string) bool // names of the session's earlier chunks

	// walk state
	cur   *scope
	frame *frame
	loops int // loops of cur open at this point
	nest  int // compound statements of cur open at this point
}

// superInfo records what a no-argument super() call refers to.
type superInfo struct {
	class *scope // the enclosing class scope; nil: none
	self  string // first parameter of the innermost function; "" if none
	fn    *scope
}

func newAnalyzer(errs *pyast.ErrorList) *analyzer {
	a := &analyzer{
		errs:   errs,
		scopes: map[pyast.Node]*scope{},
		frames: map[frameKey]*frame{},
		supers: map[*pyast.Call]*superInfo{},
	}
	a.module = newScope(moduleScope, nil, "", nil)
	a.list = []*scope{a.module}
	a.cur = a.module
	return a
}

// addScope records the scope made by node.
func (a *analyzer) addScope(node pyast.Node, s *scope) {
	a.scopes[node] = s
	a.list = append(a.list, s)
}

// ---- recording ----

func (a *analyzer) load(name string, p pos) {
	s := a.cur
	if _, ok := s.used[name]; !ok {
		s.used[name] = p
	}
	s.refs = append(s.refs, &ref{name: name, scope: s, frame: a.frame, pos: p})
}

func (a *analyzer) store(name string, p pos) {
	s := a.cur
	if _, ok := s.assigned[name]; !ok {
		s.assigned[name] = p
	}
	_, g := s.globals[name]
	_, n := s.nonlocals[name]
	if !(g || n) || s.kind == moduleScope {
		b := s.bind(name)
		if s.kind == classScope && a.nest > 0 {
			b.conditional = true
		}
	}
	s.refs = append(s.refs, &ref{name: name, scope: s, frame: a.frame, store: true, pos: p})
}

func (a *analyzer) newFrame(node pyast.Node, part int) *frame {
	f := &frame{parent: a.frame, inLoop: a.loops > 0}
	a.frames[frameKey{node, part}] = f
	return f
}

// inScope runs fn with s as the current scope.
func (a *analyzer) inScope(s *scope, fn func()) {
	cur, fr, loops, nest := a.cur, a.frame, a.loops, a.nest
	a.cur, a.frame, a.loops, a.nest = s, nil, 0, 0
	fn()
	a.cur, a.frame, a.loops, a.nest = cur, fr, loops, nest
}

// inFrame runs fn inside frame f.
func (a *analyzer) inFrame(f *frame, fn func()) {
	saved := a.frame
	a.frame = f
	fn()
	a.frame = saved
}

// ---- statements ----

func (a *analyzer) stmts(list []pyast.Stmt) {
	for _, s := range list {
		a.stmt(s)
	}
}

// block walks a nested block of a compound statement.
func (a *analyzer) block(list []pyast.Stmt) {
	a.nest++
	a.stmts(list)
	a.nest--
}

func (a *analyzer) stmt(st pyast.Stmt) {
	switch s := st.(type) {
	case *pyast.ExprStmt:
		a.expr(s.X)
	case *pyast.Assign:
		a.expr(s.Value)
		for _, t := range s.Targets {
			a.target(t)
		}
	case *pyast.AugAssign:
		if n, ok := s.Target.(*pyast.Name); ok {
			a.load(n.Id, n.NamePos)
		}
		a.expr(s.Value)
		a.target(s.Target)
	case *pyast.AnnAssign:
		if s.Value != nil {
			a.expr(s.Value)
			a.target(s.Target)
		}
	case *pyast.Pass, *pyast.Break, *pyast.Continue:
	case *pyast.Return:
		if s.Value != nil {
			a.expr(s.Value)
		}
	case *pyast.If:
		a.expr(s.Cond)
		a.block(s.Body)
		a.block(s.Else)
	case *pyast.While:
		if tr := invertible(s.Body, s.Else); tr != nil {
			a.invertedLoop(tr, nil, s.Cond)
			break
		}
		a.expr(s.Cond)
		a.loops++
		a.block(s.Body)
		a.loops--
		a.block(s.Else)
	case *pyast.For:
		a.expr(s.Iter)
		if tr := invertible(s.Body, s.Else); tr != nil {
			a.invertedLoop(tr, s.Target, nil)
			break
		}
		a.nest++
		a.target(s.Target)
		a.nest--
		a.loops++
		a.block(s.Body)
		a.loops--
		a.block(s.Else)
	case *pyast.FunctionDef:
		a.exprs(s.Decorators)
		fs := newScope(funcScope, a.cur, s.Name, a.frame)
		a.addScope(s, fs)
		a.params(s.Params, fs)
		a.store(s.Name, s.NamePos)
		a.inScope(fs, func() {
			a.bindParams(s.Params)
			a.stmts(s.Body)
		})
	case *pyast.ClassDef:
		a.exprs(s.Decorators)
		a.exprs(s.Bases)
		for _, k := range s.Keywords {
			a.expr(k.Value)
		}
		cs := newScope(classScope, a.cur, s.Name, a.frame)
		a.addScope(s, cs)
		a.inScope(cs, func() { a.stmts(s.Body) })
		a.store(s.Name, s.NamePos)
	case *pyast.Import:
		for _, al := range s.Names {
			a.store(importBinds(al), al.NamePos)
		}
	case *pyast.ImportFrom:
		if s.Names == nil {
			if a.cur.kind != moduleScope {
				a.errs.Add(s.FromPos, "import * only allowed at module level")
			}
			a.module.starImport = true
		}
		for _, al := range s.Names {
			name := al.AsName
			if name == "" {
				name = al.Name
			}
			a.store(name, al.NamePos)
		}
	case *pyast.Global:
		a.declare(s.GlobalPos, s.Names, "global")
	case *pyast.Nonlocal:
		a.declare(s.NonlocalPos, s.Names, "nonlocal")
	case *pyast.Del:
		for _, t := range s.Targets {
			a.delTarget(t)
		}
	case *pyast.Assert:
		a.expr(s.Test)
		if s.Msg != nil {
			a.expr(s.Msg)
		}
	case *pyast.Raise:
		if s.Exc != nil {
			a.expr(s.Exc)
		}
		if s.Cause != nil {
			a.expr(s.Cause)
		}
	case *pyast.Try:
		a.nest++
		a.inFrame(a.newFrame(s, partBody), func() { a.stmts(s.Body) })
		if len(s.Handlers) > 0 {
			a.handlerFrame(s)
		}
		if len(s.Else) > 0 {
			a.inFrame(a.newFrame(s, partElse), func() { a.stmts(s.Else) })
		}
		if len(s.Finally) > 0 {
			a.inFrame(a.newFrame(s, partFinally), func() { a.stmts(s.Finally) })
		}
		a.nest--
	case *pyast.With:
		a.nest++
		saved := a.frame
		for i, item := range s.Items {
			a.expr(item.Context)
			a.frame = a.newFrame(s, i)
			if item.Vars != nil {
				a.target(item.Vars)
			}
		}
		a.stmts(s.Body)
		a.frame = saved
		a.nest--
	default:
		bug(st.Start(), "unexpected statement %T", st)
	}
}

// importBinds returns the name an "import" alias binds.
func importBinds(al *pyast.Alias) string {
	if al.AsName != "" {
		return al.AsName
	}
	for i := 0; i < len(al.Name); i++ {
		if al.Name[i] == '.' {
			return al.Name[:i]
		}
	}
	return al.Name
}

// declare records a global or nonlocal statement.
func (a *analyzer) declare(p pos, names []string, kind string) {
	s := a.cur
	for _, name := range names {
		if s.kind == moduleScope {
			if kind == "nonlocal" {
				a.errs.Add(p, "nonlocal declaration not allowed at module level")
			}
			continue
		}
		if _, ok := s.assigned[name]; ok {
			a.errs.Add(p, fmt.Sprintf("name '%s' is assigned to before %s declaration", name, kind))
		} else if _, ok := s.used[name]; ok {
			a.errs.Add(p, fmt.Sprintf("name '%s' is used prior to %s declaration", name, kind))
		}
		for _, prm := range s.params {
			if prm == name {
				a.errs.Add(p, fmt.Sprintf("name '%s' is parameter and %s", name, kind))
			}
		}
		if kind == "global" {
			if _, ok := s.nonlocals[name]; ok {
				a.errs.Add(p, fmt.Sprintf("name '%s' is nonlocal and global", name))
			}
			s.globals[name] = p
		} else {
			if _, ok := s.globals[name]; ok {
				a.errs.Add(p, fmt.Sprintf("name '%s' is nonlocal and global", name))
			}
			s.nonlocals[name] = p
		}
	}
}

// params walks the defaults of params (in the enclosing scope) and records
// the parameter names of fs.
func (a *analyzer) params(params []*pyast.Param, fs *scope) {
	for i, p := range params {
		if p.Default != nil {
			a.expr(p.Default)
		}
		if p.Name != "" {
			fs.params = append(fs.params, p.Name)
		}
		if i == 0 && p.Kind == pyast.ParamNormal {
			fs.self = p.Name
		}
	}
}

// bindParams binds the parameters in the current (new) scope.
func (a *analyzer) bindParams(params []*pyast.Param) {
	for _, p := range params {
		if p.Name != "" {
			a.store(p.Name, p.NamePos)
			a.cur.bindings[p.Name].param = true
		}
	}
}

// target walks an assignment target.
func (a *analyzer) target(t pyast.Expr) {
	switch t := t.(type) {
	case *pyast.Name:
		a.store(t.Id, t.NamePos)
	case *pyast.Tuple:
		for _, e := range t.Elts {
			a.target(e)
		}
	case *pyast.List:
		for _, e := range t.Elts {
			a.target(e)
		}
	case *pyast.Starred:
		a.target(t.X)
	default:
		a.expr(t) // attribute, subscript (or an invalid target, reported later)
	}
}

// delTarget walks a del target.
func (a *analyzer) delTarget(t pyast.Expr) {
	switch t := t.(type) {
	case *pyast.Name:
		a.nest++ // a deleted class attribute may be missing
		a.store(t.Id, t.NamePos)
		a.nest--
		a.cur.refs[len(a.cur.refs)-1].del = true
	case *pyast.Tuple:
		for _, e := range t.Elts {
			a.delTarget(e)
		}
	case *pyast.List:
		for _, e := range t.Elts {
			a.delTarget(e)
		}
	default:
		a.expr(t)
	}
}

// ---- expressions ----

func (a *analyzer) exprs(list []pyast.Expr) {
	for _, e := range list {
		a.expr(e)
	}
}

func (a *analyzer) expr(e pyast.Expr) {
	switch e := e.(type) {
	case nil:
	case *pyast.Name:
		switch e.Id {
		case "True", "False", "None", "...":
		default:
			a.load(e.Id, e.NamePos)
		}
	case *pyast.Int, *pyast.Float, *pyast.Str, *pyast.Bytes:
	case *pyast.FString:
		a.exprs(e.Parts)
	case *pyast.FormatField:
		a.expr(e.Value)
		if e.Spec != nil {
			a.expr(e.Spec)
		}
	case *pyast.Attribute:
		a.expr(e.X)
	case *pyast.Subscript:
		a.expr(e.X)
		a.expr(e.Index)
	case *pyast.Slice:
		a.expr(e.Lo)
		a.expr(e.Hi)
		a.expr(e.Step)
	case *pyast.Call:
		a.expr(e.Fn)
		for _, arg := range e.Args {
			a.expr(arg.Value)
		}
		if fn, ok := e.Fn.(*pyast.Name); ok && fn.Id == "super" && len(e.Args) == 0 {
			a.super(e)
		}
	case *pyast.BinOp:
		a.expr(e.X)
		a.expr(e.Y)
	case *pyast.UnaryOp:
		a.expr(e.X)
	case *pyast.BoolOp:
		a.expr(e.X)
		a.expr(e.Y)
	case *pyast.Compare:
		a.exprs(e.Operands)
	case *pyast.IfExp:
		a.expr(e.Cond)
		a.expr(e.Then)
		a.expr(e.Else)
	case *pyast.Lambda:
		ls := newScope(lambdaScope, a.cur, "<lambda>", a.frame)
		a.addScope(e, ls)
		a.params(e.Params, ls)
		a.inScope(ls, func() {
			a.bindParams(e.Params)
			a.expr(e.Body)
		})
	case *pyast.List:
		a.exprs(e.Elts)
	case *pyast.Tuple:
		a.exprs(e.Elts)
	case *pyast.Set:
		a.exprs(e.Elts)
	case *pyast.Dict:
		for i := range e.Values {
			a.expr(e.Keys[i])
			a.expr(e.Values[i])
		}
	case *pyast.Starred:
		a.expr(e.X)
	case *pyast.Comprehension:
		if len(e.Clauses) == 0 {
			bug(e.OpenPos, "comprehension without clauses")
			return
		}
		a.expr(e.Clauses[0].Iter)
		cs := newScope(compScope, a.cur, "<"+e.Kind+"comp>", a.frame)
		a.addScope(e, cs)
		a.inScope(cs, func() {
			for i, c := range e.Clauses {
				if i > 0 {
					a.expr(c.Iter)
				}
				a.target(c.Target)
				a.exprs(c.Ifs)
			}
			a.expr(e.Elt)
			a.expr(e.Value)
		})
	default:
		bug(e.Start(), "unexpected expression %T", e)
	}
}

// super records a no-argument super() call: it refers to the class name and
// to the first parameter of the innermost function.
func (a *analyzer) super(c *pyast.Call) {
	info := &superInfo{}
	fn := a.cur
	for fn != nil && !fn.isFunc() {
		if fn.kind == moduleScope || fn.kind == classScope {
			fn = nil
			break
		}
		fn = fn.parent
	}
	if fn != nil {
		info.fn = fn
		info.self = fn.self
		for p := fn.parent; p != nil; p = p.parent {
			if p.kind == classScope {
				info.class = p
				break
			}
		}
	}
	a.supers[c] = info
	if info.class != nil {
		a.load(info.class.name, c.Lparen)
	}
	if info.self != "" {
		a.load(info.self, c.Lparen)
	}
}
