package core

// This file defines small helpers about values used everywhere: Python type
// names, function names, hashing, and a repr that runs no script code.

import (
	"math"
	"math/big"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// TypeName returns Python's name of v's type: 'int', 'str', 'NoneType',
// 'list', 'function', or an instance's class name.
func TypeName(v starlark.Value) string {
	return ClassOf(v).name
}

// FuncName returns a callable's Python name, with the hidden prefixes of
// the lowering removed: a mangled class-body name shows as the user wrote
// it, and the hidden function running the body of class X shows as "X".
func FuncName(v starlark.Value) string {
	var name string
	switch f := v.(type) {
	case *BoundMethod:
		return FuncName(f.Fn)
	case *Class:
		return f.name
	case starlark.Callable:
		name = f.Name()
	default:
		return TypeName(v)
	}
	return cleanName(name)
}

// cleanName strips the lowering's prefixes from a function name.
func cleanName(name string) string {
	if strings.HasPrefix(name, hidden.MangledPrefix) {
		return name[len(hidden.MangledPrefix):]
	}
	if strings.HasPrefix(name, hidden.ClassBodyPrefix) {
		return name[len(hidden.ClassBodyPrefix):]
	}
	return name
}

// hashModulus is the modulus of Python's numeric hash (2**61 - 1).
const hashModulus = 1<<61 - 1

// PyHash returns Python's hash(v): numbers hash as CPython does (so that
// hash(1) == hash(1.0) == hash(True) == 1), instances call __hash__,
// unhashable values raise TypeError "unhashable type: 'list'".
func PyHash(th *starlark.Thread, v starlark.Value) (int64, error) {
	switch x := v.(type) {
	case starlark.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case starlark.Int:
		return hashBigInt(x.BigInt()), nil
	case starlark.Float:
		return hashFloat(float64(x)), nil
	case *Instance:
		f, err := x.hashFunc()
		if err != nil {
			return 0, err
		}
		if f == nil {
			return int64(identityHash(x) >> 4), nil
		}
		r, err := starlark.Call(th, f, starlark.Tuple{x}, nil)
		if err != nil {
			return 0, err
		}
		i, ok := r.(starlark.Int)
		if !ok {
			return 0, NewError(TypeError, "__hash__ method should return an integer")
		}
		return hashBigInt(i.BigInt()), nil
	case starlark.Tuple:
		var h uint64 = 0x345678
		for _, e := range x {
			eh, err := PyHash(th, e)
			if err != nil {
				return 0, err
			}
			h = (h ^ uint64(eh)) * 1000003
		}
		return int64(h >> 2), nil
	case *starlark.List, *starlark.Dict, *starlark.Set:
		return 0, NewError(TypeError, "unhashable type: '"+TypeName(v)+"'")
	}
	h, err := v.Hash()
	if err != nil {
		return 0, NewError(TypeError, "unhashable type: '"+TypeName(v)+"'")
	}
	return int64(h), nil
}

// hashBigInt is CPython's hash of an int.
func hashBigInt(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// hashFloat is CPython's hash of a float (integral floats hash as ints).
func hashFloat(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return 314159
	case math.IsInf(f, -1):
		return -314159
	case math.IsNaN(f):
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e300 {
		b, _ := new(big.Float).SetFloat64(f).Int(nil)
		return hashBigInt(b)
	}
	r := new(big.Rat).SetFloat64(f)
	num := hashBigInt(r.Num())
	den := new(big.Int).ModInverse(new(big.Int).Mod(r.Denom(), big.NewInt(hashModulus)), big.NewInt(hashModulus))
	if den == nil {
		return num
	}
	h := new(big.Int).Mul(big.NewInt(num), den)
	return hashBigInt(h.Mod(h, big.NewInt(hashModulus)))
}

// Hash returns a 32-bit hash of v consistent with Python equality; th may
// be nil outside Starlark calls (instances then use the interpreter lock's
// holder).
func Hash(th *starlark.Thread, v starlark.Value) (uint32, error) {
	if th == nil {
		return v.Hash()
	}
	h, err := PyHash(th, v)
	return uint32(h) ^ uint32(h>>32), err
}

// ReprNoThread returns Python's repr of v for messages, without calling
// script code (instances show their default repr unless a thread holding
// the interpreter lock can run their __repr__).
func ReprNoThread(v starlark.Value) string {
	s, err := Repr(nil, v)
	if err != nil {
		return v.String()
	}
	return s
}
