package core

// This file defines the hidden built-ins of operators and the object
// model that lowered code calls (see package hidden): identity, **, %,
// f-string fields, unpacking, displays, del, slices and super.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyformat"
)

// __pc_is(a, b)
func hiddenIs(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := unpackPositional(hidden.Is, args, kwargs, 2, &a, &b); err != nil {
		return nil, err
	}
	return starlark.Bool(Identical(a, b)), nil
}

// __pc_pow(a, b)
func hiddenPow(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := unpackPositional(hidden.Pow, args, kwargs, 2, &a, &b); err != nil {
		return nil, err
	}
	return Pow(th, a, b, nil)
}

// __pc_mod(a, b)
func hiddenMod(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := unpackPositional(hidden.Mod, args, kwargs, 2, &a, &b); err != nil {
		return nil, err
	}
	return Mod(th, a, b)
}

// __pc_fmt(value, conv, spec)
func hiddenFmt(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	var conv, spec string
	if err := unpackPositional(hidden.Fmt, args, kwargs, 3, &v, &conv, &spec); err != nil {
		return nil, err
	}
	switch conv {
	case "":
	case "r", "s", "a":
		var s string
		var err error
		if conv == "s" {
			s, err = Str(th, v)
		} else {
			s, err = Repr(th, v)
		}
		if err != nil {
			return nil, err
		}
		if conv == "a" {
			s = pyformat.EscapeNonASCII(s)
		}
		v = starlark.String(s)
	default:
		return nil, NewError(ValueError, fmt.Sprintf("Unknown conversion specifier %s", conv))
	}
	s, err := Format(th, v, spec)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
}

// __pc_dictmerge(d1, d2, ...)
func hiddenDictMerge(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, hidden.DictMerge+"() takes no keyword arguments")
	}
	d := starlark.NewDict(0)
	for _, m := range args {
		switch m.(type) {
		case *starlark.Dict:
		case *Instance:
			if special(m, "__getitem__") == nil {
				return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not a mapping", TypeName(m)))
			}
		default:
			if _, ok := m.(starlark.IterableMapping); !ok {
				return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not a mapping", TypeName(m)))
			}
		}
		if im, ok := m.(starlark.IterableMapping); ok {
			if _, isDict := m.(*starlark.Dict); !isDict {
				for _, kv := range im.Items() {
					if err := d.SetKey(kv[0], kv[1]); err != nil {
						return nil, err
					}
				}
				continue
			}
		}
		if err := DictUpdate(th, d, m); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// __pc_unpack(iterable, before, after)
func hiddenUnpack(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var before, after int
	if err := unpackPositional(hidden.Unpack, args, kwargs, 3, &x, &before, &after); err != nil {
		return nil, err
	}
	if !isIterable(x) {
		return nil, NewError(TypeError, fmt.Sprintf("cannot unpack non-iterable %s object", TypeName(x)))
	}
	elems, err := Collect(th, x)
	if err != nil {
		return nil, err
	}
	if len(elems) < before+after {
		return nil, NewError(ValueError, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", before+after, len(elems)))
	}
	out := make([]starlark.Value, 0, before+after+1)
	out = append(out, elems[:before]...)
	mid := len(elems) - after
	out = append(out, starlark.NewList(append([]starlark.Value(nil), elems[before:mid]...)))
	out = append(out, elems[mid:]...)
	return starlark.NewList(out), nil
}

// __pc_delitem(x, key)
func hiddenDelItem(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, key starlark.Value
	if err := unpackPositional(hidden.DelItem, args, kwargs, 2, &x, &key); err != nil {
		return nil, err
	}
	return starlark.None, DelItem(th, x, key)
}

// __pc_delattr(x, name)
func hiddenDelAttr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var name string
	if err := unpackPositional(hidden.DelAttr, args, kwargs, 2, &x, &name); err != nil {
		return nil, err
	}
	return starlark.None, DelAttr(th, x, name)
}

// __pc_slice(lo, hi, step) and slice(stop) / slice(start, stop[, step])
func hiddenSlice(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		return &Slice{Start: starlark.None, Stop: args[0], Step: starlark.None}, nil
	case 2:
		return &Slice{Start: args[0], Stop: args[1], Step: starlark.None}, nil
	case 3:
		return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
	}
	return nil, arityError("slice", len(args), 1, 3)
}

// __pc_super(cls, self)
func hiddenSuper(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var cls, self starlark.Value
	if err := unpackPositional(hidden.Super, args, kwargs, 2, &cls, &self); err != nil {
		return nil, err
	}
	return NewSuper(cls, self)
}
