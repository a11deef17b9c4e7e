package core

import (
	"fmt"

	"go.starlark.net/starlark"
)

// String returns repr(o): __repr__ when the class defines one (called on
// the thread holding the interpreter lock), else CPython's default
// "<__main__.Point object at 0x7f...>".
func (o *Instance) String() string {
	if r, owner := o.Class.Lookup("__repr__"); r != nil && owner != ObjectClass {
		if th := o.thread(); th != nil {
			v, err := starlark.Call(th, r, starlark.Tuple{o}, nil)
			if err == nil {
				if s, ok := v.(starlark.String); ok {
					return string(s)
				}
			}
		}
	}
	return o.DefaultRepr()
}

// DefaultRepr returns "<module.Class object at 0x...>".
func (o *Instance) DefaultRepr() string {
	return fmt.Sprintf("<%s.%s object at %#x>", o.Class.Module, o.Class.QualName, ID(o))
}

// Truth calls __bool__, then __len__; true otherwise.
func (o *Instance) Truth() starlark.Bool {
	th := o.thread()
	if th == nil {
		return starlark.True
	}
	if f, _ := o.Class.Lookup("__bool__"); f != nil {
		v, err := starlark.Call(th, f, starlark.Tuple{o}, nil)
		if err == nil {
			return v.Truth()
		}
		return starlark.True
	}
	if f, _ := o.Class.Lookup("__len__"); f != nil {
		v, err := starlark.Call(th, f, starlark.Tuple{o}, nil)
		if err == nil {
			return v.Truth()
		}
	}
	return starlark.True
}

// Hash calls __hash__; by identity when the class defines neither
// __hash__ nor __eq__; unhashable when it defines __eq__ only.
func (o *Instance) Hash() (uint32, error) {
	h, _ := o.Class.Lookup("__hash__")
	if h == nil {
		if eq, owner := o.Class.Lookup("__eq__"); eq != nil && owner != ObjectClass {
			return 0, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", o.Class.name))
		}
		return identityHash(o), nil
	}
	if h == starlark.None {
		return 0, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", o.Class.name))
	}
	th := o.thread()
	if th == nil {
		return identityHash(o), nil
	}
	v, err := starlark.Call(th, h, starlark.Tuple{o}, nil)
	if err != nil {
		return 0, err
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, NewError(TypeError, "__hash__ method should return an integer")
	}
	return uint32(i.BigInt().Uint64()), nil
}
