package multiprocessing

import (
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the proxy of a Manager's list: l[i] (negative too),
// l[i] = v, len, iteration and list(l) (a snapshot), append, extend,
// insert, pop, remove, index, count, clear.

// ListProxy is a Manager's list.
type ListProxy struct{ sharedBase }

var (
	_ starlark.Indexable   = (*ListProxy)(nil)
	_ starlark.HasSetIndex = (*ListProxy)(nil)
	_ starlark.Iterable    = (*ListProxy)(nil)
	_ starlark.Sliceable   = (*ListProxy)(nil)
	_ core.HasDelKey       = (*ListProxy)(nil)
)

func (l *ListProxy) handle(*hooks) (string, uint64, error) { return "mlist", uint64(l.id), nil }

// Type returns "ListProxy".
func (l *ListProxy) Type() string { return "ListProxy" }

func (l *ListProxy) all(th *starlark.Thread) ([]starlark.Value, error) {
	res, err := l.mcall(th, broker.OpListItems, 0)
	if err != nil {
		return nil, err
	}
	return l.results(th, res)
}

// String shows the referent: [1, 2].
func (l *ListProxy) String() string {
	vs, err := l.all(nil)
	if err != nil {
		return "<ListProxy: " + err.Error() + ">"
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = core.ReprNoThread(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// Len is len(l).
func (l *ListProxy) Len() int { return int(l.quick(&broker.Request{Op: broker.OpListLen, ID: l.id}).N) }

// Index is l[i] (None if the list shrank meanwhile).
func (l *ListProxy) Index(i int) starlark.Value {
	v, err := l.item(nil, i)
	if err != nil {
		return starlark.None
	}
	return v
}

func (l *ListProxy) item(th *starlark.Thread, i int) (starlark.Value, error) {
	res, err := l.mcall(th, broker.OpListGet, int64(i))
	if err != nil {
		return nil, err
	}
	vs, err := l.results(th, res)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// SetIndex is l[i] = v.
func (l *ListProxy) SetIndex(i int, v starlark.Value) error {
	_, err := l.mcall(nil, broker.OpListSet, int64(i), v)
	return err
}

// Iterate iterates over a snapshot.
func (l *ListProxy) Iterate() starlark.Iterator {
	vs, _ := l.all(nil)
	return starlark.Tuple(vs).Iterate()
}

var listMethods = core.NewMethods(map[string]core.MethodFunc{
	"append": listAppend, "extend": listAppend, "insert": listInsert,
	"pop": listPop, "__getitem__": listPop, "__setitem__": listSetItem,
	"remove": listSearch, "index": listSearch, "count": listSearch, "__contains__": listSearch,
	"clear": listClear, "__len__": listClear,
})

// Attr returns a method.
func (l *ListProxy) Attr(name string) (starlark.Value, error) {
	return listMethods.Attr(l, name)
}

// AttrNames lists the methods.
func (l *ListProxy) AttrNames() []string { return listMethods.Names() }

func listAppend(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	vals := []starlark.Value{x}
	if name == "extend" {
		var err error
		if vals, err = toTuple(x); err != nil {
			return nil, err
		}
	}
	_, err := recv.(*ListProxy).mcall(th, broker.OpListAppend, 0, vals...)
	return starlark.None, err
}

func listInsert(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var i int
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	_, err := recv.(*ListProxy).mcall(th, broker.OpListInsert, int64(i), x)
	return starlark.None, err
}

// listPop is pop(i=-1) and __getitem__(i).
func listPop(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	i := -1
	if name == "pop" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &i); err != nil {
			return nil, err
		}
		res, err := recv.(*ListProxy).mcall(th, broker.OpListDel, int64(i))
		if err != nil {
			return nil, err
		}
		vs, err := recv.(*ListProxy).results(th, res)
		if err != nil {
			return nil, err
		}
		return vs[0], nil
	}
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &i); err != nil {
		return nil, err
	}
	return recv.(*ListProxy).item(th, i)
}

func listSetItem(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var i int
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	_, err := recv.(*ListProxy).mcall(th, broker.OpListSet, int64(i), x)
	return starlark.None, err
}

// listSearch is remove, index, count and __contains__, by equality
// (on a snapshot; remove deletes the position found).
func listSearch(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	l := recv.(*ListProxy)
	vs, err := l.all(th)
	if err != nil {
		return nil, err
	}
	count, first := 0, -1
	for i, v := range vs {
		eq, err := starlark.Equal(v, x)
		if err != nil {
			return nil, err
		}
		if eq {
			count++
			if first < 0 {
				first = i
			}
		}
	}
	switch name {
	case "count":
		return starlark.MakeInt(count), nil
	case "__contains__":
		return starlark.Bool(first >= 0), nil
	}
	if first < 0 {
		if name == "remove" {
			return nil, valueError("list.remove(x): x not in list")
		}
		return nil, valueError(core.ReprNoThread(x) + " is not in list")
	}
	if name == "index" {
		return starlark.MakeInt(first), nil
	}
	_, err = l.mcall(th, broker.OpListDel, int64(first))
	return starlark.None, err
}

// listClear is clear() and __len__.
func listClear(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	recv, name := b.Receiver(), b.Name()
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	op := broker.OpListClear
	if name == "__len__" {
		op = broker.OpListLen
	}
	res, err := recv.(*ListProxy).mcall(th, op, 0)
	if err != nil {
		return nil, err
	}
	if name == "__len__" {
		return starlark.MakeInt64(res.N), nil
	}
	return starlark.None, nil
}

// decodeListProxy decodes the handle of a mlist.
func decodeListProxy(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &ListProxy{h.base(int64(id))}, nil
}

// DelKey is del l[i] (an int index, negative too).
func (l *ListProxy) DelKey(th *starlark.Thread, key starlark.Value) error {
	i, err := starlark.AsInt32(key)
	if err != nil {
		return core.NewError(core.TypeError, "list indices must be integers or slices, not "+core.TypeName(key))
	}
	_, err = l.mcall(th, broker.OpListDel, int64(i))
	if err != nil && core.Matches(err, core.IndexError) {
		// The store's words are pop's.
		return core.NewError(core.IndexError, "list assignment index out of range")
	}
	return err
}

// Slice is l[i:j:k]: a list made from a snapshot, as CPython's proxy
// returns.
func (l *ListProxy) Slice(start, end, step int) starlark.Value {
	vs, _ := l.all(nil)
	return starlark.NewList(vs).Slice(start, end, step)
}
