package multiprocessing

import (
	"bytes"
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the sequence behaviour of Array: len, a[i] (negative
// too), a[i:j:k], a[i] = v, a[slice] = seq, iteration, and value/raw of
// 'c' (and value of 'u') arrays.

var (
	_ starlark.Indexable   = (*SharedArray)(nil)
	_ starlark.Sliceable   = (*SharedArray)(nil)
	_ starlark.HasSetIndex = (*SharedArray)(nil)
	_ starlark.Iterable    = (*SharedArray)(nil)
)

func (a *SharedArray) rawName() string {
	return fmt.Sprintf("<multiprocessing.sharedctypes.%s_Array_%d object at %#x>", a.t.name, a.n, core.ID(a))
}

// Type returns the wrapper's class name or the raw array type's.
func (a *SharedArray) Type() string {
	switch {
	case a.lock == nil:
		return fmt.Sprintf("%s_Array_%d", a.t.name, a.n)
	case a.t.code == 'c':
		return "SynchronizedString"
	}
	return "SynchronizedArray"
}

// String is CPython's repr.
func (a *SharedArray) String() string {
	if a.lock == nil {
		return a.rawName()
	}
	return fmt.Sprintf("<%s wrapper for %s>", a.Type(), a.rawName())
}

// Len returns the number of elements.
func (a *SharedArray) Len() int { return a.n }

// Index returns element i (0 <= i < Len).
func (a *SharedArray) Index(i int) starlark.Value { return a.t.load(a.mem, i) }

// Slice returns the elements start:end:step as a list (bytes for 'c'
// arrays, str for 'u' arrays, as ctypes does).
func (a *SharedArray) Slice(start, end, step int) starlark.Value {
	var out []starlark.Value
	if step > 0 {
		for i := start; i < end; i += step {
			out = append(out, a.Index(i))
		}
	} else {
		for i := start; i > end; i += step {
			out = append(out, a.Index(i))
		}
	}
	switch a.t.code {
	case 'c':
		var b strings.Builder
		for _, v := range out {
			b.WriteString(string(v.(starlark.Bytes)))
		}
		return starlark.Bytes(b.String())
	case 'u':
		var b strings.Builder
		for _, v := range out {
			b.WriteString(string(v.(starlark.String)))
		}
		return starlark.String(b.String())
	}
	return starlark.NewList(out)
}

// Iterate iterates over the elements (read as the iteration goes).
func (a *SharedArray) Iterate() starlark.Iterator { return &arrayIter{a: a} }

type arrayIter struct {
	a *SharedArray
	i int
}

// Next returns the next element, or false at the end.
func (it *arrayIter) Next(p *starlark.Value) bool {
	if it.i >= it.a.n {
		return false
	}
	*p = it.a.Index(it.i)
	it.i++
	return true
}

// Done ends the iteration.
func (it *arrayIter) Done() {}

// index resolves an int index (negative from the end).
func (a *SharedArray) index(k starlark.Value) (int, error) {
	i, err := starlark.AsInt32(k)
	if err != nil {
		return 0, core.NewError(core.TypeError, fmt.Sprintf("indices must be integers, not %s", core.TypeName(k)))
	}
	if i < 0 {
		i += a.n
	}
	if i < 0 || i >= a.n {
		return 0, core.NewError(core.IndexError, "invalid index")
	}
	return i, nil
}

// SetIndex is a[i] = v (i resolved by Starlark: 0 <= i < Len).
func (a *SharedArray) SetIndex(i int, v starlark.Value) error { return a.t.store(a.mem, i, v) }

// setItem is __setitem__: a[i] = v (negative i too), or a[slice] = a
// sequence of the same length (for a slice object, such as core's).
func (a *SharedArray) setItem(k, v starlark.Value) error {
	if pos, ok, err := a.slicePositions(k); ok {
		if err != nil {
			return err
		}
		var elems []starlark.Value
		switch x := v.(type) {
		case starlark.Bytes:
			for i := 0; i < len(x); i++ {
				elems = append(elems, starlark.Bytes(x[i:i+1]))
			}
		case starlark.String:
			for _, r := range string(x) {
				elems = append(elems, starlark.String(r))
			}
		default:
			if elems, err = toTuple(v); err != nil {
				return err
			}
		}
		if len(elems) != len(pos) {
			return valueError("Can only assign sequence of same size")
		}
		for i, p := range pos {
			if err := a.t.store(a.mem, p, elems[i]); err != nil {
				return err
			}
		}
		return nil
	}
	i, err := a.index(k)
	if err != nil {
		return err
	}
	return a.t.store(a.mem, i, v)
}

// slicePositions resolves a slice object (any value with start, stop and
// step attributes, such as core's slice) to element positions.
func (a *SharedArray) slicePositions(k starlark.Value) ([]int, bool, error) {
	if k.Type() != "slice" {
		return nil, false, nil
	}
	ha, ok := k.(starlark.HasAttrs)
	if !ok {
		return nil, false, nil
	}
	get := func(name string) starlark.Value {
		v, _ := ha.Attr(name)
		if v == nil {
			return starlark.None
		}
		return v
	}
	step := 1
	if s := get("step"); s != starlark.None {
		n, err := starlark.AsInt32(s)
		if err != nil || n == 0 {
			return nil, true, valueError("slice step cannot be zero")
		}
		step = n
	}
	bound := func(v starlark.Value, def int) (int, error) {
		if v == starlark.None {
			return def, nil
		}
		i, err := starlark.AsInt32(v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += a.n
			if i < 0 {
				i = min(-1, def)
				if step > 0 {
					i = 0
				}
			}
		} else if i > a.n {
			i = a.n
			if step < 0 {
				i = a.n - 1
			}
		}
		return i, nil
	}
	var start, stop int
	var err error
	if step > 0 {
		start, err = bound(get("start"), 0)
		if err == nil {
			stop, err = bound(get("stop"), a.n)
		}
	} else {
		start, err = bound(get("start"), a.n-1)
		if err == nil {
			stop, err = bound(get("stop"), -1)
		}
	}
	if err != nil {
		return nil, true, err
	}
	var pos []int
	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
		pos = append(pos, i)
	}
	return pos, true, nil
}

// arrayProps are the properties of arrays of chars ('c') and of Unicode
// characters ('u').
var arrayProps = map[byte]map[string]core.Getter{
	'c': {
		"value": func(recv starlark.Value) (starlark.Value, error) {
			a := recv.(*SharedArray)
			b := a.mem[:a.n]
			if i := bytes.IndexByte(b, 0); i >= 0 {
				b = b[:i]
			}
			return starlark.Bytes(b), nil
		},
		"raw": func(recv starlark.Value) (starlark.Value, error) {
			a := recv.(*SharedArray)
			return starlark.Bytes(a.mem[:a.n]), nil
		},
	},
	'u': {
		"value": func(recv starlark.Value) (starlark.Value, error) {
			a := recv.(*SharedArray)
			var b strings.Builder
			for i := 0; i < a.n; i++ {
				s := string(a.Index(i).(starlark.String))
				if s == "\x00" {
					break
				}
				b.WriteString(s)
			}
			return starlark.String(b.String()), nil
		},
	},
}

// arrayMethods are the attribute tables of arrays, by typecode (0 for
// those with no property) and lock: __setitem__, the properties, and the
// lock's methods unless raw.
var arrayMethods = func() map[arrayKind]*core.Methods {
	m := map[arrayKind]*core.Methods{}
	for _, code := range []byte{0, 'c', 'u'} {
		for _, locked := range []bool{false, true} {
			funcs := map[string]core.MethodFunc{"__setitem__": arraySetItem}
			if locked {
				for name, f := range lockFuncs {
					funcs[name] = f
				}
			}
			m[arrayKind{code, locked}] = core.NewMethods(funcs).WithProps(arrayProps[code])
		}
	}
	return m
}()

type arrayKind struct {
	code   byte
	locked bool
}

func (a *SharedArray) methods() *core.Methods {
	code := a.t.code
	if _, ok := arrayProps[code]; !ok {
		code = 0
	}
	return arrayMethods[arrayKind{code, a.lock != nil}]
}

// Attr returns value/raw ('c' arrays), value ('u'), __setitem__ and the
// lock methods.
func (a *SharedArray) Attr(name string) (starlark.Value, error) { return a.methods().Attr(a, name) }

// AttrNames lists the attributes.
func (a *SharedArray) AttrNames() []string { return a.methods().Names() }

// arraySetItem is __setitem__(index or slice, value).
func arraySetItem(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &k, &v); err != nil {
		return nil, err
	}
	return starlark.None, b.Receiver().(*SharedArray).setItem(k, v)
}

// SetField sets value or raw of a 'c' array (value of a 'u' array).
func (a *SharedArray) SetField(name string, v starlark.Value) error {
	switch {
	case a.t.code == 'c' && (name == "value" || name == "raw"):
		b, ok := v.(starlark.Bytes)
		if !ok {
			return core.NewError(core.TypeError, fmt.Sprintf("bytes expected instead of %s instance", core.TypeName(v)))
		}
		if len(b) > a.n {
			return valueError("byte string too long")
		}
		copy(a.mem, b)
		if name == "value" && len(b) < a.n {
			a.mem[len(b)] = 0
		}
		return nil
	case a.t.code == 'u' && name == "value":
		s, ok := v.(starlark.String)
		if !ok {
			return core.NewError(core.TypeError, fmt.Sprintf("unicode string expected instead of %s instance", core.TypeName(v)))
		}
		rs := []rune(string(s))
		if len(rs) > a.n {
			return valueError("string too long")
		}
		for i, r := range rs {
			_ = a.t.store(a.mem, i, starlark.String(r))
		}
		if len(rs) < a.n {
			_ = a.t.store(a.mem, len(rs), starlark.String("\x00"))
		}
		return nil
	}
	return core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", a.Type(), name))
}
