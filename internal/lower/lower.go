// Package lower turns the Python syntax tree of package pyast into a
// go.starlark.net syntax tree that Starlark can resolve, compile and run.
//
// Python-only constructs (classes, try, with, global and nonlocal rebinding,
// imports, del, assert, raise, unpacking, f-strings...) become ordinary
// Starlark nodes plus calls of the hidden built-ins described by package
// hidden. The pass has two stages: a scope analysis with Python's rules
// (analyze.go, resolve.go), which decides which variables become cells and
// which names must be renamed so that Starlark's lexical scoping finds the
// binding Python would, and the emission of the Starlark tree (the other
// files, one per kind of construct).
package lower

import (
	"fmt"
	"math/big"
	"strconv"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// File lowers a parsed module. isPredeclared reports names the runtime
// predeclares (built-ins, __name__, hidden names); a name bound nowhere in
// the module and not predeclared is lowered to a call of __pc_undefined("name")
// so that the NameError happens at run time as in Python. Names of
// Starlark's universe (len, range...) count as predeclared.
//
// The result passes starlark.FileProgram(f, isPredeclared); its Options allow
// sets, while loops, top-level control, global reassignment and recursion.
// The error, if any, is a pyast.ErrorList sorted by position.
func File(mod *pyast.Module, isPredeclared func(string) bool) (*syntax.File, error) {
	return FileWith(mod, isPredeclared, Options{})
}

// Options change how a module is lowered.
type Options struct {
	// Interactive lowers one chunk of an interactive session: every
	// module-level variable is a cell, so that functions defined by
	// earlier chunks see the rebindings of later ones. Session reports the
	// variables of earlier chunks: predeclared cells that the chunk reads
	// and stores through (x.v) instead of creating them again.
	Interactive bool
	Session     func(name string) bool
}

// starlarkOnly are the names of go.starlark.net's universe that CPython's
// builtins lack. A script does not see them: such a name is the script's
// own (a star import's) or undefined (NameError).
var starlarkOnly = map[string]bool{"fail": true}

// inUniverse reports whether name is one of go.starlark.net's universe
// that a script sees.
func inUniverse(name string) bool {
	return starlark.Universe.Has(name) && !starlarkOnly[name]
}

// FileWith is File with options.
func FileWith(mod *pyast.Module, isPredeclared func(string) bool, opts Options) (*syntax.File, error) {
	known := isPredeclared
	isPredeclared = func(name string) bool { return known(name) || inUniverse(name) }
	errs := &pyast.ErrorList{}
	a := newAnalyzer(errs)
	a.interactive = opts.Interactive
	a.session = opts.Session
	if a.session == nil {
		a.session = func(string) bool { return false }
	}
	a.stmts(mod.Body)
	a.finish(a.list, isPredeclared)
	if errs.Len() > 0 {
		errs.Sort()
		return nil, errs.Err()
	}
	l := &lowerer{a: a, errs: errs, isPredeclared: isPredeclared, topBound: map[string]bool{}, prebind: map[string]bool{}}
	f := &syntax.File{
		Path:    mod.Path,
		Options: hidden.FileOptions(),
	}
	f.Stmts = l.module(mod)
	if errs.Len() > 0 {
		errs.Sort()
		return nil, errs.Err()
	}
	return f, nil
}

// bug stops the lowering on a failure of its own (never the user's
// mistake): it panics, and the host's call of pyconc reports an internal
// error (core.NewInternalError).
func bug(p pos, format string, args ...any) {
	panic(fmt.Sprintf("lowering %s: ", p) + fmt.Sprintf(format, args...))
}

// unsupported reports a construct pyconc cannot lower.
func (l *lowerer) unsupported(p pos, what string) {
	l.errs.Add(p, what+" is not supported by pyconc")
}

// lowerer holds the state of emission.
type lowerer struct {
	a             *analyzer
	errs          *pyast.ErrorList
	isPredeclared func(string) bool

	cur   *scope // Python scope being emitted
	frame *frame // current frame of cur
	fn    *fnCtx // Starlark function being emitted

	ntmp     int
	topBound map[string]bool // module names bound so far by top-level code
	prebind  map[string]bool // module names read by top-level code before any binding
	preorder []string
}

// fnCtx describes the Starlark function whose body is being emitted.
type fnCtx struct {
	parent  *fnCtx // enclosing function of a lowered closure; nil for a Python scope
	closure bool   // a lowered try/with closure
	loops   []*loopInfo
	kinds   int // control kinds the closure returns: bit 1<<code

	// hoist holds the closures of try/with statements inside loops: they
	// are defined once, before the outermost loop, instead of once per
	// iteration (Starlark closures see the loop's variables through cells).
	hoist   []syntax.Stmt
	hoisted int // closures hoisted so far, for unique names
}

// loopInfo is one native loop of the current Starlark function.
type loopInfo struct {
	hasElse bool   // the loop has an else clause
	flag    string // name of the else flag
	broken  bool   // some break set the flag
}

// tmp returns a fresh hidden temporary name.
func (l *lowerer) tmp() string {
	l.ntmp++
	return hidden.TempPrefix + strconv.Itoa(l.ntmp)
}

// atTop reports whether code is emitted at module top level (not in a function).
func (l *lowerer) atTop() bool {
	return l.cur == l.a.module && l.fn.parent == nil && !l.fn.closure
}

// module lowers the whole module.
func (l *lowerer) module(mod *pyast.Module) []syntax.Stmt {
	l.cur = l.a.module
	l.fn = &fnCtx{}
	p := syntax.MakePosition(&mod.Path, 1, 1)
	if len(mod.Body) > 0 {
		p = mod.Body[0].Start()
	}
	doc, rest := splitDoc(mod.Body)
	var out []syntax.Stmt
	if doc != nil {
		out = append(out, l.stmt(doc)...)
	}
	out = append(out, l.cellPreamble(l.a.module, p)...)
	body := l.stmts(rest)
	if len(l.preorder) > 0 {
		// Names read by top-level code before their first binding: give
		// them a binding that never runs, so that Starlark resolves them
		// as globals (unbound at run time, as in Python).
		var binds []syntax.Stmt
		for _, name := range l.preorder {
			binds = append(binds, assign(ident(name, p), none(p), p))
		}
		out = append(out, ifStmt(ident("False", p), binds, nil, p))
	}
	return append(out, body...)
}

// splitDoc returns the docstring statement of a body, if any, and the rest.
func splitDoc(body []pyast.Stmt) (pyast.Stmt, []pyast.Stmt) {
	if len(body) > 0 {
		if e, ok := body[0].(*pyast.ExprStmt); ok {
			if _, ok := e.X.(*pyast.Str); ok {
				return body[0], body[1:]
			}
		}
	}
	return nil, body
}

// cellPreamble creates the cells owned by scope s.
func (l *lowerer) cellPreamble(s *scope, p pos) []syntax.Stmt {
	kind := "local"
	if s.kind == moduleScope {
		kind = "global"
	}
	var out []syntax.Stmt
	for _, b := range s.order {
		if !b.cell || b.session {
			continue
		}
		mk := hcall(hidden.Cell, p, str(b.name, p), str(kind, p))
		if b.param {
			t := l.tmp()
			out = append(out,
				assign(ident(t, p), mk, p),
				assign(dot(ident(t, p), "v", p), ident(b.star, p), p),
				assign(ident(b.star, p), ident(t, p), p))
		} else {
			out = append(out, assign(ident(b.star, p), mk, p))
		}
		if s.kind == moduleScope {
			l.topBound[b.star] = true
		}
	}
	return out
}

// binding returns the binding name refers to in the current scope.
func (l *lowerer) binding(name string) *binding {
	return l.a.resolve(l.cur, name)
}

// load returns the expression reading variable name.
func (l *lowerer) load(name string, p pos) syntax.Expr {
	switch name {
	case "True", "False", "None":
		return ident(name, p)
	}
	b := l.binding(name)
	if b == nil {
		if l.isPredeclared(name) {
			return ident(name, p)
		}
		return hcall(hidden.Undefined, p, str(name, p))
	}
	if b.cell {
		return cellv(b.star, p)
	}
	if l.atTop() && b.owner == l.a.module && !l.topBound[b.star] && !l.prebind[b.star] {
		l.prebind[b.star] = true
		l.preorder = append(l.preorder, b.star)
	}
	return ident(b.star, p)
}

// storeExpr returns the assignment target for variable name.
func (l *lowerer) storeExpr(name string, p pos) syntax.Expr {
	b := l.binding(name)
	if b == nil {
		bug(p, "no binding for %s", name)
		return ident(name, p)
	}
	if b.cell {
		return cellv(b.star, p)
	}
	if l.atTop() {
		l.topBound[b.star] = true
	}
	return ident(b.star, p)
}

// storeName returns the statement name = value.
func (l *lowerer) storeName(name string, value syntax.Expr, p pos) syntax.Stmt {
	return assign(l.storeExpr(name, p), value, p)
}

// literalInt converts a parsed integer value.
func literalInt(v interface{}) interface{} {
	switch v := v.(type) {
	case int:
		return int64(v)
	case int64, *big.Int:
		return v
	}
	return int64(0)
}
