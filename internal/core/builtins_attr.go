package core

// This file defines attribute access for Go code (GetAttr, SetAttr,
// DelAttr) and the built-ins about attributes and types: getattr,
// hasattr, setattr, delattr, isinstance, issubclass, callable, id, hash,
// vars, dir.

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"
)

// noAttr is Python's AttributeError for a missing attribute.
func noAttr(v starlark.Value, name string) error {
	switch x := v.(type) {
	case *Class:
		return NewError(AttributeError, fmt.Sprintf("type object '%s' has no attribute '%s'", x.name, name))
	case *Module:
		return NewError(AttributeError, fmt.Sprintf("module '%s' has no attribute '%s'", x.Name, name))
	}
	return NewError(AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", TypeName(v), name))
}

// GetAttr is Python's getattr(v, name): AttributeError with Python's
// message when v has no such attribute. Besides the value's own attributes
// it answers the dunder attributes every Python object or function has
// (__class__, __name__, __doc__, __module__, __defaults__, __dict__...).
func GetAttr(th *starlark.Thread, v starlark.Value, name string) (starlark.Value, error) {
	var attrErr error
	if ha, ok := v.(starlark.HasAttrs); ok {
		r, err := ha.Attr(name)
		switch {
		case err == nil && r != nil:
			return r, nil
		case err == nil:
		case isNoSuchAttr(err):
			attrErr = noAttr(v, name)
		default:
			if _, isPy := pyErrOf(err); !isPy || !isExc(th, err, AttributeError) {
				return nil, err
			}
			attrErr = err
		}
	}
	if r, ok := commonAttr(v, name); ok {
		return r, nil
	}
	if attrErr != nil {
		return nil, attrErr
	}
	return nil, noAttr(v, name)
}

// isNoSuchAttr reports a starlark.NoSuchAttrError.
func isNoSuchAttr(err error) bool {
	_, ok := err.(starlark.NoSuchAttrError)
	return ok
}

// commonAttr answers the dunder attributes of values of Starlark's own
// types, functions and methods.
func commonAttr(v starlark.Value, name string) (starlark.Value, bool) {
	if bm, ok := v.(*BoundMethod); ok && name != "__class__" && name != "__self__" && name != "__func__" {
		return commonAttr(bm.Fn, name)
	}
	switch name {
	case "__class__":
		return ClassOf(v), true
	case "__name__", "__qualname__":
		switch f := v.(type) {
		case *starlark.Function, *starlark.Builtin, *GoMethod:
			return starlark.String(FuncName(f)), true
		}
	case "__doc__":
		switch f := v.(type) {
		case *starlark.Function:
			if f.Doc() == "" {
				return starlark.None, true
			}
			return starlark.String(f.Doc()), true
		case *starlark.Builtin, *GoMethod, *Instance, *Class:
			return starlark.None, true
		}
	case "__module__":
		switch f := v.(type) {
		case *starlark.Function:
			return starlark.String(FunctionModule(f)), true
		case *starlark.Builtin:
			return starlark.None, true
		}
	case "__defaults__":
		if f, ok := v.(*starlark.Function); ok {
			var defaults starlark.Tuple
			npos := f.NumParams() - f.NumKwonlyParams()
			if f.HasVarargs() {
				npos--
			}
			if f.HasKwargs() {
				npos--
			}
			for i := 0; i < npos; i++ {
				if d := f.ParamDefault(i); d != nil {
					defaults = append(defaults, d)
				}
			}
			if len(defaults) == 0 {
				return starlark.None, true
			}
			return defaults, true
		}
	case "__dict__":
		if _, ok := v.(*starlark.Function); ok {
			return starlark.NewDict(0), true
		}
	case "__self__":
		if b, ok := v.(*starlark.Builtin); ok && b.Receiver() != nil {
			return b.Receiver(), true
		}
	}
	return nil, false
}

// lookupAttr is GetAttr with found=false (and no error) for a missing
// attribute.
func lookupAttr(th *starlark.Thread, v starlark.Value, name string) (starlark.Value, bool, error) {
	r, err := GetAttr(th, v, name)
	if err != nil {
		if isExc(th, err, AttributeError) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return r, true, nil
}

// SetAttr is Python's setattr(v, name, x).
func SetAttr(th *starlark.Thread, v starlark.Value, name string, x starlark.Value) error {
	if hs, ok := v.(starlark.HasSetField); ok {
		err := hs.SetField(name, x)
		if _, isNoSuch := err.(starlark.NoSuchAttrError); isNoSuch {
			return noAttr(v, name)
		}
		return err
	}
	return noAttr(v, name)
}

// DelAttr is Python's delattr(v, name) and "del v.name".
func DelAttr(th *starlark.Thread, v starlark.Value, name string) error {
	switch x := v.(type) {
	case *Instance:
		if f := special(x, "__delattr__"); f != nil {
			_, err := starlark.Call(th, f, starlark.Tuple{x, starlark.String(name)}, nil)
			return err
		}
		if cv, _ := x.Class.Lookup(name); cv != nil {
			if p, ok := cv.(*Property); ok {
				if p.Del == nil {
					return NewError(AttributeError, fmt.Sprintf("property '%s' of '%s' object has no deleter", name, x.Class.name))
				}
				_, err := starlark.Call(th, p.Del, starlark.Tuple{x}, nil)
				return err
			}
		}
		if !x.DelOwn(name) {
			return noAttr(v, name)
		}
		return nil
	case *Class:
		if !x.DelOwn(name) {
			return noAttr(v, name)
		}
		return nil
	}
	if _, ok := v.(starlark.HasAttrs); ok {
		if _, err := GetAttr(th, v, name); err != nil {
			return err
		}
		return NewError(AttributeError, fmt.Sprintf("'%s' object attribute '%s' is read-only", TypeName(v), name))
	}
	return noAttr(v, name)
}

// attrName checks that an attribute name argument is a str.
func attrName(fname string, v starlark.Value) (string, error) {
	s, ok := v.(starlark.String)
	if !ok {
		return "", NewError(TypeError, fmt.Sprintf("attribute name must be string, not '%s'", TypeName(v)))
	}
	return string(s), nil
}

// getattr(object, name[, default])
func builtinGetattr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, nameV, dflt starlark.Value
	if err := unpackPositional("getattr", args, kwargs, 2, &obj, &nameV, &dflt); err != nil {
		return nil, err
	}
	name, err := attrName("getattr", nameV)
	if err != nil {
		return nil, err
	}
	v, err := GetAttr(th, obj, name)
	if err != nil && dflt != nil && isExc(th, err, AttributeError) {
		return dflt, nil
	}
	return v, err
}

// hasattr(object, name)
func builtinHasattr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, nameV starlark.Value
	if err := unpackPositional("hasattr", args, kwargs, 2, &obj, &nameV); err != nil {
		return nil, err
	}
	name, err := attrName("hasattr", nameV)
	if err != nil {
		return nil, err
	}
	_, found, err := lookupAttr(th, obj, name)
	return starlark.Bool(found), err
}

// setattr(object, name, value)
func builtinSetattr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, nameV, v starlark.Value
	if err := unpackPositional("setattr", args, kwargs, 3, &obj, &nameV, &v); err != nil {
		return nil, err
	}
	name, err := attrName("setattr", nameV)
	if err != nil {
		return nil, err
	}
	return starlark.None, SetAttr(th, obj, name, v)
}

// delattr(object, name)
func builtinDelattr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, nameV starlark.Value
	if err := unpackPositional("delattr", args, kwargs, 2, &obj, &nameV); err != nil {
		return nil, err
	}
	name, err := attrName("delattr", nameV)
	if err != nil {
		return nil, err
	}
	return starlark.None, DelAttr(th, obj, name)
}

// classInfo matches v against a class or a (nested) tuple of classes.
func classInfo(fname string, c *Class, info starlark.Value) (bool, error) {
	switch x := info.(type) {
	case *Class:
		return c.IsSubclass(x), nil
	case starlark.Tuple:
		for _, e := range x {
			ok, err := classInfo(fname, c, e)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeError, fmt.Sprintf("%s() arg 2 must be a type, a tuple of types, or a union", fname))
}

// isinstance(obj, class_or_tuple)
func builtinIsinstance(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj, info starlark.Value
	if err := unpackPositional("isinstance", args, kwargs, 2, &obj, &info); err != nil {
		return nil, err
	}
	ok, err := classInfo("isinstance", ClassOf(obj), info)
	return starlark.Bool(ok), err
}

// issubclass(cls, class_or_tuple)
func builtinIssubclass(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, info starlark.Value
	if err := unpackPositional("issubclass", args, kwargs, 2, &cls, &info); err != nil {
		return nil, err
	}
	c, ok := cls.(*Class)
	if !ok {
		return nil, NewError(TypeError, "issubclass() arg 1 must be a class")
	}
	r, err := classInfo("issubclass", c, info)
	return starlark.Bool(r), err
}

// IsCallable is Python's callable(v).
func IsCallable(v starlark.Value) bool {
	if o, ok := v.(*Instance); ok {
		return special(o, "__call__") != nil
	}
	_, ok := v.(starlark.Callable)
	return ok
}

// callable(obj)
func builtinCallable(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := unpackPositional("callable", args, kwargs, 1, &obj); err != nil {
		return nil, err
	}
	return starlark.Bool(IsCallable(obj)), nil
}

// id(obj)
func builtinID(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := unpackPositional("id", args, kwargs, 1, &obj); err != nil {
		return nil, err
	}
	switch obj.(type) {
	case starlark.NoneType, starlark.Bool, starlark.Int, starlark.Float, starlark.String, starlark.Bytes:
		// Scalars have no address of their own: derive a stable number
		// from the value, so that id(x) == id(y) when x is y.
		h, _ := obj.Hash()
		return starlark.MakeInt64(0x7f0000000000 + int64(h)*16 + int64(len(TypeName(obj)))), nil
	}
	return starlark.MakeInt64(ID(obj)), nil
}

// hash(obj)
func builtinHash(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := unpackPositional("hash", args, kwargs, 1, &obj); err != nil {
		return nil, err
	}
	h, err := PyHash(th, obj)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt64(h), nil
}

// vars([object]): a new dict of the instance's (or class's, module's) attributes.
func builtinVars(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := unpackPositional("vars", args, kwargs, 0, &obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, NewError(NotImplementedError, "vars() without an argument is not supported by pyconc")
	}
	switch x := obj.(type) {
	case *Instance, *Class:
		return GetAttr(th, x, "__dict__")
	case *Module:
		d := starlark.NewDict(0)
		members := x.Members()
		names := make([]string, 0, len(members))
		for k := range members {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			_ = d.SetKey(starlark.String(k), members[k])
		}
		return d, nil
	}
	return nil, NewError(TypeError, "vars() argument must have __dict__ attribute")
}

// dir([object]): the sorted attribute names.
func builtinDir(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var obj starlark.Value
	if err := unpackPositional("dir", args, kwargs, 0, &obj); err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, NewError(NotImplementedError, "dir() without an argument is not supported by pyconc")
	}
	var names []string
	if ha, ok := obj.(starlark.HasAttrs); ok {
		names = append(names, ha.AttrNames()...)
	}
	switch x := obj.(type) {
	case starlark.String, *starlark.List, *starlark.Dict, *starlark.Set, starlark.Int, starlark.Float, starlark.Tuple, starlark.Bytes:
		names = append(names, routedNames(x)...)
	}
	sort.Strings(names)
	out := make([]starlark.Value, 0, len(names))
	for i, n := range names {
		if i > 0 && names[i-1] == n {
			continue
		}
		out = append(out, starlark.String(n))
	}
	return starlark.NewList(out), nil
}

// globals() and locals() are not available: Starlark does not expose
// a frame's variables.
func builtinUnsupported(name string) *starlark.Builtin {
	return builtin(name, func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return nil, NewError(NotImplementedError, fmt.Sprintf("%s() is not supported by pyconc", name))
	})
}
