package core

// This file defines super objects: super(cls, self) looks attributes up in
// the MRO of self's class after cls, and binds them to self.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Super is Python's super(cls, obj) proxy. Obj is an instance of cls (or a
// subclass), or a subclass of cls itself (inside classmethods and __new__).
type Super struct {
	Cls *Class
	Obj starlark.Value
}

var (
	_ starlark.HasAttrs = (*Super)(nil)
	_ HasClass          = (*Super)(nil)
)

// NewSuper checks its arguments and makes super(cls, obj).
func NewSuper(cls, obj starlark.Value) (*Super, error) {
	c, ok := cls.(*Class)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("super() argument 1 must be a type, not %s", TypeName(cls)))
	}
	var oc *Class
	if k, isClass := obj.(*Class); isClass && k.IsSubclass(c) {
		oc = k
	} else {
		oc = ClassOf(obj)
	}
	if !oc.IsSubclass(c) {
		return nil, NewError(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{Cls: c, Obj: obj}, nil
}

// String returns "<super: <class 'B'>, <B object>>".
func (s *Super) String() string {
	return fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.Cls.name, TypeName(s.Obj))
}

// Type returns "super".
func (s *Super) Type() string { return "super" }

// PyClass returns the super class.
func (s *Super) PyClass() *Class { return SuperClass }

// Freeze does nothing.
func (s *Super) Freeze() {}

// Truth returns True.
func (s *Super) Truth() starlark.Bool { return true }

// Hash hashes by identity.
func (s *Super) Hash() (uint32, error) { return identityHash(s), nil }

// mro returns the MRO that lookups walk: that of obj's class, or of obj
// itself when it is a class.
func (s *Super) mro() []*Class {
	if k, ok := s.Obj.(*Class); ok && k.IsSubclass(s.Cls) {
		return k.MRO
	}
	return ClassOf(s.Obj).MRO
}

// Attr finds name in the classes after Cls in the MRO and binds it to Obj:
// functions become bound methods, classmethods bind to the class,
// staticmethods and __new__ stay unbound, properties are read.
func (s *Super) Attr(name string) (starlark.Value, error) {
	if name == "__class__" {
		return SuperClass, nil
	}
	mro := s.mro()
	i := 0
	for i < len(mro) && mro[i] != s.Cls {
		i++
	}
	for _, k := range mro[min(i+1, len(mro)):] {
		v, ok := k.dict[name]
		if !ok {
			continue
		}
		_, objIsClass := s.Obj.(*Class)
		switch d := v.(type) {
		case *StaticMethod:
			return d.Fn, nil
		case *ClassMethod:
			cls := s.Obj
			if !objIsClass {
				cls = ClassOf(s.Obj)
			}
			return &BoundMethod{Self: cls, Fn: d.Fn}, nil
		case *Property:
			if objIsClass {
				return d, nil
			}
			if d.Get == nil {
				return nil, NewError(AttributeError, "property is not readable")
			}
			th := s.thread()
			if th == nil {
				return nil, fmt.Errorf("property read outside the interpreter lock")
			}
			return starlark.Call(th, d.Get, starlark.Tuple{s.Obj}, nil)
		case *starlark.Function, *GoMethod:
			if name == "__new__" || objIsClass {
				return v, nil
			}
			return &BoundMethod{Self: s.Obj, Fn: v}, nil
		}
		return v, nil
	}
	return nil, NewError(AttributeError, fmt.Sprintf("'super' object has no attribute '%s'", name))
}

// thread returns the thread holding the interpreter lock.
func (s *Super) thread() *starlark.Thread {
	if o, ok := s.Obj.(*Instance); ok {
		return o.thread()
	}
	return nil
}

// AttrNames lists the attributes reachable through the proxy.
func (s *Super) AttrNames() []string { return mroAttrNames(s.mro()) }
