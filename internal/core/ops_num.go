package core

// This file defines Python's arithmetic for Go code: binary operators with
// special methods and Python's messages (Arith), ** (Pow), __index__, and
// conversions between Starlark numbers.

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// b2i converts a bool to the int 0 or 1.
func b2i(b starlark.Bool) starlark.Int {
	if b {
		return starlark.MakeInt(1)
	}
	return starlark.MakeInt(0)
}

// Arith is Python's "x op y" for a binary operator of binaryNames (+, -,
// *, /, //, %, |, &, ^, <<, >>): special methods of instances, bool as
// int, and Python's ZeroDivisionError and TypeError messages.
func Arith(th *starlark.Thread, op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	if op == syntax.PERCENT {
		switch x.(type) {
		case starlark.String, starlark.Bytes:
			return percentFormat(th, x, y) // "%s" % obj formats obj, whatever its class
		}
	}
	_, xi := x.(*Instance)
	_, yi := y.(*Instance)
	if xi || yi {
		name := binaryNames[op]
		if r, found, err := callSpecial(th, x, name, y); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		if r, found, err := callSpecial(th, y, "__r"+name[2:], x); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		return nil, unsupportedOperands(binarySymbols[op], x, y)
	}
	x, y = boolAsInt(x, y), boolAsInt(y, x)
	if xb, ok := x.(starlark.Bool); ok {
		if yb, ok := y.(starlark.Bool); ok {
			switch op {
			case syntax.PIPE:
				return xb || yb, nil
			case syntax.AMP:
				return xb && yb, nil
			case syntax.CIRCUMFLEX:
				return starlark.Bool(xb != yb), nil
			}
			x, y = b2i(xb), b2i(yb)
		}
	}
	if err := checkZeroDivision(op, x, y); err != nil {
		return nil, err
	}
	if op == syntax.PERCENT {
		if _, isStr := x.(starlark.String); isStr {
			return percentFormat(th, x, y)
		}
		if _, isBytes := x.(starlark.Bytes); isBytes {
			return percentFormat(th, x, y)
		}
	}
	r, err := starlark.Binary(op, x, y)
	if err != nil {
		if _, isPy := pyErrOf(err); !isPy && strings.HasPrefix(err.Error(), "unknown binary op") {
			return nil, unsupportedOperands(binarySymbols[op], x, y)
		}
		return nil, err
	}
	return r, nil
}

// checkZeroDivision raises Python's ZeroDivisionError for /, // and % by zero.
func checkZeroDivision(op syntax.Token, x, y starlark.Value) error {
	if op != syntax.SLASH && op != syntax.SLASHSLASH && op != syntax.PERCENT {
		return nil
	}
	isZero, isFloat := false, false
	switch y := y.(type) {
	case starlark.Int:
		isZero = y.Sign() == 0
	case starlark.Float:
		isZero, isFloat = y == 0, true
	default:
		return nil
	}
	if !isZero {
		return nil
	}
	switch x.(type) {
	case starlark.Float:
		isFloat = true
	case starlark.Int:
	default:
		return nil
	}
	msg := ""
	switch {
	case op == syntax.SLASH && isFloat:
		msg = "float division by zero"
	case op == syntax.SLASH:
		msg = "division by zero"
	case op == syntax.SLASHSLASH && isFloat:
		msg = "float floor division by zero"
	case op == syntax.SLASHSLASH:
		msg = "integer division or modulo by zero"
	case isFloat:
		msg = "float modulo"
	default:
		msg = "integer modulo by zero"
	}
	return NewError(ZeroDivisionError, msg)
}

// indexValue is Python's operator.index(v): ints, bools, and instances
// with __index__; TypeError "'float' object cannot be interpreted as an
// integer" otherwise.
func indexValue(th *starlark.Thread, v starlark.Value) (starlark.Int, error) {
	switch x := v.(type) {
	case starlark.Int:
		return x, nil
	case starlark.Bool:
		if x {
			return starlark.MakeInt(1), nil
		}
		return starlark.MakeInt(0), nil
	case *Instance:
		r, found, err := callSpecial(th, x, "__index__")
		if err != nil {
			return starlark.Int{}, err
		}
		if found {
			if i, ok := r.(starlark.Int); ok {
				return i, nil
			}
			return starlark.Int{}, NewError(TypeError, fmt.Sprintf("__index__ returned non-int (type %s)", TypeName(r)))
		}
	}
	return starlark.Int{}, NewError(TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", TypeName(v)))
}

// indexInt is indexValue as a Go int (OverflowError when too large).
func indexInt(th *starlark.Thread, v starlark.Value) (int, error) {
	i, err := indexValue(th, v)
	if err != nil {
		return 0, err
	}
	n, ok := i.Int64()
	if !ok || n != int64(int(n)) {
		return 0, NewError(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// toFloat converts an int or float (or bool) to a Go float64; ok is false
// for other values. Ints too large give OverflowError.
func toFloat(v starlark.Value) (float64, bool, error) {
	switch x := v.(type) {
	case starlark.Float:
		return float64(x), true, nil
	case starlark.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case starlark.Int:
		f, _ := new(big.Float).SetInt(x.BigInt()).Float64()
		if math.IsInf(f, 0) {
			return 0, true, NewError(OverflowError, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

// Pow is Python's pow(x, y) and x ** y, with mod (may be nil) for the
// three-argument form.
func Pow(th *starlark.Thread, x, y, mod starlark.Value) (starlark.Value, error) {
	if mod != nil && mod != starlark.None {
		return powMod(th, x, y, mod)
	}
	_, xi := x.(*Instance)
	_, yi := y.(*Instance)
	if xi || yi {
		if r, found, err := callSpecial(th, x, "__pow__", y); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		if r, found, err := callSpecial(th, y, "__rpow__", x); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		return nil, unsupportedOperands("** or pow()", x, y)
	}
	x, y = boolAsInt(x, starlark.MakeInt(0)), boolAsInt(y, starlark.MakeInt(0))
	if xi, ok := x.(starlark.Int); ok {
		if yi, ok := y.(starlark.Int); ok {
			if yi.Sign() >= 0 {
				if yi.BigInt().BitLen() > 32 && xi.BigInt().CmpAbs(big.NewInt(1)) > 0 {
					return nil, NewError(MemoryError, "")
				}
				return starlark.MakeBigInt(new(big.Int).Exp(xi.BigInt(), yi.BigInt(), nil)), nil
			}
		}
	}
	fx, okx, err := toFloat(x)
	if err != nil {
		return nil, err
	}
	fy, oky, err := toFloat(y)
	if err != nil {
		return nil, err
	}
	if !okx || !oky {
		return nil, unsupportedOperands("** or pow()", x, y)
	}
	if fx == 0 && fy < 0 {
		return nil, NewError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if fx < 0 && fy != math.Trunc(fy) && !math.IsInf(fy, 0) {
		return nil, NewError(ValueError, "negative number cannot be raised to a fractional power (complex numbers are not supported)")
	}
	r := math.Pow(fx, fy)
	if math.IsInf(r, 0) && !math.IsInf(fx, 0) && !math.IsInf(fy, 0) {
		return nil, NewError(OverflowError, "(34, 'Numerical result out of range')")
	}
	return starlark.Float(r), nil
}

// powMod is the three-argument pow(x, y, mod) of ints.
func powMod(th *starlark.Thread, x, y, mod starlark.Value) (starlark.Value, error) {
	x, y, mod = boolAsInt(x, starlark.MakeInt(0)), boolAsInt(y, starlark.MakeInt(0)), boolAsInt(mod, starlark.MakeInt(0))
	xi, ok1 := x.(starlark.Int)
	yi, ok2 := y.(starlark.Int)
	mi, ok3 := mod.(starlark.Int)
	if !ok1 || !ok2 || !ok3 {
		return nil, NewError(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	m := mi.BigInt()
	if m.Sign() == 0 {
		return nil, NewError(ValueError, "pow() 3rd argument cannot be 0")
	}
	base := new(big.Int).Set(xi.BigInt())
	e := yi.BigInt()
	am := new(big.Int).Abs(m)
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, am), am)
		if inv == nil {
			return nil, NewError(ValueError, "base is not invertible for the given modulus")
		}
		base = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(base, am), e, am)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return starlark.MakeBigInt(r), nil
}

// Mod is Python's "x % y": printf-style formatting for str and bytes,
// numeric modulo otherwise.
func Mod(th *starlark.Thread, x, y starlark.Value) (starlark.Value, error) {
	return Arith(th, syntax.PERCENT, x, y)
}
