package core

// This file defines the methods of object, the root class, so that
// super().__init__(), object.__repr__(self), super().__setattr__(n, v) and
// object.__new__(cls) work as in Python.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

func init() {
	for name, impl := range map[string]func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
		"__init__":    objectInit,
		"__new__":     objectNew,
		"__repr__":    objectRepr,
		"__str__":     objectStr,
		"__eq__":      objectEq(syntax.EQL),
		"__ne__":      objectEq(syntax.NEQ),
		"__hash__":    objectHash,
		"__format__":  objectFormat,
		"__setattr__": objectSetattr,
		"__getattribute__": func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var name string
			if err := unpackPositional("__getattribute__", args, kwargs, 1, &name); err != nil {
				return nil, err
			}
			if o, ok := self.(*Instance); ok {
				if v, ok := o.GetOwn(name); ok {
					return v, nil
				}
				if cv, _ := o.Class.Lookup(name); cv != nil {
					return o.bind(cv)
				}
				return nil, noAttr(o, name)
			}
			return GetAttr(th, self, name)
		},
		"__delattr__": func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			var name string
			if err := unpackPositional("__delattr__", args, kwargs, 1, &name); err != nil {
				return nil, err
			}
			if o, ok := self.(*Instance); ok {
				if !o.DelOwn(name) {
					return nil, noAttr(o, name)
				}
				return starlark.None, nil
			}
			return starlark.None, DelAttr(th, self, name)
		},
	} {
		ObjectClass.SetOwn(name, NewGoMethod(name, impl))
	}
}

// objectInit is object.__init__: extra arguments are an error unless a
// subclass's __new__ or Go-defined base consumes them.
func objectInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return starlark.None, nil
	}
	c := ClassOf(self)
	if init, owner := c.Lookup("__init__"); init != nil && owner != ObjectClass {
		return nil, NewError(TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
	}
	if c.hasAlloc() {
		return starlark.None, nil
	}
	if nf, owner := c.Lookup("__new__"); nf == nil || owner == ObjectClass {
		return nil, NewError(TypeError, fmt.Sprintf("%s() takes no arguments", c.name))
	}
	return starlark.None, nil
}

// objectNew is object.__new__(cls): a new, uninitialised instance.
func objectNew(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	c, ok := self.(*Class)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("object.__new__(X): X is not a type object (%s)", TypeName(self)))
	}
	return c.alloc(th, args, kwargs)
}

// objectRepr is object.__repr__: "<__main__.A object at 0x...>".
func objectRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("__repr__", args, kwargs, 0); err != nil {
		return nil, err
	}
	if o, ok := self.(*Instance); ok {
		return starlark.String(o.DefaultRepr()), nil
	}
	s, err := Repr(th, self)
	return starlark.String(s), err
}

// objectStr is object.__str__: repr(self), honouring the class's __repr__.
func objectStr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("__str__", args, kwargs, 0); err != nil {
		return nil, err
	}
	s, err := Repr(th, self)
	return starlark.String(s), err
}

// objectEq is object.__eq__ and object.__ne__: identity, else NotImplemented.
func objectEq(op syntax.Token) func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var other starlark.Value
		if err := unpackPositional(compareNames[op], args, kwargs, 1, &other); err != nil {
			return nil, err
		}
		if op == syntax.NEQ {
			if r, found, err := callSpecial(th, self, "__eq__", other); err != nil || found {
				if err != nil || isNotImplemented(r) {
					return r, err
				}
				return !r.Truth(), nil
			}
		}
		if Identical(self, other) {
			return starlark.Bool(op == syntax.EQL), nil
		}
		return NotImplemented, nil
	}
}

// objectHash is object.__hash__: a hash of the identity.
func objectHash(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("__hash__", args, kwargs, 0); err != nil {
		return nil, err
	}
	if o, ok := self.(*Instance); ok {
		return starlark.MakeInt64(int64(identityHash(o) >> 4)), nil
	}
	h, err := PyHash(th, self)
	return starlark.MakeInt64(h), err
}

// objectFormat is object.__format__: str(self) for an empty spec.
func objectFormat(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var spec string
	if err := unpackPositional("__format__", args, kwargs, 1, &spec); err != nil {
		return nil, err
	}
	if spec != "" {
		return nil, NewError(TypeError, fmt.Sprintf("unsupported format string passed to %s.__format__", TypeName(self)))
	}
	s, err := Str(th, self)
	return starlark.String(s), err
}

// objectSetattr is object.__setattr__: properties, else the instance dict.
func objectSetattr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var v starlark.Value
	if err := unpackPositional("__setattr__", args, kwargs, 2, &name, &v); err != nil {
		return nil, err
	}
	o, ok := self.(*Instance)
	if !ok {
		return starlark.None, SetAttr(th, self, name, v)
	}
	if cv, _ := o.Class.Lookup(name); cv != nil {
		if p, ok := cv.(*Property); ok {
			if p.Set == nil {
				return nil, NewError(AttributeError, fmt.Sprintf("property '%s' of '%s' object has no setter", name, o.Class.name))
			}
			_, err := starlark.Call(th, p.Set, starlark.Tuple{o, v}, nil)
			return starlark.None, err
		}
	}
	o.SetOwn(name, v)
	return starlark.None, nil
}
