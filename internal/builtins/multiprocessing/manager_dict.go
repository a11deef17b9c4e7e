package multiprocessing

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the proxy of a Manager's dict: d[k], d[k] = v, del,
// in, len, iteration, get, pop, setdefault, update, keys, values, items,
// copy, clear. str() and repr() show the referent, as print(proxy) does
// in CPython.

// DictProxy is a Manager's dict.
type DictProxy struct{ sharedBase }

var (
	_ starlark.IterableMapping = (*DictProxy)(nil)
	_ starlark.HasSetKey       = (*DictProxy)(nil)
	_ core.HasDelKey           = (*DictProxy)(nil)
	_ starlark.Sequence        = (*DictProxy)(nil)
)

func (d *DictProxy) handle(*hooks) (string, uint64, error) { return "mdict", uint64(d.id), nil }

// Type returns "DictProxy".
func (d *DictProxy) Type() string { return "DictProxy" }

// items returns the keys and values (k1, v1, k2, v2...).
func (d *DictProxy) items(th *starlark.Thread) ([]starlark.Value, error) {
	res, err := d.mcall(th, broker.OpDictItems, 0)
	if err != nil {
		return nil, err
	}
	return d.results(th, res)
}

// String shows the referent: {'a': 1}.
func (d *DictProxy) String() string {
	kv, err := d.items(nil)
	if err != nil {
		return "<DictProxy: " + err.Error() + ">"
	}
	parts := make([]string, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		parts = append(parts, core.ReprNoThread(kv[i])+": "+core.ReprNoThread(kv[i+1]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// Get is d[k].
func (d *DictProxy) Get(k starlark.Value) (starlark.Value, bool, error) {
	res, err := d.mcall(nil, broker.OpDictHas, 0, k)
	if err != nil || res.N == 0 {
		return nil, false, err
	}
	v, err := d.get(nil, k)
	return v, err == nil, err
}

func (d *DictProxy) get(th *starlark.Thread, k starlark.Value) (starlark.Value, error) {
	res, err := d.mcall(th, broker.OpDictGet, 0, k)
	if err != nil {
		return nil, err
	}
	vs, err := d.results(th, res)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// SetKey is d[k] = v.
func (d *DictProxy) SetKey(k, v starlark.Value) error {
	_, err := d.mcall(nil, broker.OpDictSet, 0, k, v)
	return err
}

// Len is len(d).
func (d *DictProxy) Len() int { return int(d.quick(&broker.Request{Op: broker.OpDictLen, ID: d.id}).N) }

// Iterate iterates over a snapshot of the keys.
func (d *DictProxy) Iterate() starlark.Iterator {
	kv, _ := d.items(nil)
	keys := make(starlark.Tuple, 0, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		keys = append(keys, kv[i])
	}
	return keys.Iterate()
}

// Items returns a snapshot of the pairs (dict(proxy) copies it).
func (d *DictProxy) Items() []starlark.Tuple {
	kv, _ := d.items(nil)
	out := make([]starlark.Tuple, 0, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		out = append(out, starlark.Tuple{kv[i], kv[i+1]})
	}
	return out
}

var dictMethods = core.NewMethods(map[string]core.MethodFunc{
	"keys": dictView, "values": dictView, "items": dictView, "copy": dictView,
	"get": dictGet, "pop": dictGet, "setdefault": dictGet,
	"update": dictUpdate, "clear": dictClear, "popitem": dictPopItem,
	"__getitem__": dictGet, "__setitem__": dictSetItem, "__delitem__": dictGet,
	"__contains__": dictGet, "__len__": dictClear,
})

// Attr returns a method.
func (d *DictProxy) Attr(name string) (starlark.Value, error) {
	return dictMethods.Attr(d, name)
}

// AttrNames lists the methods.
func (d *DictProxy) AttrNames() []string { return dictMethods.Names() }

// DelKey is del d[k].
func (d *DictProxy) DelKey(th *starlark.Thread, k starlark.Value) error {
	_, err := d.mcall(th, broker.OpDictDel, 0, k)
	return err
}

// dictPopItem is popitem(): the last inserted (key, value), removed.
func dictPopItem(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	d := b.Receiver().(*DictProxy)
	res, err := d.mcall(th, broker.OpDictPopItem, 0)
	if err != nil {
		return nil, err
	}
	vs, err := d.results(th, res)
	if err != nil {
		return nil, err
	}
	if len(vs) != 2 {
		return nil, &core.PyError{Value: core.NewException(core.KeyError, starlark.String("popitem(): dictionary is empty"))}
	}
	return starlark.Tuple{vs[0], vs[1]}, nil
}

// dictView is keys(), values(), items() (lists, as CPython's proxies
// return) and copy() (a dict).
func dictView(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	kv, err := recv.(*DictProxy).items(th)
	if err != nil {
		return nil, err
	}
	if name == "copy" {
		d := starlark.NewDict(len(kv) / 2)
		for i := 0; i+1 < len(kv); i += 2 {
			if err := d.SetKey(kv[i], kv[i+1]); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	var out []starlark.Value
	for i := 0; i+1 < len(kv); i += 2 {
		switch name {
		case "keys":
			out = append(out, kv[i])
		case "values":
			out = append(out, kv[i+1])
		default:
			out = append(out, starlark.Tuple{kv[i], kv[i+1]})
		}
	}
	return starlark.NewList(out), nil
}

// dictGet is get(k, default=None), pop(k[, default]), setdefault(k,
// default=None), __getitem__, __delitem__ and __contains__.
func dictGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	d := recv.(*DictProxy)
	var k starlark.Value
	var def starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &k, &def); err != nil {
		return nil, err
	}
	switch name {
	case "__contains__":
		res, err := d.mcall(th, broker.OpDictHas, 0, k)
		if err != nil {
			return nil, err
		}
		return starlark.Bool(res.N == 1), nil
	case "setdefault":
		if def == nil {
			def = starlark.None
		}
		res, err := d.mcall(th, broker.OpDictSetDefault, 0, k, def)
		if err != nil {
			return nil, err
		}
		vs, err := d.results(th, res)
		if err != nil {
			return nil, err
		}
		return vs[0], nil
	}
	op := map[string]broker.Op{"get": broker.OpDictGet, "__getitem__": broker.OpDictGet, "pop": broker.OpDictPop, "__delitem__": broker.OpDictDel}[name]
	res, err := d.mcall(th, op, 0, k)
	if err != nil {
		var pe *core.PyError
		if name == "get" || (name == "pop" && def != nil) {
			if pe2, ok := err.(*core.PyError); ok && pe2.Value.Class == core.KeyError {
				if def == nil {
					return starlark.None, nil
				}
				return def, nil
			}
		}
		_ = pe
		return nil, err
	}
	if name == "__delitem__" {
		return starlark.None, nil
	}
	vs, err := d.results(th, res)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

func dictSetItem(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var k, v starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &k, &v); err != nil {
		return nil, err
	}
	_, err := recv.(*DictProxy).mcall(th, broker.OpDictSet, 0, k, v)
	return starlark.None, err
}

// dictUpdate is update(other=(), **kwargs).
func dictUpdate(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv := b.Receiver()
	if len(args) > 1 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("update expected at most 1 argument, got %d", len(args)))
	}
	var kv []starlark.Value
	if len(args) == 1 {
		switch x := args[0].(type) {
		case starlark.IterableMapping:
			for _, it := range x.Items() {
				kv = append(kv, it[0], it[1])
			}
		default:
			pairs, err := toTuple(x)
			if err != nil {
				return nil, err
			}
			for _, p := range pairs {
				t, err := toTuple(p)
				if err != nil || len(t) != 2 {
					return nil, valueError("dictionary update sequence element has wrong length")
				}
				kv = append(kv, t[0], t[1])
			}
		}
	}
	for _, kw := range kwargs {
		kv = append(kv, kw[0], kw[1])
	}
	_, err := recv.(*DictProxy).mcall(th, broker.OpDictSet, 0, kv...)
	return starlark.None, err
}

// dictClear is clear() and __len__.
func dictClear(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	op := broker.OpDictClear
	if name == "__len__" {
		op = broker.OpDictLen
	}
	res, err := recv.(*DictProxy).mcall(th, op, 0)
	if err != nil {
		return nil, err
	}
	if name == "__len__" {
		return starlark.MakeInt64(res.N), nil
	}
	return starlark.None, nil
}

// decodeDictProxy decodes the handle of a mdict.
func decodeDictProxy(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &DictProxy{h.base(int64(id))}, nil
}
