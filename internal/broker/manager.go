package broker

// This file defines the store's side of a Manager's dict and list (its
// Namespace and Value are dicts): values encoded by the process that sent
// them, dict keys also decoded here (plain data: str, int, tuple...) for
// hashing and comparison. A request carries its operands in Data, a wire
// tuple of individually encoded values (PackItems); the answer's Data is
// such a tuple too.

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/wire"
)

type dict struct {
	d *starlark.Dict // decoded key -> (key bytes, value bytes)
}

type list struct {
	items [][]byte
}

func newDict(*Store, int64, *Request) (any, *Response) { return &dict{d: starlark.NewDict(0)}, nil }
func newList(*Store, int64, *Request) (any, *Response) { return &list{}, nil }

// PackItems packs encoded values into one payload; UnpackItems unpacks it.
func PackItems(items [][]byte) []byte {
	t := make(starlark.Tuple, len(items))
	for i, it := range items {
		t[i] = starlark.Bytes(it)
	}
	p, _ := wire.Marshal(t, nil)
	return p
}

// UnpackItems unpacks a payload made by PackItems.
func UnpackItems(p []byte) ([][]byte, bool) {
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

// malformed is the answer to a request whose operands do not decode.
func malformed() *Response { return Fail(Failed, "malformed request") }

// operands unpacks the operands of r, at least n of them.
func operands(r *Request, n int) ([][]byte, *Response) {
	args, ok := UnpackItems(r.Data)
	if !ok || len(args) < n {
		return nil, malformed()
	}
	return args, nil
}

// key decodes a dict key.
func key(p []byte) (starlark.Value, *Response) {
	k, err := wire.Unmarshal(p, nil)
	if err != nil {
		return nil, Fail(Failed, "a Manager dict key must be plain data (str, int, float, tuple...): "+err.Error())
	}
	if _, err := k.Hash(); err != nil {
		return nil, Fail(TypeError, "unhashable type: '"+k.Type()+"'")
	}
	return k, nil
}

// dictLookup finds the entry of the first operand: its key, the operands
// and the stored pair (nil when absent).
func dictLookup(r *Request, m *dict) (starlark.Value, [][]byte, starlark.Tuple, *Response) {
	args, fail := operands(r, 1)
	if fail != nil {
		return nil, nil, nil, fail
	}
	k, fail := key(args[0])
	if fail != nil {
		return nil, nil, nil, fail
	}
	e, found, _ := m.d.Get(k)
	if !found {
		return k, args, nil, nil
	}
	return k, args, e.(starlark.Tuple), nil
}

func pairValue(pair starlark.Tuple) []byte { return []byte(pair[1].(starlark.Bytes)) }

func dictGet(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, args, pair, fail := dictLookup(r, obj.(*dict))
	if fail != nil {
		return fail
	}
	if pair == nil {
		return &Response{Code: KeyError, Data: args[0]}
	}
	return &Response{Data: PackItems([][]byte{pairValue(pair)})}
}

func dictHas(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, _, pair, fail := dictLookup(r, obj.(*dict))
	if fail != nil {
		return fail
	}
	return &Response{N: b2i(pair != nil)}
}

// dictDel is del d[k] and d.pop(k): the value removed, or KeyError.
func dictDel(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*dict)
	s.mu.Lock()
	defer s.mu.Unlock()
	k, args, pair, fail := dictLookup(r, m)
	if fail != nil {
		return fail
	}
	if pair == nil {
		return &Response{Code: KeyError, Data: args[0]}
	}
	_, _, _ = m.d.Delete(k)
	return &Response{Data: PackItems([][]byte{pairValue(pair)})}
}

// dictPopItem removes the last inserted entry and answers its key and
// value, as dict.popitem; nothing when the dict is empty.
func dictPopItem(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*dict)
	s.mu.Lock()
	defer s.mu.Unlock()
	items := m.d.Items()
	if len(items) == 0 {
		return &Response{Data: PackItems(nil)} // the client raises KeyError
	}
	last := items[len(items)-1]
	_, _, _ = m.d.Delete(last[0])
	pair := last[1].(starlark.Tuple)
	return &Response{Data: PackItems([][]byte{[]byte(pair[0].(starlark.Bytes)), pairValue(pair)})}
}

func dictSetDefault(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*dict)
	s.mu.Lock()
	defer s.mu.Unlock()
	k, args, pair, fail := dictLookup(r, m)
	if fail != nil {
		return fail
	}
	if pair != nil {
		return &Response{Data: PackItems([][]byte{pairValue(pair)})}
	}
	if len(args) != 2 {
		return &Response{Code: KeyError, Data: args[0]}
	}
	_ = m.d.SetKey(k, starlark.Tuple{starlark.Bytes(args[0]), starlark.Bytes(args[1])})
	return &Response{Data: PackItems(args[1:2])}
}

// dictSet stores the pairs k1, v1, k2, v2...
func dictSet(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*dict)
	args, fail := operands(r, 0)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 0; i+1 < len(args); i += 2 {
		k, fail := key(args[i])
		if fail != nil {
			return fail
		}
		_ = m.d.SetKey(k, starlark.Tuple{starlark.Bytes(args[i]), starlark.Bytes(args[i+1])})
	}
	return &Response{}
}

func dictLen(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: int64(obj.(*dict).d.Len())}
}

func dictClear(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	obj.(*dict).d.Clear()
	return &Response{}
}

// dictItems answers k1, v1, k2, v2...
func dictItems(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out [][]byte
	for _, kv := range obj.(*dict).d.Items() {
		pair := kv[1].(starlark.Tuple)
		out = append(out, []byte(pair[0].(starlark.Bytes)), pairValue(pair))
	}
	return &Response{Data: PackItems(out)}
}

// index resolves the index N of r in m (s.mu held), failing with msg.
func (m *list) index(r *Request, msg string) (int, *Response) {
	i := int(r.N)
	if i < 0 {
		i += len(m.items)
	}
	if i < 0 || i >= len(m.items) {
		return 0, Fail(IndexError, msg)
	}
	return i, nil
}

func listGet(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*list)
	s.mu.Lock()
	defer s.mu.Unlock()
	i, fail := m.index(r, "list index out of range")
	if fail != nil {
		return fail
	}
	return &Response{Data: PackItems(m.items[i : i+1])}
}

func listSet(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*list)
	args, fail := operands(r, 1)
	if fail != nil || len(args) != 1 {
		return malformed()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, fail := m.index(r, "list assignment index out of range")
	if fail != nil {
		return fail
	}
	old := m.items[i]
	m.items[i] = args[0]
	return &Response{Data: PackItems([][]byte{old})}
}

// listDel is del l[i] and l.pop(i).
func listDel(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*list)
	s.mu.Lock()
	defer s.mu.Unlock()
	msg := "pop index out of range"
	if len(m.items) == 0 {
		msg = "pop from empty list"
	}
	i, fail := m.index(r, msg)
	if fail != nil {
		return fail
	}
	old := m.items[i]
	m.items = append(m.items[:i], m.items[i+1:]...)
	return &Response{Data: PackItems([][]byte{old})}
}

func listAppend(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*list)
	args, fail := operands(r, 0)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m.items = append(m.items, args...)
	return &Response{}
}

func listInsert(s *Store, _ int64, r *Request, obj any, _ <-chan struct{}) *Response {
	m := obj.(*list)
	args, fail := operands(r, 0)
	if fail != nil {
		return fail
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i := int(r.N)
	if i < 0 {
		i = max(0, i+len(m.items))
	}
	i = min(i, len(m.items))
	m.items = append(m.items[:i], append(args, m.items[i:]...)...)
	return &Response{}
}

func listLen(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{N: int64(len(obj.(*list).items))}
}

func listClear(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	obj.(*list).items = nil
	return &Response{}
}

func listItems(s *Store, _ int64, _ *Request, obj any, _ <-chan struct{}) *Response {
	s.mu.Lock()
	defer s.mu.Unlock()
	return &Response{Data: PackItems(obj.(*list).items)}
}
