package core

import (
	"fmt"

	"go.starlark.net/starlark"
)

// BoundMethod is a function bound to its receiver (an instance, or a class
// for classmethods): calling it passes Self as the first argument.
type BoundMethod struct {
	Self starlark.Value
	Fn   starlark.Value
}

var _ starlark.Callable = (*BoundMethod)(nil)

// Name returns the function's name.
func (m *BoundMethod) Name() string { return FuncName(m.Fn) }

// String returns "<bound method Point.move of <...>>".
func (m *BoundMethod) String() string {
	owner := ""
	switch s := m.Self.(type) {
	case *Instance:
		owner = s.Class.name + "."
	case *Class:
		owner = s.name + "."
	}
	return fmt.Sprintf("<bound method %s%s of %s>", owner, m.Name(), ReprNoThread(m.Self))
}

// Type returns "method".
func (m *BoundMethod) Type() string { return "method" }

// Freeze does nothing.
func (m *BoundMethod) Freeze() {}

// Truth returns True.
func (m *BoundMethod) Truth() starlark.Bool { return starlark.True }

// Hash hashes the receiver and the function.
func (m *BoundMethod) Hash() (uint32, error) {
	h1, err := Hash(nil, m.Fn)
	if err != nil {
		return 0, err
	}
	return h1 ^ uint32(ID(m.Self)), nil
}

// CallInternal calls Fn with Self prepended to the arguments.
func (m *BoundMethod) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	full := make(starlark.Tuple, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	res, err := starlark.Call(th, m.Fn, full, kwargs)
	if err != nil {
		owner := ""
		switch s := m.Self.(type) {
		case *Instance:
			owner = methodOwner(s.Class, m.Fn)
		case *Class:
			owner = methodOwner(s, m.Fn)
		}
		return nil, qualifyCallError(th, err, m.Fn, owner)
	}
	return res, nil
}

// Attr gives __self__, __func__ and __name__.
func (m *BoundMethod) Attr(name string) (starlark.Value, error) {
	switch name {
	case "__self__":
		return m.Self, nil
	case "__func__":
		return m.Fn, nil
	case "__name__":
		return starlark.String(m.Name()), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (m *BoundMethod) AttrNames() []string { return []string{"__func__", "__name__", "__self__"} }

// GoMethod is a method of a Go-defined class: Impl receives the instance
// (self) and the remaining arguments.
type GoMethod struct {
	name string
	Impl func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)
}

// NewGoMethod makes a method for a Go-defined class.
func NewGoMethod(name string, impl func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *GoMethod {
	return &GoMethod{name: name, Impl: impl}
}

var _ starlark.Callable = (*GoMethod)(nil)

// Name returns the method name.
func (m *GoMethod) Name() string { return m.name }

// String returns "<method 'name'>".
func (m *GoMethod) String() string { return fmt.Sprintf("<method '%s'>", m.name) }

// Type returns "method_descriptor".
func (m *GoMethod) Type() string { return "method_descriptor" }

// Freeze does nothing.
func (m *GoMethod) Freeze() {}

// Truth returns True.
func (m *GoMethod) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (m *GoMethod) Hash() (uint32, error) { return identityHash(m), nil }

// CallInternal calls Impl with args[0] as self (unbound call Base.m(self, ...)).
func (m *GoMethod) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 {
		return nil, NewError(TypeError, fmt.Sprintf("unbound method %s() needs an argument", m.name))
	}
	return m.Impl(th, args[0], args[1:], kwargs)
}

// StaticMethod wraps a function so that it is not bound (@staticmethod).
type StaticMethod struct{ Fn starlark.Value }

// ClassMethod wraps a function bound to the class (@classmethod).
type ClassMethod struct{ Fn starlark.Value }

// Property is a data descriptor (@property, with .setter).
type Property struct {
	Get, Set, Del starlark.Value // nil when absent
	Doc           starlark.Value
}

// String, Type, Freeze, Truth and Hash make StaticMethod a starlark.Value.
func (s *StaticMethod) String() string        { return fmt.Sprintf("<staticmethod(%s)>", FuncName(s.Fn)) }
func (s *StaticMethod) Type() string          { return "staticmethod" }
func (s *StaticMethod) Freeze()               {}
func (s *StaticMethod) Truth() starlark.Bool  { return starlark.True }
func (s *StaticMethod) Hash() (uint32, error) { return identityHash(s), nil }
func (s *ClassMethod) String() string         { return fmt.Sprintf("<classmethod(%s)>", FuncName(s.Fn)) }
func (s *ClassMethod) Type() string           { return "classmethod" }
func (s *ClassMethod) Freeze()                {}
func (s *ClassMethod) Truth() starlark.Bool   { return starlark.True }
func (s *ClassMethod) Hash() (uint32, error)  { return identityHash(s), nil }
func (p *Property) String() string            { return "<property object>" }
func (p *Property) Type() string              { return "property" }
func (p *Property) Freeze()                   {}
func (p *Property) Truth() starlark.Bool      { return starlark.True }
func (p *Property) Hash() (uint32, error)     { return identityHash(p), nil }

// Attr gives property.setter/getter/deleter (returning new properties) and fget/fset.
func (p *Property) Attr(name string) (starlark.Value, error) {
	mk := func(field string) starlark.Value {
		return starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var fn starlark.Value
			if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &fn); err != nil {
				return nil, err
			}
			q := *p
			switch field {
			case "get":
				q.Get = fn
			case "set":
				q.Set = fn
			case "del":
				q.Del = fn
			}
			return &q, nil
		})
	}
	orNone := func(v starlark.Value) starlark.Value {
		if v == nil {
			return starlark.None
		}
		return v
	}
	switch name {
	case "setter":
		return mk("set"), nil
	case "getter":
		return mk("get"), nil
	case "deleter":
		return mk("del"), nil
	case "fget":
		return orNone(p.Get), nil
	case "fset":
		return orNone(p.Set), nil
	case "fdel":
		return orNone(p.Del), nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (p *Property) AttrNames() []string {
	return []string{"deleter", "fdel", "fget", "fset", "getter", "setter"}
}
