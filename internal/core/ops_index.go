package core

// This file defines subscripts for Go code with Python's semantics and
// messages: GetItem (v[key], str indexed by characters), DelItem, and the
// slice object made by __pc_slice.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Slice is Python's slice object (start, stop and step may be None).
type Slice struct {
	Start, Stop, Step starlark.Value
}

var (
	_ starlark.HasAttrs = (*Slice)(nil)
	_ HasClass          = (*Slice)(nil)
)

// String returns "slice(1, 2, None)".
func (s *Slice) String() string {
	return fmt.Sprintf("slice(%s, %s, %s)", ReprNoThread(s.Start), ReprNoThread(s.Stop), ReprNoThread(s.Step))
}

// Type returns "slice".
func (s *Slice) Type() string { return "slice" }

// PyClass returns the slice class.
func (s *Slice) PyClass() *Class { return SliceClass }

// Freeze does nothing.
func (s *Slice) Freeze() {}

// Truth returns True.
func (s *Slice) Truth() starlark.Bool { return true }

// Hash reports that slices are unhashable.
func (s *Slice) Hash() (uint32, error) { return 0, NewError(TypeError, "unhashable type: 'slice'") }

// Attr gives start, stop and step.
func (s *Slice) Attr(name string) (starlark.Value, error) {
	switch name {
	case "start":
		return s.Start, nil
	case "stop":
		return s.Stop, nil
	case "step":
		return s.Step, nil
	}
	return nil, noAttr(s, name)
}

// AttrNames lists start, step and stop.
func (s *Slice) AttrNames() []string { return []string{"start", "step", "stop"} }

// indices resolves the slice for a sequence of length n, as Python's
// slice.indices: start, stop, step with step != 0.
func (s *Slice) indices(th *starlark.Thread, n int) (start, stop, step int, err error) {
	step = 1
	if s.Step != starlark.None {
		if step, err = indexInt(th, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = NewError(ValueError, "slice step cannot be zero")
			return
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	bound := func(v starlark.Value, dflt int) (int, error) {
		if v == starlark.None {
			return dflt, nil
		}
		i, err := indexInt(th, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	dstart, dstop := lower, upper
	if step < 0 {
		dstart, dstop = upper, lower
	}
	if start, err = bound(s.Start, dstart); err != nil {
		return
	}
	stop, err = bound(s.Stop, dstop)
	return
}

// positions returns the indices a slice selects in a sequence of length n.
func (s *Slice) positions(th *starlark.Thread, n int) ([]int, error) {
	start, stop, step, err := s.indices(th, n)
	if err != nil {
		return nil, err
	}
	var out []int
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, i)
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, i)
		}
	}
	return out, nil
}

// seqName is the word Python's index messages use for a sequence.
func seqName(v starlark.Value) string {
	switch v.(type) {
	case starlark.String:
		return "string"
	case starlark.Bytes:
		return "index"
	}
	return TypeName(v)
}

// GetItem is Python's v[key].
func GetItem(th *starlark.Thread, v, key starlark.Value) (starlark.Value, error) {
	switch x := v.(type) {
	case *Instance:
		r, found, err := callSpecial(th, x, "__getitem__", key)
		if err != nil || found {
			return r, err
		}
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not subscriptable", x.Class.name))
	case *starlark.Dict:
		if _, err := key.Hash(); err != nil {
			return nil, NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(key)))
		}
		return mappingItem(x, key)
	case starlark.String:
		chars := []rune(string(x))
		if sl, ok := key.(*Slice); ok {
			pos, err := sl.positions(th, len(chars))
			if err != nil {
				return nil, err
			}
			out := make([]rune, len(pos))
			for i, p := range pos {
				out[i] = chars[p]
			}
			return starlark.String(string(out)), nil
		}
		i, err := seqIndex(th, v, key, len(chars))
		if err != nil {
			return nil, err
		}
		return starlark.String(string(chars[i])), nil
	case starlark.Indexable:
		if sl, ok := key.(*Slice); ok {
			pos, err := sl.positions(th, x.Len())
			if err != nil {
				return nil, err
			}
			elems := make([]starlark.Value, len(pos))
			for i, p := range pos {
				elems[i] = x.Index(p)
			}
			switch x := x.(type) {
			case starlark.Tuple:
				return starlark.Tuple(elems), nil
			case starlark.Bytes:
				b := make([]byte, len(pos))
				for i, p := range pos {
					b[i] = x[p]
				}
				return starlark.Bytes(b), nil
			}
			return starlark.NewList(elems), nil
		}
		i, err := seqIndex(th, v, key, x.Len())
		if err != nil {
			return nil, err
		}
		if b, ok := x.(starlark.Bytes); ok {
			return starlark.MakeInt(int(b[i])), nil
		}
		return x.Index(i), nil
	case starlark.Mapping:
		return mappingItem(x, key)
	}
	return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not subscriptable", TypeName(v)))
}

// mappingItem returns m[key], KeyError when m has no such key.
func mappingItem(m starlark.Mapping, key starlark.Value) (starlark.Value, error) {
	r, found, err := m.Get(key)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, &PyError{Value: NewException(KeyError, key)}
	}
	return r, nil
}

// seqIndex resolves an index into a sequence of length n (negative
// indices count from the end), with Python's IndexError and TypeError.
func seqIndex(th *starlark.Thread, v, key starlark.Value, n int) (int, error) {
	if _, isInt := key.(starlark.Int); !isInt {
		if _, isBool := key.(starlark.Bool); !isBool && special(key, "__index__") == nil {
			return 0, NewError(TypeError, fmt.Sprintf("%s indices must be integers or slices, not %s", TypeName(v), TypeName(key)))
		}
	}
	i, err := indexInt(th, key)
	if err != nil {
		return 0, NewError(IndexError, fmt.Sprintf("cannot fit '%s' into an index-sized integer", TypeName(key)))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, NewError(IndexError, fmt.Sprintf("%s index out of range", seqName(v)))
	}
	return i, nil
}

// HasDelKey is a Go-defined mapping that supports "del v[key]" (Starlark
// has no interface for it).
type HasDelKey interface {
	starlark.Value
	DelKey(th *starlark.Thread, key starlark.Value) error
}

// DelItem is Python's "del v[key]".
func DelItem(th *starlark.Thread, v, key starlark.Value) error {
	switch x := v.(type) {
	case HasDelKey:
		return x.DelKey(th, key)
	case *Instance:
		_, found, err := callSpecial(th, x, "__delitem__", key)
		if err != nil || found {
			return err
		}
		return NewError(TypeError, fmt.Sprintf("'%s' object does not support item deletion", x.Class.name))
	case *starlark.Dict:
		if _, err := key.Hash(); err != nil {
			return NewError(TypeError, fmt.Sprintf("unhashable type: '%s'", TypeName(key)))
		}
		_, found, err := x.Delete(key)
		if err != nil {
			return err
		}
		if !found {
			return &PyError{Value: NewException(KeyError, key)}
		}
		return nil
	case *starlark.List:
		elems := listElems(x)
		drop := map[int]bool{}
		if sl, ok := key.(*Slice); ok {
			pos, err := sl.positions(th, len(elems))
			if err != nil {
				return err
			}
			for _, p := range pos {
				drop[p] = true
			}
		} else {
			i, err := seqIndex(th, v, key, len(elems))
			if err != nil {
				if isExc(th, err, IndexError) {
					return NewError(IndexError, "list assignment index out of range")
				}
				return err
			}
			drop[i] = true
		}
		kept := elems[:0]
		for i, e := range elems {
			if !drop[i] {
				kept = append(kept, e)
			}
		}
		return replaceList(x, kept)
	}
	return NewError(TypeError, fmt.Sprintf("'%s' object doesn't support item deletion", TypeName(v)))
}

// replaceList sets the contents of l to elems (Starlark lists have no
// delete operation).
func replaceList(l *starlark.List, elems []starlark.Value) error {
	kept := append([]starlark.Value(nil), elems...)
	if err := l.Clear(); err != nil {
		return err
	}
	for _, e := range kept {
		if err := l.Append(e); err != nil {
			return err
		}
	}
	return nil
}
