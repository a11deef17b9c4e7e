package core

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
)

// Class is a Python class: defined by a script (class statement) or in Go
// (exceptions, threading.Thread, multiprocessing.Process...). Both kinds
// behave the same: a script class may subclass a Go class and override its
// methods. Go-defined methods are callables that take the instance as their
// first positional argument.
type Class struct {
	name     string
	Module   string // "__main__", "builtins", "threading"...
	QualName string
	Bases    []*Class
	MRO      []*Class // C3 linearisation, starting with the class itself

	dict  map[string]starlark.Value
	order []string // keys of dict in definition order

	// Alloc, when set on a Go-defined class, is called for every new
	// instance of it or of a subclass, before __init__ (CPython's __new__
	// for built-in types): it may set the instance's Native state.
	Alloc func(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error
}

var (
	_ starlark.HasAttrs    = (*Class)(nil)
	_ starlark.HasSetField = (*Class)(nil)
	_ starlark.Callable    = (*Class)(nil)
)

// NewClass creates a class. dict maps attribute names to values; order
// lists its keys in definition order (keys missing from order follow,
// sorted). The MRO is computed by C3 linearisation.
func NewClass(name, module string, bases []*Class, dict map[string]starlark.Value, order []string) (*Class, error) {
	c := &Class{name: name, Module: module, QualName: name, Bases: bases, dict: make(map[string]starlark.Value, len(dict))}
	seen := make(map[string]bool, len(dict))
	for _, k := range order {
		if v, ok := dict[k]; ok && !seen[k] {
			c.dict[k] = v
			c.order = append(c.order, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range dict {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sortStrings(rest)
	for _, k := range rest {
		c.dict[k] = dict[k]
		c.order = append(c.order, k)
	}
	mro, err := c3(c)
	if err != nil {
		return nil, err
	}
	c.MRO = mro
	return c, nil
}

// MustClass is NewClass for Go-defined classes, whose definition cannot fail.
func MustClass(name, module string, bases []*Class, dict map[string]starlark.Value) *Class {
	c, err := NewClass(name, module, bases, dict, nil)
	if err != nil {
		panic(err)
	}
	return c
}

// c3 computes the method resolution order of c.
func c3(c *Class) ([]*Class, error) {
	var seqs [][]*Class
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out := []*Class{c}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out, nil
		}
		var head *Class
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			names := make([]string, len(c.Bases))
			for i, b := range c.Bases {
				names[i] = b.name
			}
			//lint:ignore ST1005 CPython's message
			return nil, fmt.Errorf("Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

// Lookup finds name in the class and its bases, in MRO order.
func (c *Class) Lookup(name string) (starlark.Value, *Class) {
	for _, k := range c.MRO {
		if v, ok := k.dict[name]; ok {
			return v, k
		}
	}
	return nil, nil
}

// Own returns the class's own (not inherited) attribute name.
func (c *Class) Own(name string) (starlark.Value, bool) {
	v, ok := c.dict[name]
	return v, ok
}

// OwnNames returns the class's own attribute names in definition order.
func (c *Class) OwnNames() []string { return append([]string(nil), c.order...) }

// SetOwn sets (or adds) one of the class's own attributes.
func (c *Class) SetOwn(name string, v starlark.Value) {
	if _, ok := c.dict[name]; !ok {
		c.order = append(c.order, name)
	}
	c.dict[name] = v
}

// DelOwn removes one of the class's own attributes; false if absent.
func (c *Class) DelOwn(name string) bool {
	if _, ok := c.dict[name]; !ok {
		return false
	}
	delete(c.dict, name)
	for i, k := range c.order {
		if k == name {
			c.order = append(c.order[:i:i], c.order[i+1:]...)
			break
		}
	}
	return true
}

// IsSubclass reports whether c is other or derives from it.
func (c *Class) IsSubclass(other *Class) bool {
	for _, k := range c.MRO {
		if k == other {
			return true
		}
	}
	return false
}

// String returns "<class '__main__.Point'>" as Python's repr of a class.
func (c *Class) String() string {
	if c.Module == "builtins" || c.Module == "" {
		return fmt.Sprintf("<class '%s'>", c.QualName)
	}
	return fmt.Sprintf("<class '%s.%s'>", c.Module, c.QualName)
}

// Type returns "type".
func (c *Class) Type() string { return "type" }

// Freeze does nothing: classes stay mutable (class attributes may be set
// while threads run).
func (c *Class) Freeze() {}

// Truth returns True.
func (c *Class) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (c *Class) Hash() (uint32, error) { return identityHash(c), nil }

// Attr returns a class attribute: functions unbound, classmethods bound to
// the class, staticmethods unwrapped, properties as themselves.
func (c *Class) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__name__":
		return starlark.String(c.name), nil
	case "__qualname__":
		return starlark.String(c.QualName), nil
	case "__module__":
		return starlark.String(c.Module), nil
	case "__bases__":
		t := make(starlark.Tuple, len(c.Bases))
		for i, b := range c.Bases {
			t[i] = b
		}
		return t, nil
	case "__mro__":
		t := make(starlark.Tuple, len(c.MRO))
		for i, b := range c.MRO {
			t[i] = b
		}
		return t, nil
	case "__dict__":
		d := starlark.NewDict(len(c.order))
		for _, k := range c.order {
			_ = d.SetKey(starlark.String(k), c.dict[k])
		}
		return d, nil
	}
	v, _ := c.Lookup(name)
	if v == nil {
		switch name {
		case "__doc__":
			return starlark.None, nil
		case "__class__":
			return TypeClass, nil
		}
		return nil, noAttr(c, name)
	}
	switch d := v.(type) {
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return &BoundMethod{Self: c, Fn: d.Fn}, nil
	}
	return v, nil
}

// AttrNames lists the attributes visible on the class.
func (c *Class) AttrNames() []string { return mroAttrNames(c.MRO) }

// mroAttrNames lists, sorted, the attributes the classes of mro define.
func mroAttrNames(mro []*Class) []string {
	seen := map[string]bool{}
	var names []string
	for _, k := range mro {
		for _, n := range k.order {
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
	}
	sortStrings(names)
	return names
}

// SetField sets a class attribute (C.count = 0).
func (c *Class) SetField(name string, v starlark.Value) error {
	c.SetOwn(name, v)
	return nil
}

// Name returns the class name.
func (c *Class) Name() string { return c.name }

// CallInternal creates an instance: a script __new__ when the class
// defines one (then __init__ only if it returned an instance of the
// class), a Go-defined constructor for classes of built-in types, else a
// new instance with the Alloc hooks of Go-defined bases run; then __init__.
func (c *Class) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if nf, owner := c.Lookup("__new__"); nf != nil && owner != ObjectClass {
		if _, isGo := nf.(*starlark.Builtin); isGo {
			// A Go-defined constructor that returns its own value
			// (e.g. a class whose instances are not Instances).
			return starlark.Call(th, nf, append(starlark.Tuple{c}, args...), kwargs)
		}
		if sm, ok := nf.(*StaticMethod); ok {
			nf = sm.Fn
		}
		obj, err := starlark.Call(th, nf, append(starlark.Tuple{c}, args...), kwargs)
		if err != nil {
			return nil, err
		}
		inst, ok := obj.(*Instance)
		if !ok || !inst.Class.IsSubclass(c) {
			return obj, nil
		}
		return inst, c.initInstance(th, inst, args, kwargs)
	}
	inst, err := c.alloc(th, args, kwargs)
	if err != nil {
		return nil, err
	}
	return inst, c.initInstance(th, inst, args, kwargs)
}

// alloc makes a new instance and runs the Alloc hooks of its Go-defined
// bases (object.__new__).
func (c *Class) alloc(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (*Instance, error) {
	inst := &Instance{Class: c, rt: RuntimeOf(th)}
	for i := len(c.MRO) - 1; i >= 0; i-- {
		if k := c.MRO[i]; k.Alloc != nil {
			if err := k.Alloc(th, inst, args, kwargs); err != nil {
				return nil, err
			}
		}
	}
	return inst, nil
}

// hasAlloc reports whether a Go-defined base constructs the instances.
func (c *Class) hasAlloc() bool {
	for _, k := range c.MRO {
		if k.Alloc != nil {
			return true
		}
	}
	return false
}

// initInstance runs __init__ (TypeError when the class has none but got
// arguments, or when __init__ returns something other than None).
func (c *Class) initInstance(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	init, owner := c.Lookup("__init__")
	if init == nil || owner == ObjectClass {
		if (len(args) > 0 || len(kwargs) > 0) && !c.hasAlloc() {
			if nf, owner := c.Lookup("__new__"); nf == nil || owner == ObjectClass {
				return NewError(TypeError, fmt.Sprintf("%s() takes no arguments", c.name))
			}
		}
		return nil
	}
	res, err := starlark.Call(th, init, append(starlark.Tuple{inst}, args...), kwargs)
	if err != nil {
		return qualifyCallError(th, err, init, methodOwner(c, init))
	}
	if res != starlark.None {
		return NewError(TypeError, fmt.Sprintf("__init__() should return None, not '%s'", TypeName(res)))
	}
	return nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
