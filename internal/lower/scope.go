// This file defines the Python scopes, bindings and lowered-closure frames
// found by the analysis pass.

package lower

import (
	"github.com/pyconc/pyconc/internal/pyast"
)

// scopeKind tells what made a Python scope.
type scopeKind int

const (
	moduleScope scopeKind = iota
	funcScope
	lambdaScope
	compScope
	classScope
)

// A scope is one Python scope: the module, a def, a lambda, a comprehension
// or a class body.
type scope struct {
	kind     scopeKind
	parent   *scope
	name     string // def or class name ("<lambda>" for a lambda)
	defFrame *frame // frame of parent where this scope is defined (nil: none)

	bindings  map[string]*binding // names owned by this scope
	order     []*binding          // bindings in order of first binding
	globals   map[string]pos      // global declarations
	nonlocals map[string]pos      // nonlocal declarations
	used      map[string]pos      // first use of each name, for declaration checks
	assigned  map[string]pos      // first assignment of each name
	refs      []*ref              // every name reference in this scope
	resolved  map[string]*binding // memo of resolve
	params    []string            // parameter names, in order
	self      string              // first parameter when positional (for super())

	starImport bool // module only: "from m import *" occurs
}

// A binding is one variable: a name owned by a scope.
type binding struct {
	name  string
	owner *scope
	star  string // its Starlark name (the Python name, or mangled)

	param       bool // a parameter of owner
	conditional bool // class body: bound somewhere other than top level
	starImport  bool // module: bound by "from m import *"

	cell    bool   // lives in a __pc_cell
	session bool   // interactive: a predeclared cell of an earlier chunk
	home    *frame // non-nil: a plain local of this lowered closure

	deleted      bool     // target of a del statement: reads must detect it
	foreignStore bool     // stored by another scope (global/nonlocal)
	plainStore   bool     // stored by owner outside any frame
	otherStore   bool     // stored other than as the name of an except clause
	frameStores  []*frame // frames of owner where it is stored
	loadFrames   []*frame // frames of owner where it is read (incl. nested scopes' definition points)
}

// A frame is a lowered closure (try body, handler, else, finally, with body)
// inside the code of one scope.
type frame struct {
	parent *frame // enclosing frame in the same scope
	inLoop bool   // some loop of the scope encloses the statement that made it
}

// within reports whether f is g or nested in g.
func (f *frame) within(g *frame) bool {
	for ; f != nil; f = f.parent {
		if f == g {
			return true
		}
	}
	return false
}

// A ref is a reference to a name from a scope, inside frame (nil: none).
type ref struct {
	name   string
	scope  *scope
	frame  *frame
	store  bool
	del    bool // a del statement
	except bool // the name of an except clause
	pos    pos
}

// frameKey identifies a frame by the statement that makes it and which part.
type frameKey struct {
	node pyast.Node
	part int
}

// Frame parts of a try statement; with item i uses part i.
const (
	partBody = iota
	partHandler
	partElse
	partFinally
)

func newScope(kind scopeKind, parent *scope, name string, defFrame *frame) *scope {
	return &scope{
		kind:      kind,
		parent:    parent,
		name:      name,
		defFrame:  defFrame,
		bindings:  map[string]*binding{},
		globals:   map[string]pos{},
		nonlocals: map[string]pos{},
		used:      map[string]pos{},
		assigned:  map[string]pos{},
		resolved:  map[string]*binding{},
	}
}

// bind returns the binding of name owned by s, creating it if needed.
func (s *scope) bind(name string) *binding {
	b := s.bindings[name]
	if b == nil {
		b = &binding{name: name, owner: s, star: name}
		s.bindings[name] = b
		s.order = append(s.order, b)
	}
	return b
}

// isFunc reports whether s is a def or lambda scope.
func (s *scope) isFunc() bool { return s.kind == funcScope || s.kind == lambdaScope }
