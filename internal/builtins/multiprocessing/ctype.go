package multiprocessing

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the C types of Value and Array (the typecodes of the
// array module) and how Python values are stored in and loaded from
// shared memory, with ctypes' rules: integers wrap silently, floats take
// ints, 'c' is one byte, 'u' one character (wchar_t: 4 bytes).

type ctype struct {
	code   byte
	size   int
	name   string // ctypes' class name, as reprs show it
	signed bool
}

var ctypes = map[byte]ctype{
	'b': {'b', 1, "c_byte", true}, 'B': {'B', 1, "c_ubyte", false},
	'h': {'h', 2, "c_short", true}, 'H': {'H', 2, "c_ushort", false},
	'i': {'i', 4, "c_int", true}, 'I': {'I', 4, "c_uint", false},
	'l': {'l', 8, "c_long", true}, 'L': {'L', 8, "c_ulong", false},
	'q': {'q', 8, "c_long", true}, 'Q': {'Q', 8, "c_ulong", false},
	'f': {'f', 4, "c_float", false}, 'd': {'d', 8, "c_double", false},
	'c': {'c', 1, "c_char", false}, 'u': {'u', 4, "c_wchar", false},
}

// ctypeOf returns the C type of a typecode argument.
func ctypeOf(v starlark.Value) (ctype, error) {
	s, ok := v.(starlark.String)
	if ok && len(s) == 1 {
		if t, ok := ctypes[s[0]]; ok {
			return t, nil
		}
	}
	if ok {
		return ctype{}, core.NewError(core.TypeError, fmt.Sprintf("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d, or c), not %s", core.ReprNoThread(s)))
	}
	return ctype{}, core.NewError(core.TypeError, fmt.Sprintf("typecode must be a one-character str (pyconc has no ctypes types), not %s", core.TypeName(v)))
}

func (t ctype) isFloat() bool { return t.code == 'f' || t.code == 'd' }
func (t ctype) isInt() bool   { return !t.isFloat() && t.code != 'c' && t.code != 'u' }

// zero is the initial value of the type.
func (t ctype) zero() starlark.Value {
	switch {
	case t.isFloat():
		return starlark.Float(0)
	case t.code == 'c':
		return starlark.Bytes("\x00")
	case t.code == 'u':
		return starlark.String("\x00")
	}
	return starlark.MakeInt(0)
}

// load reads element i of mem.
func (t ctype) load(mem []byte, i int) starlark.Value {
	p := mem[i*t.size : (i+1)*t.size]
	ne := binary.NativeEndian
	switch t.code {
	case 'b':
		return starlark.MakeInt(int(int8(p[0])))
	case 'B':
		return starlark.MakeInt(int(p[0]))
	case 'h':
		return starlark.MakeInt(int(int16(ne.Uint16(p))))
	case 'H':
		return starlark.MakeInt(int(ne.Uint16(p)))
	case 'i':
		return starlark.MakeInt64(int64(int32(ne.Uint32(p))))
	case 'I':
		return starlark.MakeUint64(uint64(ne.Uint32(p)))
	case 'l', 'q':
		return starlark.MakeInt64(int64(ne.Uint64(p)))
	case 'L', 'Q':
		return starlark.MakeUint64(ne.Uint64(p))
	case 'f':
		return starlark.Float(math.Float32frombits(ne.Uint32(p)))
	case 'd':
		return starlark.Float(math.Float64frombits(ne.Uint64(p)))
	case 'c':
		return starlark.Bytes(p[:1])
	default: // 'u'
		return starlark.String(rune(ne.Uint32(p)))
	}
}

// store writes v as element i of mem.
func (t ctype) store(mem []byte, i int, v starlark.Value) error {
	p := mem[i*t.size : (i+1)*t.size]
	ne := binary.NativeEndian
	switch {
	case t.isInt():
		var bits uint64
		switch x := v.(type) {
		case starlark.Int:
			if n, ok := x.Int64(); ok {
				bits = uint64(n)
			} else {
				bits = new(big.Int).And(x.BigInt(), new(big.Int).SetUint64(math.MaxUint64)).Uint64()
			}
		case starlark.Bool:
			bits = uint64(b2i(bool(x)))
		default:
			return core.NewError(core.TypeError, fmt.Sprintf("int expected instead of %s", core.TypeName(v)))
		}
		switch t.size {
		case 1:
			p[0] = byte(bits)
		case 2:
			ne.PutUint16(p, uint16(bits))
		case 4:
			ne.PutUint32(p, uint32(bits))
		default:
			ne.PutUint64(p, bits)
		}
	case t.isFloat():
		var f float64
		switch x := v.(type) {
		case starlark.Float:
			f = float64(x)
		case starlark.Int:
			f = float64(x.Float())
		case starlark.Bool:
			f = float64(b2i(bool(x)))
		default:
			return core.NewError(core.TypeError, fmt.Sprintf("must be real number, not %s", core.TypeName(v)))
		}
		if t.code == 'f' {
			ne.PutUint32(p, math.Float32bits(float32(f)))
		} else {
			ne.PutUint64(p, math.Float64bits(f))
		}
	case t.code == 'c':
		switch x := v.(type) {
		case starlark.Bytes:
			if len(x) == 1 {
				p[0] = x[0]
				return nil
			}
		case starlark.Int:
			if n, ok := x.Int64(); ok && n >= 0 && n < 256 {
				p[0] = byte(n)
				return nil
			}
		}
		return core.NewError(core.TypeError, "one character bytes, bytearray or integer expected")
	default: // 'u'
		s, ok := v.(starlark.String)
		if !ok || utf8.RuneCountInString(string(s)) != 1 {
			return core.NewError(core.TypeError, fmt.Sprintf("unicode string expected instead of %s instance", core.TypeName(v)))
		}
		r, _ := utf8.DecodeRuneInString(string(s))
		ne.PutUint32(p, uint32(r))
	}
	return nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
