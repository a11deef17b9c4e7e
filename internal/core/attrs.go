package core

// This file defines Methods, the one way a Go-defined class gives its values
// attributes: a table of methods (unbound *starlark.Builtin values, bound to
// the receiver on lookup, as go.starlark.net's own types do) and a table of
// properties; the same table can also be the dict of a core Class.

import (
	"fmt"
	"sort"
	"sync/atomic"

	"go.starlark.net/starlark"
)

// A Getter computes a property of recv.
type Getter func(recv starlark.Value) (starlark.Value, error)

// A Setter assigns v to a property of recv.
type Setter func(recv, v starlark.Value) error

// A Deleter deletes a property of recv (del recv.name).
type Deleter func(recv starlark.Value) error

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
//
// A class made with the core class machinery (one that scripts may
// subclass) takes the same table as its dict, see ClassDict.
type Methods struct {
	funcs   map[string]*starlark.Builtin
	index   map[string]int // of each method, for BoundMethods
	props   map[string]Getter
	setters map[string]Setter
	dels    map[string]Deleter
	names   []string
}

// MethodFunc is the signature of a method's implementation: that of a
// starlark.Builtin's function, whose b.Receiver() is the value.
type MethodFunc = func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// NewMethods makes the table of the given methods.
func NewMethods(funcs map[string]MethodFunc) *Methods {
	m := &Methods{funcs: make(map[string]*starlark.Builtin, len(funcs)), index: make(map[string]int, len(funcs))}
	for name, fn := range funcs {
		m.funcs[name] = starlark.NewBuiltin(name, fn)
		m.index[name] = len(m.index)
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

// WithSetters makes properties of the table assignable and returns it.
// Each name must also have a getter (WithProps).
func (m *Methods) WithSetters(setters map[string]Setter) *Methods {
	if m.setters == nil {
		m.setters = make(map[string]Setter, len(setters))
	}
	for name, s := range setters {
		m.setters[name] = s
	}
	return m
}

// WithDeleters makes properties of the table deletable and returns it.
// Each name must also have a getter (WithProps).
func (m *Methods) WithDeleters(dels map[string]Deleter) *Methods {
	if m.dels == nil {
		m.dels = make(map[string]Deleter, len(dels))
	}
	for name, d := range dels {
		m.dels[name] = d
	}
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

// SetField assigns property name of recv (for starlark.HasSetField): a
// NoSuchAttrError when the table has no such name, AttributeError when the
// property is read-only.
func (m *Methods) SetField(recv starlark.Value, name string, v starlark.Value) error {
	if s, ok := m.setters[name]; ok {
		return s(recv, v)
	}
	if m.Has(name) {
		return NewError(AttributeError, fmt.Sprintf("'%s' object attribute '%s' is read-only", TypeName(recv), name))
	}
	return starlark.NoSuchAttrError(fmt.Sprintf("'%s' object has no attribute '%s'", TypeName(recv), name))
}

// BoundMethods caches the methods of one value bound to it, for values
// whose methods scripts call in hot loops (lock.acquire, q.put): each
// method is bound on its first use, later lookups allocate nothing. The
// zero value is empty; keep one in the value's struct (see AttrCached) or
// in the Native state of a class's instances (see HasBoundMethods).
type BoundMethods struct {
	p atomic.Pointer[boundSet]
}

// boundSet is the methods of table bound to one value, by index.
type boundSet struct {
	table *Methods
	fns   []atomic.Pointer[starlark.Builtin]
}

// HasBoundMethods is implemented by the Native state of the instances of
// a class whose dict is a ClassDict, to keep the methods bound to each
// instance instead of binding them at each call.
type HasBoundMethods interface {
	BoundMethods() *BoundMethods
}

// AttrCached is Attr with the methods bound to recv kept in c, which
// belongs to recv.
func (m *Methods) AttrCached(recv starlark.Value, c *BoundMethods, name string) (starlark.Value, error) {
	if g, ok := m.props[name]; ok {
		return g(recv)
	}
	if b := m.bound(recv, c, name); b != nil {
		return b, nil
	}
	return nil, nil
}

// bound returns method name bound to recv, from c when c holds this
// table's methods (nil when the table has no such method).
func (m *Methods) bound(recv starlark.Value, c *BoundMethods, name string) *starlark.Builtin {
	i, ok := m.index[name]
	if !ok {
		return nil
	}
	set := c.p.Load()
	if set == nil {
		set = &boundSet{table: m, fns: make([]atomic.Pointer[starlark.Builtin], len(m.index))}
		if !c.p.CompareAndSwap(nil, set) {
			set = c.p.Load()
		}
	}
	if set.table != m { // recv's methods come from another table too
		return m.funcs[name].BindReceiver(recv)
	}
	b := set.fns[i].Load()
	if b == nil {
		b = m.funcs[name].BindReceiver(recv)
		set.fns[i].Store(b)
	}
	return b
}

// ClassDict returns the table as the dict of a class made with the core
// class machinery (MustClass): each method a GoMethod that calls the
// method's function with b bound to the instance (so it is written as for
// a Go-defined type, with b.Receiver()), each property a Property over
// its getter, setter and deleter. The bound methods are kept in the
// instance's Native state when it is a HasBoundMethods.
func (m *Methods) ClassDict() map[string]starlark.Value {
	dict := make(map[string]starlark.Value, len(m.names))
	for name, b := range m.funcs {
		name, b := name, b
		dict[name] = NewGoMethod(name, func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if inst, ok := self.(*Instance); ok {
				if h, ok := inst.Native.(HasBoundMethods); ok {
					return m.bound(self, h.BoundMethods(), name).CallInternal(th, args, kwargs)
				}
			}
			return b.BindReceiver(self).CallInternal(th, args, kwargs)
		})
	}
	for name, g := range m.props {
		dict[name] = m.property(name, g)
	}
	return dict
}

// property makes the Property of name.
func (m *Methods) property(name string, g Getter) *Property {
	accessor := func(nargs int, fn func(args starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
		return starlark.NewBuiltin(name, func(_ *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(args) != nargs || len(kwargs) != 0 {
				return nil, NewError(TypeError, fmt.Sprintf("%s() takes %d positional arguments", name, nargs))
			}
			return fn(args)
		})
	}
	p := &Property{Get: accessor(1, func(args starlark.Tuple) (starlark.Value, error) { return g(args[0]) })}
	if s, ok := m.setters[name]; ok {
		p.Set = accessor(2, func(args starlark.Tuple) (starlark.Value, error) { return starlark.None, s(args[0], args[1]) })
	}
	if d, ok := m.dels[name]; ok {
		p.Del = accessor(1, func(args starlark.Tuple) (starlark.Value, error) { return starlark.None, d(args[0]) })
	}
	return p
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
