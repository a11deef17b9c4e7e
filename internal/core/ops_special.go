package core

// This file defines how Go code calls the special (dunder) methods of
// instances, and the NotImplemented and Ellipsis singletons.

import (
	"go.starlark.net/starlark"
)

// special returns the special method name of v's class, when v is an
// instance whose class (other than object) defines it.
func special(v starlark.Value, name string) starlark.Value {
	o, ok := v.(*Instance)
	if !ok {
		return nil
	}
	f, owner := o.Class.Lookup(name)
	if f == nil || owner == ObjectClass || f == starlark.None {
		return nil
	}
	return f
}

// callSpecial calls special method name of v with args. found is false
// when v has no such method; a NotImplemented result is returned as is.
func callSpecial(th *starlark.Thread, v starlark.Value, name string, args ...starlark.Value) (res starlark.Value, found bool, err error) {
	f := special(v, name)
	if f == nil {
		return nil, false, nil
	}
	if th == nil {
		return nil, false, nil
	}
	full := make(starlark.Tuple, 0, len(args)+1)
	full = append(full, v)
	full = append(full, args...)
	res, err = starlark.Call(th, f, full, nil)
	return res, true, err
}

// singleton is the type of NotImplemented and Ellipsis.
type singleton struct {
	name string
	cls  **Class
}

// NotImplemented is the value special binary methods return to decline.
var NotImplemented starlark.Value = &singleton{name: "NotImplemented", cls: &NotImplementedClass}

// Ellipsis is the value written "..." (Ellipsis).
var Ellipsis starlark.Value = &singleton{name: "Ellipsis", cls: &EllipsisClass}

var _ HasClass = (*singleton)(nil)

// String returns the singleton's name.
func (s *singleton) String() string { return s.name }

// Type returns the Python type name.
func (s *singleton) Type() string { return (*s.cls).name }

// PyClass returns the singleton's class.
func (s *singleton) PyClass() *Class { return *s.cls }

// Freeze does nothing.
func (s *singleton) Freeze() {}

// Truth returns True.
func (s *singleton) Truth() starlark.Bool { return true }

// Hash hashes by identity.
func (s *singleton) Hash() (uint32, error) { return identityHash(s), nil }

// isNotImplemented reports whether v is the NotImplemented singleton.
func isNotImplemented(v starlark.Value) bool { return v == NotImplemented }
