package core

// This file defines the basic protocol of instances: repr (String), truth
// and hashing.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// String returns repr(o): __repr__ when the class defines one (called on
// the thread holding the interpreter lock), else CPython's default
// "<__main__.Point object at 0x7f...>".
func (o *Instance) String() string {
	s, err := Repr(nil, o)
	if err != nil {
		return o.DefaultRepr()
	}
	return s
}

// DefaultRepr returns "<module.Class object at 0x...>".
func (o *Instance) DefaultRepr() string {
	if o.Class.Module == "builtins" || o.Class.Module == "" {
		return fmt.Sprintf("<%s object at %#x>", o.Class.QualName, ID(o))
	}
	return fmt.Sprintf("<%s.%s object at %#x>", o.Class.Module, o.Class.QualName, ID(o))
}

// Truth calls __bool__, then __len__; true otherwise. (Starlark's Truth
// cannot fail: an exception raised by __bool__ counts as true.)
func (o *Instance) Truth() starlark.Bool {
	b, err := o.truth(o.thread())
	if err != nil {
		return starlark.True
	}
	return b
}

// truth is Python's bool(o), reporting errors of __bool__ and __len__.
func (o *Instance) truth(th *starlark.Thread) (starlark.Bool, error) {
	if th == nil {
		return starlark.True, nil
	}
	if v, found, err := callSpecial(th, o, "__bool__"); found || err != nil {
		if err != nil {
			return false, err
		}
		b, ok := v.(starlark.Bool)
		if !ok {
			return false, NewError(TypeError, fmt.Sprintf("__bool__ should return bool, returned %s", TypeName(v)))
		}
		return b, nil
	}
	if special(o, "__len__") != nil {
		n, err := Len(th, o)
		return n > 0, err
	}
	return starlark.True, nil
}

// hashFunc returns the __hash__ method to call, nil to hash by identity,
// or TypeError "unhashable type" when the nearest class defining __eq__ or
// __hash__ defines __eq__ only or sets __hash__ = None (as CPython does
// for a class that defines __eq__ without __hash__).
func (o *Instance) hashFunc() (starlark.Value, error) {
	for _, k := range o.Class.MRO {
		if k == ObjectClass {
			break
		}
		if h, ok := k.dict["__hash__"]; ok {
			if h == starlark.None {
				return nil, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", o.Class.name))
			}
			return h, nil
		}
		if _, ok := k.dict["__eq__"]; ok {
			return nil, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", o.Class.name))
		}
	}
	return nil, nil
}

// Hash calls __hash__; by identity when the class defines neither
// __hash__ nor __eq__; unhashable when it defines __eq__ only.
func (o *Instance) Hash() (uint32, error) {
	f, err := o.hashFunc()
	if err != nil {
		return 0, err
	}
	if f == nil {
		return identityHash(o), nil
	}
	th := o.thread()
	if th == nil {
		return identityHash(o), nil
	}
	v, err := starlark.Call(th, f, starlark.Tuple{o}, nil)
	if err != nil {
		return 0, err
	}
	i, ok := v.(starlark.Int)
	if !ok {
		return 0, NewError(TypeError, "__hash__ method should return an integer")
	}
	h := hashBigInt(i.BigInt())
	return uint32(h) ^ uint32(h>>32), nil
}
