package core

// This file defines Python's int and float methods: bit_length,
// to_bytes, as_integer_ratio, is_integer, hex.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
)

var intMethods, floatMethods map[string]methodImpl

// initNumMethods fills the method table(s) of this file (called by init in
// hidden_ops_method.go, before the tables are installed on the classes).
func initNumMethods() {
	intMethods = map[string]methodImpl{
		"bit_length":       intBitLength,
		"to_bytes":         intToBytes,
		"as_integer_ratio": intRatio,
	}
	floatMethods = map[string]methodImpl{
		"is_integer":       floatIsInteger,
		"as_integer_ratio": floatRatio,
		"hex":              floatHex,
	}
}

// asInt returns an int or bool receiver as a big.Int.
func asInt(v starlark.Value) *big.Int {
	if b, ok := v.(starlark.Bool); ok {
		return b2i(b).BigInt()
	}
	return v.(starlark.Int).BigInt()
}

// int.bit_length()
func intBitLength(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("bit_length", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.MakeInt(new(big.Int).Abs(asInt(recv)).BitLen()), nil
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
func intToBytes(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lengthV starlark.Value = starlark.MakeInt(1)
	var order string = "big"
	var signed bool
	if err := unpackArgs("to_bytes", args, kwargs, "length?", &lengthV, "byteorder?", &order, "signed?", &signed); err != nil {
		return nil, err
	}
	length, err := indexInt(th, lengthV)
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, NewError(ValueError, "length argument must be non-negative")
	}
	if order != "big" && order != "little" {
		return nil, NewError(ValueError, "byteorder must be either 'little' or 'big'")
	}
	n := asInt(recv)
	if n.Sign() < 0 && !signed {
		return nil, NewError(OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(n)
	if n.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	limit := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
	if signed {
		half := new(big.Int).Rsh(limit, 1)
		if (n.Sign() >= 0 && n.Cmp(half) >= 0) || (n.Sign() < 0 && new(big.Int).Neg(n).Cmp(half) > 0) {
			return nil, NewError(OverflowError, "int too big to convert")
		}
	}
	if v.Sign() < 0 || v.Cmp(limit) >= 0 {
		return nil, NewError(OverflowError, "int too big to convert")
	}
	b := v.FillBytes(make([]byte, length))
	if order == "little" {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	return starlark.Bytes(b), nil
}

// int.as_integer_ratio()
func intRatio(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("as_integer_ratio", args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Tuple{starlark.MakeBigInt(asInt(recv)), starlark.MakeInt(1)}, nil
}

// float.is_integer()
func floatIsInteger(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("is_integer", args, kwargs, 0); err != nil {
		return nil, err
	}
	f := float64(recv.(starlark.Float))
	return starlark.Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

// float.as_integer_ratio()
func floatRatio(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("as_integer_ratio", args, kwargs, 0); err != nil {
		return nil, err
	}
	f := float64(recv.(starlark.Float))
	switch {
	case math.IsInf(f, 0):
		return nil, NewError(OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(f):
		return nil, NewError(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return starlark.Tuple{starlark.MakeBigInt(r.Num()), starlark.MakeBigInt(r.Denom())}, nil
}

// float.hex(): '0x1.8000000000000p+0'.
func floatHex(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := unpackPositional("hex", args, kwargs, 0); err != nil {
		return nil, err
	}
	f := float64(recv.(starlark.Float))
	switch {
	case math.IsInf(f, 1):
		return starlark.String("inf"), nil
	case math.IsInf(f, -1):
		return starlark.String("-inf"), nil
	case math.IsNaN(f):
		return starlark.String("nan"), nil
	case f == 0:
		if math.Signbit(f) {
			return starlark.String("-0x0.0p+0"), nil
		}
		return starlark.String("0x0.0p+0"), nil
	}
	s := strconv.FormatFloat(f, 'x', 13, 64) // -0x1.8000000000000p+00
	mant, exp, _ := strings.Cut(s, "p")
	e, _ := strconv.Atoi(exp)
	return starlark.String(fmt.Sprintf("%sp%+d", mant, e)), nil
}
