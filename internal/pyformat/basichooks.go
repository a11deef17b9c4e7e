package pyformat

import (
	"strings"

	"go.starlark.net/starlark"
)

// BasicHooks implements Hooks for plain Starlark values with Python's
// conventions: lists, tuples, dicts and sets print like Python's, attributes
// come from starlark.HasAttrs, items from starlark.Mapping and
// starlark.Indexable, and no value has a __format__ of its own.
type BasicHooks struct{}

var _ Hooks = BasicHooks{}

// maxReprDepth bounds the nesting printed by BasicHooks.Repr, so that a
// list containing itself terminates; deeper levels print as "...".
const maxReprDepth = 64

// Str returns Python's str(v); values with no Python counterpart (functions,
// structs, ...) print as their Starlark String method says.
func (BasicHooks) Str(v starlark.Value) (string, error) {
	if s, ok := v.(starlark.String); ok {
		return string(s), nil
	}
	return basicRepr(v, 0), nil
}

// Repr returns Python's repr(v).
func (BasicHooks) Repr(v starlark.Value) (string, error) { return basicRepr(v, 0), nil }

func basicRepr(v starlark.Value, depth int) string {
	if depth > maxReprDepth {
		return "..."
	}
	switch v := v.(type) {
	case starlark.String:
		return StrRepr(string(v))
	case starlark.Bytes:
		return BytesRepr(string(v))
	case *starlark.List:
		return seqRepr("[", "]", v, depth, false)
	case starlark.Tuple:
		return seqRepr("(", ")", v, depth, v.Len() == 1)
	case *starlark.Set:
		if v.Len() == 0 {
			return "set()"
		}
		return seqRepr("{", "}", v, depth, false)
	case *starlark.Dict:
		var b strings.Builder
		b.WriteByte('{')
		for i, kv := range v.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(basicRepr(kv[0], depth+1))
			b.WriteString(": ")
			b.WriteString(basicRepr(kv[1], depth+1))
		}
		b.WriteByte('}')
		return b.String()
	}
	if s, ok := scalarRepr(v); ok {
		return s
	}
	return v.String()
}

func seqRepr(open, close string, v starlark.Iterable, depth int, comma bool) string {
	var b strings.Builder
	b.WriteString(open)
	it := v.Iterate()
	defer it.Done()
	var x starlark.Value
	for i := 0; it.Next(&x); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(basicRepr(x, depth+1))
	}
	if comma {
		b.WriteByte(',')
	}
	b.WriteString(close)
	return b.String()
}

// Format reports that plain values have no __format__.
func (BasicHooks) Format(v starlark.Value, spec string) (string, bool, error) {
	return "", false, nil
}

// GetAttr returns v.name, or AttributeError.
func (h BasicHooks) GetAttr(v starlark.Value, name string) (starlark.Value, error) {
	if a, ok := v.(starlark.HasAttrs); ok {
		x, err := a.Attr(name)
		if err != nil {
			return nil, err
		}
		if x != nil {
			return x, nil
		}
	}
	return nil, newErr("AttributeError", "'%s' object has no attribute '%s'", h.TypeName(v), name)
}

// GetItem returns v[key] for mappings and indexable sequences, with
// Python's KeyError, IndexError and TypeError messages.
func (h BasicHooks) GetItem(v starlark.Value, key starlark.Value) (starlark.Value, error) {
	switch x := v.(type) {
	case starlark.String:
		r := []rune(string(x))
		if n, ok := seqIndex(key, len(r)); ok {
			return starlark.String(r[n : n+1]), nil
		}
	case starlark.Bytes:
		if n, ok := seqIndex(key, len(x)); ok {
			return starlark.MakeInt(int(x[n])), nil
		}
	case starlark.Mapping:
		r, found, err := x.Get(key)
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, newErr("KeyError", "%s", basicRepr(key, 0))
		}
		return r, nil
	case starlark.Indexable:
		if n, ok := seqIndex(key, x.Len()); ok {
			return x.Index(n), nil
		}
	default:
		return nil, typeErr("'%s' object is not subscriptable", h.TypeName(v))
	}
	return nil, seqIndexErr(h, v, key)
}

// seqIndex converts key to an index into a sequence of length n.
func seqIndex(key starlark.Value, n int) (int, bool) {
	i, ok := key.(starlark.Int)
	if !ok {
		return 0, false
	}
	x, ok := i.Int64()
	if ok && x < 0 {
		x += int64(n)
	}
	if !ok || x < 0 || x >= int64(n) {
		return 0, false
	}
	return int(x), true
}

// seqIndexErr is the error for a failed seqIndex.
func seqIndexErr(h Hooks, v, key starlark.Value) error {
	if _, ok := key.(starlark.Int); !ok {
		return typeErr("%s indices must be integers or slices, not %s", h.TypeName(v), h.TypeName(key))
	}
	what := h.TypeName(v)
	if what == "str" {
		what = "string"
	}
	return newErr("IndexError", "%s index out of range", what)
}

// TypeName returns Python's name for v's type.
func (BasicHooks) TypeName(v starlark.Value) string {
	switch v.(type) {
	case starlark.NoneType:
		return "NoneType"
	case *starlark.Builtin:
		return "builtin_function_or_method"
	case *starlark.Function:
		return "function"
	case starlark.String:
		return "str"
	}
	return v.Type()
}
