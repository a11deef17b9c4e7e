// This file defines the second pass: it resolves every reference with
// Python's rules, decides which variables become cells or closure locals,
// and renames bindings whose Starlark name would be captured wrongly.

package lower

import (
	"fmt"

	"github.com/pyconc/pyconc/internal/hidden"
)

// resolve returns the binding name refers to from scope s, or nil when it
// is predeclared or undefined.
func (a *analyzer) resolve(s *scope, name string) *binding {
	if b, ok := s.resolved[name]; ok {
		return b
	}
	var b *binding
	if s.kind == moduleScope {
		b = s.bindings[name]
	} else if _, ok := s.globals[name]; ok {
		b = a.module.bindings[name]
	} else if _, ok := s.nonlocals[name]; ok {
		b = a.enclosing(s.parent, name)
	} else if b = s.bindings[name]; b == nil {
		b = a.free(s.parent, name)
	}
	s.resolved[name] = b
	return b
}

// free resolves a name that scope p's child uses without binding it:
// class scopes are invisible to the scopes nested in them.
func (a *analyzer) free(p *scope, name string) *binding {
	for p.kind == classScope {
		p = p.parent
	}
	return a.resolve(p, name)
}

// enclosing finds the function binding a nonlocal declaration refers to.
func (a *analyzer) enclosing(p *scope, name string) *binding {
	for ; p != nil && p.kind != moduleScope; p = p.parent {
		if p.kind == classScope {
			continue
		}
		if _, ok := p.globals[name]; ok {
			return nil
		}
		_, nl := p.nonlocals[name]
		if nl || p.bindings[name] != nil {
			return a.resolve(p, name)
		}
	}
	return nil
}

// finish runs resolution, cell decisions and renaming.
func (a *analyzer) finish(scopes []*scope, isPredeclared func(string) bool) {
	// Global declarations that store create module bindings.
	for _, s := range scopes {
		for _, r := range s.refs {
			if _, ok := s.globals[r.name]; ok && r.store && s.kind != moduleScope {
				a.module.bind(r.name)
			}
		}
	}
	// An interactive chunk binds, at module level, the session's variables
	// it uses.
	if a.interactive {
		for _, s := range scopes {
			for _, r := range s.refs {
				if a.session(r.name) && a.resolve(s, r.name) == nil {
					a.module.bind(r.name)
				}
			}
		}
		for _, s := range scopes {
			s.resolved = map[string]*binding{}
		}
	}
	// Nonlocal declarations must find a binding.
	for _, s := range scopes {
		for name, p := range s.nonlocals {
			if a.enclosing(s.parent, name) == nil {
				a.errs.Add(p, fmt.Sprintf("no binding for nonlocal '%s' found", name))
			}
		}
	}
	// "from m import *" binds the names nothing else defines.
	if a.module.starImport {
		for _, s := range scopes {
			for _, r := range s.refs {
				if a.resolve(s, r.name) == nil && !isPredeclared(r.name) {
					b := a.module.bind(r.name)
					b.starImport = true
				}
			}
		}
		for _, s := range scopes {
			s.resolved = map[string]*binding{}
		}
	}
	// Record where each binding is stored and read.
	for _, s := range scopes {
		for _, r := range s.refs {
			b := a.resolve(s, r.name)
			if b == nil {
				continue
			}
			if r.del {
				b.deleted = true
			}
			if r.store && !r.except {
				b.otherStore = true
			}
			if b.owner != s {
				if r.store {
					b.foreignStore = true
				} else {
					b.loadFrames = append(b.loadFrames, projectFrame(s, b.owner))
				}
				continue
			}
			switch {
			case !r.store:
				b.loadFrames = append(b.loadFrames, r.frame)
			case r.frame == nil:
				b.plainStore = true
			default:
				b.frameStores = append(b.frameStores, r.frame)
			}
		}
	}
	for _, s := range scopes {
		for _, b := range s.order {
			decideCell(b)
			if a.interactive && s == a.module {
				b.cell = true
				b.home = nil
				b.session = a.session(b.name)
			}
		}
	}
	a.rename(scopes, isPredeclared)
}

// projectFrame returns the frame of owner in which scope s (nested in owner)
// is defined.
func projectFrame(s, owner *scope) *frame {
	for s.parent != owner && s.parent != nil {
		s = s.parent
	}
	return s.defFrame
}

// decideCell decides whether b is an ordinary variable, a cell, or a plain
// local of one lowered closure. A deleted variable is a cell, so that a
// read after del fails as in Python.
func decideCell(b *binding) {
	if b.foreignStore || b.deleted {
		b.cell = true
		return
	}
	if len(b.frameStores) == 0 {
		return
	}
	if !b.owner.isFunc() || b.plainStore || b.param {
		b.cell = true
		return
	}
	// A variable stored in one closure only, read only there (or in
	// functions defined there), not in a loop: a local of that closure.
	// In a loop, a later iteration could read the value of an earlier
	// one, except for an except clause's name (Python deletes it at the
	// end of the clause).
	k := b.frameStores[0]
	ok := !k.inLoop || !b.otherStore
	for _, f := range b.frameStores {
		if f != k {
			ok = false
		}
	}
	for _, f := range b.loadFrames {
		if !f.within(k) {
			ok = false
		}
	}
	if ok {
		b.home = k
	} else {
		b.cell = true
	}
}

// location is one Starlark function (or comprehension block) of the
// lowered program: a scope's own code, or one of its frames.
type location struct {
	scope *scope
	frame *frame
}

// up returns the location enclosing l.
func (l location) up() location {
	if l.frame != nil {
		return location{l.scope, l.frame.parent}
	}
	return location{l.scope.parent, l.scope.defFrame}
}

// bindsAt returns the binding of scope l.scope living at l whose Starlark
// name is star, if any.
func bindsAt(l location, star string) *binding {
	for _, b := range l.scope.order {
		if b.star == star && b.home == l.frame {
			return b
		}
	}
	return nil
}

// rename gives a mangled Starlark name to every binding that would capture
// a reference meant for another binding (a class-body name seen by a
// method, an enclosing local hiding a global declared in a nested function).
func (a *analyzer) rename(scopes []*scope, isPredeclared func(string) bool) {
	for changed := true; changed; {
		changed = false
		for _, s := range scopes {
			for _, r := range s.refs {
				b := a.resolve(s, r.name)
				var target location
				star := r.name
				if b != nil {
					target = location{b.owner, b.home}
					star = b.star
				} else if !isPredeclared(r.name) {
					continue // lowered to __pc_undefined
				} else {
					target = location{a.module, nil}
				}
				for l := (location{s, r.frame}); l != target && l.scope != nil; l = l.up() {
					other := bindsAt(l, star)
					if other == nil || other == b {
						continue
					}
					if other.param {
						a.errs.Add(r.pos, fmt.Sprintf("name '%s' refers to a global or enclosing variable hidden by a parameter of an enclosing function: not supported by pyconc", r.name))
						return
					}
					other.star = hidden.MangledPrefix + other.star
					changed = true
				}
			}
		}
	}
}
