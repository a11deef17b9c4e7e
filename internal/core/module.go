package core

import (
	"fmt"
	"sort"
	"sync"

	"go.starlark.net/starlark"
)

// Module is a Python module value: built-in modules (threading, time...)
// and imported script files. Its attributes may be reassigned
// (threading.excepthook = f), as in Python.
type Module struct {
	Name string
	File string // "" for built-in modules

	// Runtime, when set (by the importer, for modules written in Python),
	// lets a module-level __getattr__ function answer for the attributes
	// the module lacks (PEP 562); see moduleGetattr.
	Runtime *Runtime

	mu      sync.Mutex
	members starlark.StringDict
}

// NewModule makes a module with the given members.
func NewModule(name string, members starlark.StringDict) *Module {
	if members == nil {
		members = starlark.StringDict{}
	}
	return &Module{Name: name, members: members}
}

var (
	_ starlark.HasAttrs    = (*Module)(nil)
	_ starlark.HasSetField = (*Module)(nil)
)

// String returns "<module 'time' (built-in)>" or "<module 'm' from 'm.py'>".
func (m *Module) String() string {
	if m.File == "" {
		return fmt.Sprintf("<module '%s' (built-in)>", m.Name)
	}
	return fmt.Sprintf("<module '%s' from '%s'>", m.Name, m.File)
}

// Type returns "module".
func (m *Module) Type() string { return "module" }

// Freeze does nothing: modules stay mutable.
func (m *Module) Freeze() {}

// Truth returns True.
func (m *Module) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (m *Module) Hash() (uint32, error) { return identityHash(m), nil }

// Attr returns a member; __name__ and __file__ too.
func (m *Module) Attr(name string) (starlark.Value, error) {
	m.mu.Lock()
	v, ok := m.members[name]
	m.mu.Unlock()
	if ok && v != Deleted {
		if c, isCell := v.(*Cell); isCell {
			return c.Get()
		}
		return v, nil
	}
	switch name {
	case "__name__":
		return starlark.String(m.Name), nil
	case "__file__":
		if m.File != "" {
			return starlark.String(m.File), nil
		}
	}
	if v, ok, err := m.moduleGetattr(name); ok {
		return v, err
	}
	return nil, NewError(AttributeError, fmt.Sprintf("module '%s' has no attribute '%s'", m.Name, name))
}

// AttrNames lists the members.
func (m *Module) AttrNames() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	names := make([]string, 0, len(m.members))
	for k := range m.members {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// SetField sets a member.
func (m *Module) SetField(name string, v starlark.Value) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if c, isCell := m.members[name].(*Cell); isCell {
		c.Set(v)
		return nil
	}
	m.members[name] = v
	return nil
}

// Members returns a copy of the members (cells unwrapped where bound).
func (m *Module) Members() starlark.StringDict {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(starlark.StringDict, len(m.members))
	for k, v := range m.members {
		if v == Deleted {
			continue
		}
		if c, isCell := v.(*Cell); isCell {
			cv, err := c.Get()
			if err != nil {
				continue
			}
			v = cv
		}
		out[k] = v
	}
	return out
}

// Cell is a mutable variable shared by closures (see hidden.Cell): module
// variables rebound by functions (global x), nonlocal variables, and
// variables assigned inside lowered try/with bodies.
type Cell struct {
	name   string
	global bool
	v      starlark.Value // nil: unbound
	err    error          // when unbound: the error of reading it, if not NameError's
}

// NewCell makes an unbound cell for variable name.
func NewCell(name string, global bool) *Cell { return &Cell{name: name, global: global} }

// Get returns the value or the NameError/UnboundLocalError of an unbound
// (or deleted) variable.
func (c *Cell) Get() (starlark.Value, error) {
	if c.v == nil || c.v == Deleted {
		if c.err != nil && c.v == nil {
			return nil, c.err
		}
		if c.global {
			return nil, NewError(NameError, fmt.Sprintf("name '%s' is not defined", c.name))
		}
		return nil, NewError(UnboundLocalError, fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", c.name))
	}
	return c.v, nil
}

// Set stores a value.
func (c *Cell) Set(v starlark.Value) { c.v, c.err = v, nil }

// SetError unbinds the cell and makes err the error of reading it until a
// value is stored (a global a child process could not be given).
func (c *Cell) SetError(err error) { c.v, c.err = nil, err }

// Bound reports whether the cell holds a value.
func (c *Cell) Bound() bool { return c.v != nil && c.v != Deleted }

// String describes the cell.
func (c *Cell) String() string { return fmt.Sprintf("<cell %s>", c.name) }

// Type returns "cell".
func (c *Cell) Type() string { return "cell" }

// Freeze does nothing: cells stay mutable.
func (c *Cell) Freeze() {}

// Truth returns True.
func (c *Cell) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (c *Cell) Hash() (uint32, error) { return identityHash(c), nil }

// Attr reads the cell's only field, v.
func (c *Cell) Attr(name string) (starlark.Value, error) {
	if name != "v" {
		return nil, nil
	}
	return c.Get()
}

// AttrNames lists "v".
func (c *Cell) AttrNames() []string { return []string{"v"} }

// SetField writes v.
func (c *Cell) SetField(name string, v starlark.Value) error {
	if name != "v" {
		return fmt.Errorf("cell has no field %s", name)
	}
	c.v, c.err = v, nil
	return nil
}

// Unwrap returns v's value when v is a bound cell, else v itself.
func Unwrap(v starlark.Value) starlark.Value {
	if c, ok := v.(*Cell); ok && c.v != nil && c.v != Deleted {
		return c.v
	}
	return v
}
