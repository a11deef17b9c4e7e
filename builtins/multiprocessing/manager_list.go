package multiprocessing

import (
	"strings"

	"go.starlark.net/starlark"

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
)

func (l *ListProxy) handle(*hooks) (string, uint64, error) { return "mlist", uint64(l.id), nil }

// Type returns "ListProxy".
func (l *ListProxy) Type() string { return "ListProxy" }

func (l *ListProxy) all(th *starlark.Thread) ([]starlark.Value, error) {
	res, err := mcall(th, "ml.items", l.id, 0)
	if err != nil {
		return nil, err
	}
	return results(th, res)
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
func (l *ListProxy) Len() int { return int(quick(&request{Op: "ml.len", ID: l.id}).N) }

// Index is l[i] (None if the list shrank meanwhile).
func (l *ListProxy) Index(i int) starlark.Value {
	v, err := l.item(nil, i)
	if err != nil {
		return starlark.None
	}
	return v
}

func (l *ListProxy) item(th *starlark.Thread, i int) (starlark.Value, error) {
	res, err := mcall(th, "ml.get", l.id, int64(i))
	if err != nil {
		return nil, err
	}
	vs, err := results(th, res)
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// SetIndex is l[i] = v.
func (l *ListProxy) SetIndex(i int, v starlark.Value) error {
	_, err := mcall(nil, "ml.set", l.id, int64(i), v)
	return err
}

// Iterate iterates over a snapshot.
func (l *ListProxy) Iterate() starlark.Iterator {
	vs, _ := l.all(nil)
	return starlark.Tuple(vs).Iterate()
}

var listMethods = map[string]methodFunc{
	"append": listAppend, "extend": listAppend, "insert": listInsert,
	"pop": listPop, "__getitem__": listPop, "__setitem__": listSetItem,
	"remove": listSearch, "index": listSearch, "count": listSearch, "__contains__": listSearch,
	"clear": listClear, "__len__": listClear,
}

// Attr returns a method.
func (l *ListProxy) Attr(name string) (starlark.Value, error) {
	return methodAttr(listMethods, l, name)
}

// AttrNames lists the methods.
func (l *ListProxy) AttrNames() []string { return methodNames(listMethods) }

func listAppend(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
	_, err := mcall(th, "ml.append", recv.(*ListProxy).id, 0, vals...)
	return starlark.None, err
}

func listInsert(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var i int
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	_, err := mcall(th, "ml.insert", recv.(*ListProxy).id, int64(i), x)
	return starlark.None, err
}

// listPop is pop(i=-1) and __getitem__(i).
func listPop(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	i := -1
	if name == "pop" {
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &i); err != nil {
			return nil, err
		}
		res, err := mcall(th, "ml.del", recv.(*ListProxy).id, int64(i))
		if err != nil {
			return nil, err
		}
		vs, err := results(th, res)
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

func listSetItem(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var i int
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 2, &i, &x); err != nil {
		return nil, err
	}
	_, err := mcall(th, "ml.set", recv.(*ListProxy).id, int64(i), x)
	return starlark.None, err
}

// listSearch is remove, index, count and __contains__, by equality
// (on a snapshot; remove deletes the position found).
func listSearch(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
	_, err = mcall(th, "ml.del", l.id, int64(first))
	return starlark.None, err
}

// listClear is clear() and __len__.
func listClear(th *starlark.Thread, recv starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
		return nil, err
	}
	op := "ml.clear"
	if name == "__len__" {
		op = "ml.len"
	}
	res, err := mcall(th, op, recv.(*ListProxy).id, 0)
	if err != nil {
		return nil, err
	}
	if name == "__len__" {
		return starlark.MakeInt64(res.N), nil
	}
	return starlark.None, nil
}

func init() {
	extHandles["mlist"] = func(_ *hooks, _ string, id uint64) (starlark.Value, error) {
		return &ListProxy{sharedBase{int64(id)}}, nil
	}
}
