package multiprocessing

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the store's side of a Manager's dict, list,
// Namespace and Value: their contents live in the root's store (pyconc
// needs no separate manager server process), values encoded by the
// process that sent them, dict keys and list items also decoded here
// (plain data: str, int, tuple...) for hashing and comparison.
//
// A request "m.OP" carries its operands in Data, a wire tuple of
// individually encoded values; the answer's Data is such a tuple too.

type mdict struct {
	d *starlark.Dict // decoded key -> (key bytes, value bytes)
}

type mlist struct {
	items [][]byte
}

func init() {
	extKinds["mdict"] = func(*request) (any, *response) { return &mdict{d: starlark.NewDict(0)}, nil }
	extKinds["mlist"] = func(*request) (any, *response) { return &mlist{}, nil }
	for _, op := range []string{"get", "set", "del", "len", "has", "items", "pop", "clear", "setdefault"} {
		extOps["md."+op] = extOp{mdictOp, nil}
	}
	for _, op := range []string{"get", "set", "del", "len", "items", "append", "insert", "clear"} {
		extOps["ml."+op] = extOp{mlistOp, nil}
	}
}

func packItems(items [][]byte) []byte {
	t := make(starlark.Tuple, len(items))
	for i, it := range items {
		t[i] = starlark.Bytes(it)
	}
	p, _ := wire.Marshal(t, nil)
	return p
}

func unpackItems(p []byte) ([][]byte, bool) {
	if len(p) == 0 {
		return nil, true
	}
	v, err := wire.Unmarshal(p, nil)
	t, ok := v.(starlark.Tuple)
	if err != nil || !ok {
		return nil, false
	}
	out := make([][]byte, len(t))
	for i, x := range t {
		b, ok := x.(starlark.Bytes)
		if !ok {
			return nil, false
		}
		out[i] = []byte(b)
	}
	return out, true
}

// Response codes of the manager's objects.
const (
	resKeyError   = "keyerror"   // KeyError(the key): Data is the key
	resIndexError = "indexerror" // IndexError + message in Data
)

func mdictOp(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	m := extObject[mdict](s, r.ID)
	if m == nil {
		return noSuch("dict")
	}
	args, ok := unpackItems(r.Data)
	if !ok {
		return &response{Code: resError + "malformed request"}
	}
	key := func(i int) (starlark.Value, *response) {
		if i >= len(args) {
			return nil, &response{Code: resError + "malformed request"}
		}
		k, err := wire.Unmarshal(args[i], nil)
		if err != nil {
			return nil, &response{Code: resError + "a Manager dict key must be plain data (str, int, float, tuple...): " + err.Error()}
		}
		if _, err := k.Hash(); err != nil {
			return nil, &response{Code: "type:unhashable type: '" + k.Type() + "'"}
		}
		return k, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r.Op {
	case "md.get", "md.has", "md.pop", "md.del", "md.setdefault":
		k, fail := key(0)
		if fail != nil {
			return fail
		}
		e, found, _ := m.d.Get(k)
		if r.Op == "md.has" {
			return &response{N: b2i(found)}
		}
		if !found {
			if r.Op == "md.setdefault" && len(args) == 2 {
				_ = m.d.SetKey(k, starlark.Tuple{starlark.Bytes(args[0]), starlark.Bytes(args[1])})
				return &response{Data: packItems(args[1:2])}
			}
			return &response{Code: resKeyError, Data: args[0]}
		}
		pair := e.(starlark.Tuple)
		if r.Op == "md.pop" || r.Op == "md.del" {
			_, _, _ = m.d.Delete(k)
		}
		return &response{Data: packItems([][]byte{[]byte(pair[1].(starlark.Bytes))})}
	case "md.set": // k1, v1, k2, v2...
		for i := 0; i+1 < len(args); i += 2 {
			k, fail := key(i)
			if fail != nil {
				return fail
			}
			_ = m.d.SetKey(k, starlark.Tuple{starlark.Bytes(args[i]), starlark.Bytes(args[i+1])})
		}
		return &response{}
	case "md.len":
		return &response{N: int64(m.d.Len())}
	case "md.clear":
		m.d.Clear()
		return &response{}
	default: // md.items: k1, v1, k2, v2...
		var out [][]byte
		for _, kv := range m.d.Items() {
			pair := kv[1].(starlark.Tuple)
			out = append(out, []byte(pair[0].(starlark.Bytes)), []byte(pair[1].(starlark.Bytes)))
		}
		return &response{Data: packItems(out)}
	}
}

func mlistOp(s *store, _ int64, r *request, _ <-chan struct{}) *response {
	m := extObject[mlist](s, r.ID)
	if m == nil {
		return noSuch("list")
	}
	args, ok := unpackItems(r.Data)
	if !ok {
		return &response{Code: resError + "malformed request"}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	index := func(what string) (int, *response) {
		i := int(r.N)
		if i < 0 {
			i += len(m.items)
		}
		if i < 0 || i >= len(m.items) {
			return 0, &response{Code: resIndexError, Data: []byte(what)}
		}
		return i, nil
	}
	switch r.Op {
	case "ml.get", "ml.set", "ml.del":
		what := map[string]string{"ml.get": "list index out of range", "ml.set": "list assignment index out of range", "ml.del": "pop index out of range"}[r.Op]
		if r.Op == "ml.del" && len(m.items) == 0 {
			what = "pop from empty list"
		}
		i, fail := index(what)
		if fail != nil {
			return fail
		}
		old := m.items[i]
		switch r.Op {
		case "ml.set":
			if len(args) != 1 {
				return &response{Code: resError + "malformed request"}
			}
			m.items[i] = args[0]
		case "ml.del":
			m.items = append(m.items[:i], m.items[i+1:]...)
		}
		return &response{Data: packItems([][]byte{old})}
	case "ml.append":
		m.items = append(m.items, args...)
		return &response{}
	case "ml.insert":
		i := int(r.N)
		if i < 0 {
			i = max(0, i+len(m.items))
		}
		i = min(i, len(m.items))
		m.items = append(m.items[:i], append(args, m.items[i:]...)...)
		return &response{}
	case "ml.len":
		return &response{N: int64(len(m.items))}
	case "ml.clear":
		m.items = nil
		return &response{}
	default: // ml.items
		return &response{Data: packItems(m.items)}
	}
}
