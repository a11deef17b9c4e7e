package core

// This file defines Methods, the one way a Go-defined class gives its values
// attributes: a table of methods (unbound *starlark.Builtin values, bound to
// the receiver on lookup, as go.starlark.net's own types do) and a table of
// read-only properties.

import (
	"sort"

	"go.starlark.net/starlark"
)

// A Getter computes a property of recv.
type Getter func(recv starlark.Value) (starlark.Value, error)

// Methods is the attribute table of a Go-defined type. Write one per type,
// as a package variable, and implement starlark.HasAttrs with it:
//
//	var lockMethods = core.NewMethods(map[string]core.MethodFunc{
//		"acquire": lockAcquire,
//		"release": lockRelease,
//	}).WithProps(map[string]core.Getter{
//		"name": func(recv starlark.Value) (starlark.Value, error) { ... },
//	})
//
//	func (l *Lock) Attr(name string) (starlark.Value, error) { return lockMethods.Attr(l, name) }
//	func (l *Lock) AttrNames() []string                      { return lockMethods.Names() }
//
// A method function finds its receiver with b.Receiver() and decodes its
// arguments with starlark.UnpackArgs(b.Name(), args, kwargs, ...).
type Methods struct {
	funcs map[string]*starlark.Builtin
	props map[string]Getter
	names []string
}

// MethodFunc is the signature of a method's implementation: that of a
// starlark.Builtin's function, whose b.Receiver() is the value.
type MethodFunc = func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// NewMethods makes the table of the given methods.
func NewMethods(funcs map[string]MethodFunc) *Methods {
	m := &Methods{funcs: make(map[string]*starlark.Builtin, len(funcs))}
	for name, fn := range funcs {
		m.funcs[name] = starlark.NewBuiltin(name, fn)
	}
	m.sortNames()
	return m
}

// WithProps adds read-only properties to the table and returns it.
func (m *Methods) WithProps(props map[string]Getter) *Methods {
	if m.props == nil {
		m.props = make(map[string]Getter, len(props))
	}
	for name, g := range props {
		m.props[name] = g
	}
	m.sortNames()
	return m
}

func (m *Methods) sortNames() {
	m.names = m.names[:0]
	for name := range m.funcs {
		m.names = append(m.names, name)
	}
	for name := range m.props {
		if _, dup := m.funcs[name]; !dup {
			m.names = append(m.names, name)
		}
	}
	sort.Strings(m.names)
}

// Attr returns attribute name of recv: a property's value, or a method
// bound to recv; (nil, nil) when the table has no such name, as
// starlark.HasAttrs expects.
func (m *Methods) Attr(recv starlark.Value, name string) (starlark.Value, error) {
	if g, ok := m.props[name]; ok {
		return g(recv)
	}
	if b, ok := m.funcs[name]; ok {
		return b.BindReceiver(recv), nil
	}
	return nil, nil
}

// Has reports whether the table defines name.
func (m *Methods) Has(name string) bool {
	_, f := m.funcs[name]
	_, p := m.props[name]
	return f || p
}

// Method returns the unbound method name (nil if there is none).
func (m *Methods) Method(name string) *starlark.Builtin { return m.funcs[name] }

// Names returns the sorted names of the table's methods and properties
// (for dir() and AttrNames). The slice must not be changed.
func (m *Methods) Names() []string { return m.names }
