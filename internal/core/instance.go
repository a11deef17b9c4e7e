package core

import (
	"fmt"
	"sort"
	"unsafe"

	"go.starlark.net/starlark"
)

// Instance is an object of a Class: a mutable attribute dict, plus the
// native state of a Go-defined base class, if any.
type Instance struct {
	Class *Class

	// Native is the Go state set by the Alloc hook or __init__ of a
	// Go-defined base (a thread, a process handle, exception args...).
	Native any

	attrs map[string]starlark.Value
	order []string
	rt    *Runtime
}

var (
	_ starlark.HasAttrs    = (*Instance)(nil)
	_ starlark.HasSetField = (*Instance)(nil)
)

// NewInstance makes an instance of c without running __init__ (for Go code
// and for values arriving from another process).
func NewInstance(rt *Runtime, c *Class) *Instance { return &Instance{Class: c, rt: rt} }

// Runtime returns the runtime the instance was created in (may be nil for
// instances made by Go code without one).
func (o *Instance) Runtime() *Runtime { return o.rt }

// GetOwn returns an attribute from the instance dict only.
func (o *Instance) GetOwn(name string) (starlark.Value, bool) {
	v, ok := o.attrs[name]
	return v, ok
}

// SetOwn stores an attribute in the instance dict, bypassing descriptors.
func (o *Instance) SetOwn(name string, v starlark.Value) {
	if o.attrs == nil {
		o.attrs = make(map[string]starlark.Value, 4)
	}
	if _, ok := o.attrs[name]; !ok {
		o.order = append(o.order, name)
	}
	o.attrs[name] = v
}

// DelOwn removes an attribute from the instance dict; false if absent.
func (o *Instance) DelOwn(name string) bool {
	if _, ok := o.attrs[name]; !ok {
		return false
	}
	delete(o.attrs, name)
	for i, k := range o.order {
		if k == name {
			o.order = append(o.order[:i:i], o.order[i+1:]...)
			break
		}
	}
	return true
}

// OwnNames returns the names in the instance dict, in insertion order.
func (o *Instance) OwnNames() []string { return append([]string(nil), o.order...) }

// Type returns the class name, so that Starlark's own messages read
// "Point ..." (see instance_ops.go for why this does not hinder comparisons).
func (o *Instance) Type() string { return o.Class.name }

// Freeze does nothing: instances stay mutable while threads run.
func (o *Instance) Freeze() {}

// Attr looks name up as Python does: data descriptors (properties) of the
// class, then the instance dict, then class attributes (functions bound to
// the instance), then __getattr__.
func (o *Instance) Attr(name string) (starlark.Value, error) {
	if v, ok := o.attrs[name]; ok {
		// Fast path; a property of the same name would win in Python, but
		// SetField never stores a name that a property owns.
		return v, nil
	}
	cv, _ := o.Class.Lookup(name)
	if cv != nil {
		return o.bind(cv)
	}
	switch name {
	case "__class__":
		return o.Class, nil
	case "__dict__":
		d := starlark.NewDict(len(o.order))
		for _, k := range o.order {
			_ = d.SetKey(starlark.String(k), o.attrs[k])
		}
		return d, nil
	}
	if ga, _ := o.Class.Lookup("__getattr__"); ga != nil {
		th := o.thread()
		if th != nil {
			v, err := starlark.Call(th, ga, starlark.Tuple{o, starlark.String(name)}, nil)
			return v, err
		}
	}
	return nil, noAttr(o, name)
}

// bind turns a class attribute into the value seen through the instance.
func (o *Instance) bind(cv starlark.Value) (starlark.Value, error) {
	switch d := cv.(type) {
	// A built-in function is not a descriptor: it is not bound (a
	// Go-defined class's methods are GoMethods).
	case *starlark.Function, *GoMethod:
		return &BoundMethod{Self: o, Fn: cv}, nil
	case *Property:
		if d.Get == nil {
			return nil, NewError(AttributeError, "property is not readable")
		}
		th := o.thread()
		if th == nil {
			return nil, fmt.Errorf("property read outside the interpreter lock")
		}
		return starlark.Call(th, d.Get, starlark.Tuple{o}, nil)
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return &BoundMethod{Self: o.Class, Fn: d.Fn}, nil
	}
	return cv, nil
}

// AttrNames lists instance and class attributes.
func (o *Instance) AttrNames() []string {
	seen := map[string]bool{}
	var names []string
	for _, k := range o.order {
		seen[k] = true
		names = append(names, k)
	}
	for _, n := range o.Class.AttrNames() {
		if !seen[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// SetField assigns an attribute: a property's setter when the class has
// one, __setattr__ when defined, else the instance dict.
func (o *Instance) SetField(name string, v starlark.Value) error {
	if cv, _ := o.Class.Lookup(name); cv != nil {
		if p, ok := cv.(*Property); ok {
			if p.Set == nil {
				return NewError(AttributeError, fmt.Sprintf("property '%s' of '%s' object has no setter", name, o.Class.name))
			}
			th := o.thread()
			if th == nil {
				return fmt.Errorf("property set outside the interpreter lock")
			}
			_, err := starlark.Call(th, p.Set, starlark.Tuple{o, v}, nil)
			return err
		}
	}
	if sa, owner := o.Class.Lookup("__setattr__"); sa != nil && owner != ObjectClass {
		if th := o.thread(); th != nil {
			_, err := starlark.Call(th, sa, starlark.Tuple{o, starlark.String(name), v}, nil)
			return err
		}
	}
	o.SetOwn(name, v)
	return nil
}

// thread returns the Starlark thread holding the interpreter lock of the
// instance's runtime: the thread that is calling us.
func (o *Instance) thread() *starlark.Thread {
	if o.rt == nil {
		return nil
	}
	return o.rt.GIL.Holder()
}

// identityHash hashes a pointer.
func identityHash[T any](p *T) uint32 {
	u := uintptr(unsafe.Pointer(p))
	return uint32(u>>3) ^ uint32(uint64(u)>>35)
}

// IdentityHash returns a hash of the object's identity.
func (o *Instance) IdentityHash() uint32 { return identityHash(o) }

// ID returns a stable integer identity of a reference value (Python id()).
func ID(v starlark.Value) int64 {
	type iface struct{ typ, data unsafe.Pointer }
	return int64(uintptr((*iface)(unsafe.Pointer(&v)).data))
}
