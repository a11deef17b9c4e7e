package wire

import (
	"encoding/binary"
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Value tags (see the package documentation).
const (
	tagNone   = 'N'
	tagTrue   = 'T'
	tagFalse  = 'F'
	tagInt    = 'i'
	tagBigInt = 'I'
	tagFloat  = 'f'
	tagStr    = 's'
	tagBytes  = 'b'
	tagTuple  = 't'
	tagList   = 'l'
	tagDict   = 'd'
	tagSet    = 'S'
	tagGlobal = 'g'
	tagObject = 'o'
	tagExc    = 'e'
	tagHandle = 'h'
	tagRef    = 'r'
	tagMethod = 'm'
)

// Version is the format version, the first byte of every payload.
const Version = 1

// MaxDepth limits the nesting of values, when encoding and when decoding.
const MaxDepth = 500

// Marshal returns the payload (version byte and value) encoding v.
// hooks may be nil (NoHooks).
func Marshal(v starlark.Value, hooks Hooks) ([]byte, error) {
	if hooks == nil {
		hooks = NoHooks{}
	}
	m := &marshaller{hooks: hooks, memo: map[any]uint64{}}
	m.buf = append(m.buf, Version)
	if err := m.value(v, 0); err != nil {
		return nil, withWhere(err, hooks.Where())
	}
	return m.buf, nil
}

type marshaller struct {
	buf   []byte
	hooks Hooks
	memo  map[any]uint64 // object identity -> memo index
}

func (m *marshaller) uvarint(n uint64) { m.buf = binary.AppendUvarint(m.buf, n) }

func (m *marshaller) str(s string) {
	m.uvarint(uint64(len(s)))
	m.buf = append(m.buf, s...)
}

// memoised reports whether key was sent before (writing a back-reference)
// and otherwise records it under the next index.
func (m *marshaller) memoised(key any) bool {
	if i, ok := m.memo[key]; ok {
		m.buf = append(m.buf, tagRef)
		m.uvarint(i)
		return true
	}
	m.memo[key] = uint64(len(m.memo))
	return false
}

func (m *marshaller) value(v starlark.Value, depth int) error {
	if depth > MaxDepth {
		return recursionError()
	}
	v = core.Unwrap(v)
	switch x := v.(type) {
	case starlark.NoneType:
		m.buf = append(m.buf, tagNone)
	case starlark.Bool:
		if x {
			m.buf = append(m.buf, tagTrue)
		} else {
			m.buf = append(m.buf, tagFalse)
		}
	case starlark.Int:
		if i, ok := x.Int64(); ok {
			m.buf = append(m.buf, tagInt)
			m.buf = binary.AppendVarint(m.buf, i)
			return nil
		}
		b := x.BigInt()
		m.buf = append(m.buf, tagBigInt)
		if b.Sign() < 0 {
			m.buf = append(m.buf, 1)
		} else {
			m.buf = append(m.buf, 0)
		}
		m.str(string(new(big.Int).Abs(b).Bytes()))
	case starlark.Float:
		m.buf = append(m.buf, tagFloat)
		m.buf = binary.BigEndian.AppendUint64(m.buf, math.Float64bits(float64(x)))
	case starlark.String:
		m.buf = append(m.buf, tagStr)
		m.str(string(x))
	case starlark.Bytes:
		m.buf = append(m.buf, tagBytes)
		m.str(string(x))
	case starlark.Tuple:
		m.buf = append(m.buf, tagTuple)
		return m.seq(x, depth)
	case *starlark.List:
		if m.memoised(x) {
			return nil
		}
		m.buf = append(m.buf, tagList)
		elems := make([]starlark.Value, x.Len())
		for i := range elems {
			elems[i] = x.Index(i)
		}
		return m.seq(elems, depth)
	case *starlark.Dict:
		if m.memoised(x) {
			return nil
		}
		m.buf = append(m.buf, tagDict)
		items := x.Items()
		m.uvarint(uint64(len(items)))
		for _, kv := range items {
			if err := m.value(kv[0], depth+1); err != nil {
				return err
			}
			if err := m.value(kv[1], depth+1); err != nil {
				return err
			}
		}
	case *starlark.Set:
		if m.memoised(x) {
			return nil
		}
		m.buf = append(m.buf, tagSet)
		var elems []starlark.Value
		it := x.Iterate()
		var e starlark.Value
		for it.Next(&e) {
			elems = append(elems, e)
		}
		it.Done()
		return m.seq(elems, depth)
	default:
		return m.other(v, depth)
	}
	return nil
}

func (m *marshaller) seq(elems []starlark.Value, depth int) error {
	m.uvarint(uint64(len(elems)))
	for _, e := range elems {
		if err := m.value(e, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// other encodes handles, functions and classes by name, and instances.
func (m *marshaller) other(v starlark.Value, depth int) error {
	h, ok, err := m.hooks.EncodeHandle(v)
	if err != nil {
		return err
	}
	if ok {
		m.buf = append(m.buf, tagHandle)
		m.str(h.Kind)
		m.uvarint(h.ID)
		return nil
	}
	switch x := v.(type) {
	case *core.Class, *starlark.Function:
		return m.global(x)
	case *starlark.Builtin:
		if x.Receiver() == nil {
			return m.global(x)
		}
	case *core.Instance:
		return m.instance(x, depth)
	case *core.BoundMethod:
		return m.method(x.Self, x.Name(), depth)
	}
	if b, ok := v.(*starlark.Builtin); ok && b.Receiver() != nil {
		return m.method(b.Receiver(), b.Name(), depth)
	}
	return Unpicklable(v)
}

// method encodes a bound method as its receiver and its name, as pickle
// does (getattr(receiver, name) on the other side).
func (m *marshaller) method(self starlark.Value, name string, depth int) error {
	m.buf = append(m.buf, tagMethod)
	if err := m.value(self, depth+1); err != nil {
		return err
	}
	m.str(name)
	return nil
}

func (m *marshaller) global(v starlark.Value) error {
	var module, name string
	if c, ok := v.(*core.Class); ok && c.Module == "builtins" && core.ExceptionClasses()[c.Name()] == c {
		module, name = "builtins", c.Name()
	} else {
		var err error
		module, name, err = m.hooks.GlobalName(v)
		if err != nil {
			return err
		}
	}
	m.buf = append(m.buf, tagGlobal)
	m.str(module)
	m.str(name)
	return nil
}

func (m *marshaller) instance(x *core.Instance, depth int) error {
	if m.memoised(x) {
		return nil
	}
	if st := core.ExcStateOf(x); st != nil {
		m.buf = append(m.buf, tagExc)
		if err := m.global(x.Class); err != nil {
			return err
		}
		if err := m.value(st.Args, depth+1); err != nil {
			return err
		}
		m.str(tracebackText(x, st))
		return m.attrs(x, depth)
	}
	m.buf = append(m.buf, tagObject)
	if err := m.global(x.Class); err != nil {
		return err
	}
	if x.Native == nil {
		m.buf = append(m.buf, 0)
	} else {
		state, err := m.hooks.EncodeNative(x)
		if err != nil {
			return err
		}
		if state == nil {
			return Unpicklable(x)
		}
		m.buf = append(m.buf, 1)
		if err := m.value(state, depth+1); err != nil {
			return err
		}
	}
	return m.attrs(x, depth)
}

func (m *marshaller) attrs(x *core.Instance, depth int) error {
	names := x.OwnNames()
	m.uvarint(uint64(len(names)))
	for _, n := range names {
		v, _ := x.GetOwn(n)
		m.str(n)
		if err := m.value(v, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// TracebackText is the traceback text sent with an exception; it may be
// replaced (by the embedding layer) with core's own formatter. The default
// keeps a remote traceback as it came and otherwise formats the recorded
// frames as CPython does, followed by "Type: message".
var TracebackText = func(exc *core.Instance) string { return defaultTraceback(exc) }

func tracebackText(x *core.Instance, st *core.ExcState) string {
	if TracebackText == nil {
		return st.RemoteTraceback
	}
	return TracebackText(x)
}
