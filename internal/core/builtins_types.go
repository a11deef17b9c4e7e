package core

// This file defines the constructors of the built-in types (str, bool,
// list, tuple, dict, set, range, bytes...) and installs them, with the
// types' methods, on the classes of class_builtin.go, so that int("3"),
// str.upper("a") and dict.fromkeys(...) work.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// installBuiltinTypes installs the constructors and methods of the
// built-in types on their classes.
func installBuiltinTypes() {
	ctor := func(c *Class, fn func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) {
		c.SetOwn("__new__", starlark.NewBuiltin(c.name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(args) > 0 {
				args = args[1:] // the class
			}
			return fn(th, args, kwargs)
		}))
	}
	ctor(TypeClass, typeCall)
	ctor(IntClass, builtinInt)
	ctor(BoolClass, builtinBool)
	ctor(FloatClass, builtinFloat)
	ctor(StrClass, builtinStr)
	ctor(BytesClass, builtinBytes)
	ctor(ListClass, builtinList)
	ctor(TupleClass, builtinTuple)
	ctor(DictClass, builtinDict)
	ctor(SetClass, builtinSet("set"))
	ctor(FrozenSetClass, builtinSet("frozenset"))
	ctor(RangeClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.Call(th, starlark.Universe["range"], args, kwargs)
	})
	ctor(NoneTypeClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional("NoneType", args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, nil
	})
	ctor(StaticMethodClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := unpackPositional("staticmethod", args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return &StaticMethod{Fn: fn}, nil
	})
	ctor(ClassMethodClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var fn starlark.Value
		if err := unpackPositional("classmethod", args, kwargs, 1, &fn); err != nil {
			return nil, err
		}
		return &ClassMethod{Fn: fn}, nil
	})
	ctor(PropertyClass, builtinProperty)
	ctor(SuperClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var cls, obj starlark.Value
		if err := unpackPositional("super", args, kwargs, 0, &cls, &obj); err != nil {
			return nil, err
		}
		if obj == nil {
			return nil, NewError(RuntimeError, "super(): no arguments")
		}
		return NewSuper(cls, obj)
	})
	ctor(SliceClass, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return hiddenSlice(th, args, kwargs)
	})
	for _, c := range []*Class{FunctionClass, BuiltinFunctionClass, MethodClass, ModuleClass, NotImplementedClass, EllipsisClass} {
		name := c.name
		ctor(c, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return nil, NewError(TypeError, fmt.Sprintf("cannot create '%s' instances", name))
		})
	}
	installTypeMethods()
}

// installTypeMethods puts each built-in type's methods on its class as
// unbound methods: str.upper(s) calls s.upper().
func installTypeMethods() {
	samples := []struct {
		c      *Class
		sample starlark.Value
	}{
		{StrClass, starlark.String("")},
		{BytesClass, starlark.Bytes("")},
		{ListClass, starlark.NewList(nil)},
		{DictClass, starlark.NewDict(0)},
		{SetClass, starlark.NewSet(0)},
		{TupleClass, starlark.Tuple{}},
		{IntClass, starlark.MakeInt(0)},
		{FloatClass, starlark.Float(0)},
	}
	for _, s := range samples {
		var names []string
		if ha, ok := s.sample.(starlark.HasAttrs); ok {
			names = append(names, ha.AttrNames()...)
		}
		names = append(names, routedNames(s.sample)...)
		c, sample := s.c, s.sample
		for _, name := range names {
			if _, exists := c.Own(name); exists {
				continue
			}
			name := name
			if name == "fromkeys" || name == "maketrans" {
				c.SetOwn(name, &StaticMethod{Fn: builtin(name, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
					return CallMethod(th, sample, name, args, kwargs)
				})})
				continue
			}
			c.SetOwn(name, NewGoMethod(name, func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
				if !ClassOf(self).IsSubclass(c) {
					return nil, NewError(TypeError, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, c.name, TypeName(self)))
				}
				return CallMethod(th, self, name, args, kwargs)
			}))
		}
	}
}

// bool(x=False)
func builtinBool(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value = starlark.False
	if err := unpackPositional("bool", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	return Truth(th, x)
}

// Truth is Python's bool(x), reporting errors of __bool__ and __len__.
func Truth(th *starlark.Thread, x starlark.Value) (starlark.Bool, error) {
	if o, ok := x.(*Instance); ok {
		return o.truth(th)
	}
	if s, ok := x.(starlark.String); ok {
		return len(s) > 0, nil
	}
	return x.Truth(), nil
}

// str(object=”) and str(bytes, encoding='utf-8', errors='strict')
func builtinStr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var encoding, errors starlark.Value
	if err := unpackArgs("str", args, kwargs, "object?", &x, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	if x == nil {
		return starlark.String(""), nil
	}
	if encoding != nil || errors != nil {
		b, ok := x.(starlark.Bytes)
		if !ok {
			return nil, NewError(TypeError, fmt.Sprintf("decoding to str: need a bytes-like object, %s found", TypeName(x)))
		}
		return decodeBytes(string(b), encoding, errors)
	}
	s, err := Str(th, x)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
}

// bytes(), bytes(int), bytes(iterable_of_ints), bytes(str, encoding)
func builtinBytes(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, encoding, errors starlark.Value
	if err := unpackArgs("bytes", args, kwargs, "source?", &x, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case nil:
		return starlark.Bytes(""), nil
	case starlark.String:
		if encoding == nil {
			return nil, NewError(TypeError, "string argument without an encoding")
		}
		return encodeStr(string(v), encoding, errors)
	case starlark.Bytes:
		return v, nil
	case starlark.Int:
		n, err := indexInt(th, v)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, NewError(ValueError, "negative count")
		}
		return starlark.Bytes(make([]byte, n)), nil
	}
	var out []byte
	err := Iterate(th, x, func(e starlark.Value) error {
		n, err := indexInt(th, e)
		if err != nil {
			return err
		}
		if n < 0 || n > 255 {
			return NewError(ValueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	if err != nil {
		if isExc(th, err, TypeError) && !isIterable(x) {
			return nil, NewError(TypeError, fmt.Sprintf("cannot convert '%s' object to bytes", TypeName(x)))
		}
		return nil, err
	}
	return starlark.Bytes(out), nil
}

// list(iterable=())
func builtinList(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("list", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return starlark.NewList(nil), nil
	}
	elems, err := Collect(th, x)
	if err != nil {
		return nil, err
	}
	return starlark.NewList(elems), nil
}

// tuple(iterable=())
func builtinTuple(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("tuple", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return starlark.Tuple{}, nil
	}
	if t, ok := x.(starlark.Tuple); ok {
		return t, nil
	}
	elems, err := Collect(th, x)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple(elems), nil
}

// builtinSet is set(iterable=()) and frozenset(iterable=()) (a frozenset
// is a set in pyconc).
func builtinSet(name string) func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := unpackPositional(name, args, kwargs, 0, &x); err != nil {
			return nil, err
		}
		if x == nil {
			return starlark.NewSet(0), nil
		}
		return MakeSet(th, x)
	}
}

// MakeSet is Python's set(x).
func MakeSet(th *starlark.Thread, x starlark.Value) (*starlark.Set, error) {
	s := starlark.NewSet(0)
	err := Iterate(th, x, func(e starlark.Value) error {
		if err := s.Insert(e); err != nil {
			return NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(e)))
		}
		return nil
	})
	return s, err
}

// dict(), dict(mapping, **kw), dict(iterable, **kw), dict(**kw)
func builtinDict(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 1 {
		return nil, NewError(TypeError, fmt.Sprintf("dict expected at most 1 argument, got %d", len(args)))
	}
	d := starlark.NewDict(len(kwargs))
	if len(args) == 1 {
		if err := DictUpdate(th, d, args[0]); err != nil {
			return nil, err
		}
	}
	for _, kv := range kwargs {
		if err := d.SetKey(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// DictUpdate adds the entries of src to d: a dict, an object with keys()
// and __getitem__, or an iterable of pairs.
func DictUpdate(th *starlark.Thread, d *starlark.Dict, src starlark.Value) error {
	setKey := func(k, v starlark.Value) error {
		if err := d.SetKey(k, v); err != nil {
			if _, isPy := pyErrOf(err); isPy {
				return err
			}
			return NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(k)))
		}
		return nil
	}
	if sd, ok := src.(*starlark.Dict); ok {
		for _, kv := range sd.Items() {
			if err := setKey(kv[0], kv[1]); err != nil {
				return err
			}
		}
		return nil
	}
	if keys, ok, err := lookupAttr(th, src, "keys"); err != nil {
		return err
	} else if ok {
		if _, isMod := src.(*Module); !isMod {
			ks, err := starlark.Call(th, keys, nil, nil)
			if err != nil {
				return err
			}
			return Iterate(th, ks, func(k starlark.Value) error {
				v, err := GetItem(th, src, k)
				if err != nil {
					return err
				}
				return setKey(k, v)
			})
		}
	}
	i := 0
	err := Iterate(th, src, func(e starlark.Value) error {
		pair, err := Collect(th, e)
		if err != nil {
			if isExc(th, err, TypeError) {
				return NewError(TypeError, fmt.Sprintf("cannot convert dictionary update sequence element #%d to a sequence", i))
			}
			return err
		}
		if len(pair) != 2 {
			return NewError(ValueError, fmt.Sprintf("dictionary update sequence element #%d has length %d; 2 is required", i, len(pair)))
		}
		i++
		return setKey(pair[0], pair[1])
	})
	if err != nil && isExc(th, err, TypeError) && !isIterable(src) {
		return NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(src)))
	}
	return err
}

// property(fget=None, fset=None, fdel=None, doc=None)
func builtinProperty(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var get, set, del, doc starlark.Value
	if err := unpackArgs("property", args, kwargs, "fget?", &get, "fset?", &set, "fdel?", &del, "doc?", &doc); err != nil {
		return nil, err
	}
	none := func(v starlark.Value) starlark.Value {
		if v == starlark.None {
			return nil
		}
		return v
	}
	return &Property{Get: none(get), Set: none(set), Del: none(del), Doc: doc}, nil
}
