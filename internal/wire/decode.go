package wire

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Unmarshal decodes a payload made by Marshal. hooks may be nil (NoHooks).
// Malformed input yields an UnpicklingError, never a panic.
func Unmarshal(p []byte, hooks Hooks) (starlark.Value, error) {
	if hooks == nil {
		hooks = NoHooks{}
	}
	if len(p) == 0 {
		return nil, unpicklingError("empty payload")
	}
	if p[0] != Version {
		return nil, unpicklingError(fmt.Sprintf("unsupported format version %d (this is version %d)", p[0], Version))
	}
	u := &unmarshaller{buf: p, pos: 1, hooks: hooks}
	v, err := u.value(0)
	if err != nil {
		return nil, err
	}
	if u.pos != len(p) {
		return nil, unpicklingError(fmt.Sprintf("%d bytes of garbage after the value", len(p)-u.pos))
	}
	return v, nil
}

type unmarshaller struct {
	buf   []byte
	pos   int
	hooks Hooks
	memo  []starlark.Value
}

func (u *unmarshaller) fail(format string, args ...any) error {
	return unpicklingError(fmt.Sprintf("malformed data at offset %d: ", u.pos) + fmt.Sprintf(format, args...))
}

func (u *unmarshaller) byte1() (byte, error) {
	if u.pos >= len(u.buf) {
		return 0, u.fail("truncated")
	}
	b := u.buf[u.pos]
	u.pos++
	return b, nil
}

func (u *unmarshaller) uvarint() (uint64, error) {
	n, k := binary.Uvarint(u.buf[u.pos:])
	if k <= 0 {
		return 0, u.fail("bad length")
	}
	u.pos += k
	return n, nil
}

// count reads a length or element count, which can never exceed the bytes
// left (every element takes at least one byte).
func (u *unmarshaller) count() (int, error) {
	n, err := u.uvarint()
	if err != nil {
		return 0, err
	}
	if n > uint64(len(u.buf)-u.pos) {
		return 0, u.fail("length %d exceeds the %d bytes left", n, len(u.buf)-u.pos)
	}
	return int(n), nil
}

func (u *unmarshaller) str() (string, error) {
	n, err := u.count()
	if err != nil {
		return "", err
	}
	s := string(u.buf[u.pos : u.pos+n])
	u.pos += n
	return s, nil
}

func (u *unmarshaller) value(depth int) (starlark.Value, error) {
	if depth > MaxDepth {
		return nil, u.fail("nesting deeper than %d", MaxDepth)
	}
	tag, err := u.byte1()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNone:
		return starlark.None, nil
	case tagTrue:
		return starlark.True, nil
	case tagFalse:
		return starlark.False, nil
	case tagInt:
		i, k := binary.Varint(u.buf[u.pos:])
		if k <= 0 {
			return nil, u.fail("bad int")
		}
		u.pos += k
		return starlark.MakeInt64(i), nil
	case tagBigInt:
		sign, err := u.byte1()
		if err != nil {
			return nil, err
		}
		mag, err := u.str()
		if err != nil {
			return nil, err
		}
		b := new(big.Int).SetBytes([]byte(mag))
		if sign == 1 {
			b.Neg(b)
		} else if sign != 0 {
			return nil, u.fail("bad sign")
		}
		return starlark.MakeBigInt(b), nil
	case tagFloat:
		if len(u.buf)-u.pos < 8 {
			return nil, u.fail("truncated float")
		}
		f := math.Float64frombits(binary.BigEndian.Uint64(u.buf[u.pos:]))
		u.pos += 8
		return starlark.Float(f), nil
	case tagStr:
		s, err := u.str()
		return starlark.String(s), err
	case tagBytes:
		s, err := u.str()
		return starlark.Bytes(s), err
	case tagTuple:
		elems, err := u.seq(depth)
		if err != nil {
			return nil, err
		}
		return starlark.Tuple(elems), nil
	case tagList:
		l := starlark.NewList(nil)
		u.memo = append(u.memo, l)
		n, err := u.count()
		if err != nil {
			return nil, err
		}
		for i := 0; i < n; i++ {
			e, err := u.value(depth + 1)
			if err != nil {
				return nil, err
			}
			_ = l.Append(e) // a new list is neither frozen nor iterated
		}
		return l, nil
	case tagDict:
		d := starlark.NewDict(0)
		u.memo = append(u.memo, d)
		n, err := u.count()
		if err != nil {
			return nil, err
		}
		for i := 0; i < n; i++ {
			k, err := u.value(depth + 1)
			if err != nil {
				return nil, err
			}
			v, err := u.value(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := d.SetKey(k, v); err != nil {
				return nil, u.fail("dict key: %v", err)
			}
		}
		return d, nil
	case tagSet:
		s := starlark.NewSet(0)
		u.memo = append(u.memo, s)
		n, err := u.count()
		if err != nil {
			return nil, err
		}
		for i := 0; i < n; i++ {
			e, err := u.value(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := s.Insert(e); err != nil {
				return nil, u.fail("set element: %v", err)
			}
		}
		return s, nil
	case tagGlobal:
		module, err := u.str()
		if err != nil {
			return nil, err
		}
		name, err := u.str()
		if err != nil {
			return nil, err
		}
		return u.hooks.LoadGlobal(module, name)
	case tagHandle:
		kind, err := u.str()
		if err != nil {
			return nil, err
		}
		id, err := u.uvarint()
		if err != nil {
			return nil, err
		}
		return u.hooks.DecodeHandle(Handle{Kind: kind, ID: id})
	case tagRef:
		i, err := u.uvarint()
		if err != nil {
			return nil, err
		}
		if i >= uint64(len(u.memo)) || u.memo[i] == nil {
			return nil, u.fail("back-reference %d to an unknown object", i)
		}
		return u.memo[i], nil
	case tagObject, tagExc:
		return u.instance(tag, depth)
	case tagMethod:
		self, err := u.value(depth + 1)
		if err != nil {
			return nil, err
		}
		name, err := u.str()
		if err != nil {
			return nil, err
		}
		if o, ok := self.(starlark.HasAttrs); ok {
			if f, err := o.Attr(name); err == nil && f != nil {
				return f, nil
			}
		}
		return nil, u.fail("no method %q on a %s", name, self.Type())
	}
	return nil, u.fail("unknown tag %q", tag)
}

func (u *unmarshaller) seq(depth int) ([]starlark.Value, error) {
	n, err := u.count()
	if err != nil {
		return nil, err
	}
	elems := make([]starlark.Value, 0, n)
	for i := 0; i < n; i++ {
		e, err := u.value(depth + 1)
		if err != nil {
			return nil, err
		}
		elems = append(elems, e)
	}
	return elems, nil
}

// class decodes the class of an instance: a 'g' value naming a class.
func (u *unmarshaller) class(depth int) (*core.Class, error) {
	if u.pos >= len(u.buf) || u.buf[u.pos] != tagGlobal {
		return nil, u.fail("an instance's class must be sent by name")
	}
	v, err := u.value(depth + 1)
	if err != nil {
		return nil, err
	}
	c, ok := v.(*core.Class)
	if !ok {
		return nil, u.fail("%s is not a class", core.TypeName(v))
	}
	return c, nil
}

func (u *unmarshaller) instance(tag byte, depth int) (starlark.Value, error) {
	slot := len(u.memo)
	u.memo = append(u.memo, nil)
	c, err := u.class(depth)
	if err != nil {
		return nil, err
	}
	inst := core.NewInstance(u.hooks.Runtime(), c)
	u.memo[slot] = inst
	if tag == tagExc {
		if !c.IsSubclass(core.BaseException) {
			return nil, u.fail("%s is not an exception class", c.Name())
		}
		args, err := u.value(depth + 1)
		if err != nil {
			return nil, err
		}
		t, ok := args.(starlark.Tuple)
		if !ok {
			return nil, u.fail("exception args must be a tuple")
		}
		tb, err := u.str()
		if err != nil {
			return nil, err
		}
		inst.Native = &core.ExcState{Args: t, Cause: starlark.None, Context: starlark.None, RemoteTraceback: tb}
	} else {
		flag, err := u.byte1()
		if err != nil {
			return nil, err
		}
		switch flag {
		case 0:
		case 1:
			state, err := u.value(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := u.hooks.DecodeNative(inst, state); err != nil {
				return nil, err
			}
		default:
			return nil, u.fail("bad state flag")
		}
	}
	n, err := u.count()
	if err != nil {
		return nil, err
	}
	for i := 0; i < n; i++ {
		name, err := u.str()
		if err != nil {
			return nil, err
		}
		v, err := u.value(depth + 1)
		if err != nil {
			return nil, err
		}
		inst.SetOwn(name, v)
	}
	return inst, nil
}
