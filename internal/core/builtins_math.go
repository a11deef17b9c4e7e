package core

// This file defines the numeric and character built-ins: abs, round,
// divmod, pow, hex, oct, bin, chr, ord, and len, repr, ascii, format.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/pyformat"
)

// abs(x)
func builtinAbs(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("abs", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case starlark.Int:
		if v.Sign() < 0 {
			return starlark.MakeInt(0).Sub(v), nil
		}
		return v, nil
	case starlark.Bool:
		return b2i(v), nil
	case starlark.Float:
		return starlark.Float(math.Abs(float64(v))), nil
	case *Instance:
		if r, found, err := callSpecial(th, v, "__abs__"); found || err != nil {
			return r, err
		}
	}
	return nil, NewError(TypeError, fmt.Sprintf("bad operand type for abs(): '%s'", TypeName(x)))
}

// round(number, ndigits=None)
func builtinRound(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var nd starlark.Value = starlark.None
	if err := unpackArgs("round", args, kwargs, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	if o, ok := x.(*Instance); ok {
		rargs := []starlark.Value{}
		if nd != starlark.None {
			rargs = append(rargs, nd)
		}
		if r, found, err := callSpecial(th, o, "__round__", rargs...); found || err != nil {
			return r, err
		}
		return nil, NewError(TypeError, fmt.Sprintf("type %s doesn't define __round__ method", o.Class.name))
	}
	if b, ok := x.(starlark.Bool); ok {
		x = b2i(b)
	}
	switch v := x.(type) {
	case starlark.Int:
		if nd == starlark.None {
			return v, nil
		}
		n, err := indexInt(th, nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return v, nil
		}
		return roundInt(v.BigInt(), -n), nil
	case starlark.Float:
		f := float64(v)
		if nd == starlark.None {
			return floatToInt(math.RoundToEven(f))
		}
		n, err := indexInt(th, nd)
		if err != nil {
			return nil, err
		}
		return starlark.Float(roundFloat(f, n)), nil
	}
	return nil, NewError(TypeError, fmt.Sprintf("type %s doesn't define __round__ method", TypeName(x)))
}

// roundInt rounds n to a multiple of 10**digits, half to even.
func roundInt(n *big.Int, digits int) starlark.Int {
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(digits)), nil)
	q, r := new(big.Int).DivMod(n, pow, new(big.Int)) // r >= 0
	twice := new(big.Int).Lsh(r, 1)
	switch c := twice.Cmp(pow); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return starlark.MakeBigInt(q.Mul(q, pow))
}

// roundFloat is round(f, n): correctly rounded to n decimal digits (half
// to even on the exact binary value), as CPython does.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 330 {
		return f
	}
	if n >= 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', n, 64), 64)
		return r
	}
	if n < -330 {
		return math.Copysign(0, f)
	}
	exact, _ := new(big.Float).SetPrec(2000).SetFloat64(f).Int(nil)
	// f's integral part suffices: the fraction cannot reach a tie at 10**-n.
	frac := f - math.Trunc(f)
	rounded := roundInt(exact, -n)
	if frac != 0 {
		// Break a false tie toward the side the fraction lies on.
		pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		_, r := new(big.Int).DivMod(exact, pow, new(big.Int))
		if new(big.Int).Lsh(r, 1).Cmp(pow) == 0 {
			q := new(big.Int).Div(exact, pow)
			if frac > 0 {
				q.Add(q, big.NewInt(1))
			}
			rounded = starlark.MakeBigInt(q.Mul(q, pow))
		}
	}
	r, _ := new(big.Float).SetInt(rounded.BigInt()).Float64()
	return math.Copysign(r, f)
}

// divmod(a, b)
func builtinDivmod(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := unpackPositional("divmod", args, kwargs, 2, &a, &b); err != nil {
		return nil, err
	}
	_, ai := a.(*Instance)
	_, bi := b.(*Instance)
	if ai || bi {
		if r, found, err := callSpecial(th, a, "__divmod__", b); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		if r, found, err := callSpecial(th, b, "__rdivmod__", a); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		return nil, unsupportedOperands("divmod()", a, b)
	}
	a, b = boolAsInt(a, starlark.MakeInt(0)), boolAsInt(b, starlark.MakeInt(0))
	_, af := a.(starlark.Float)
	_, bf := b.(starlark.Float)
	if zero, _ := starlark.Equal(b, starlark.MakeInt(0)); zero {
		if _, ok := a.(starlark.Int); ok && !bf {
			return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
		}
		if af || bf {
			if _, ok := a.(starlark.Int); ok || af {
				return nil, NewError(ZeroDivisionError, "float divmod()")
			}
		}
	}
	q, err := Arith(th, syntax.SLASHSLASH, a, b)
	if err != nil {
		if isExc(th, err, TypeError) {
			return nil, unsupportedOperands("divmod()", a, b)
		}
		return nil, err
	}
	r, err := Arith(th, syntax.PERCENT, a, b)
	if err != nil {
		return nil, err
	}
	return starlark.Tuple{q, r}, nil
}

// pow(base, exp, mod=None)
func builtinPow(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var base, exp starlark.Value
	var mod starlark.Value = starlark.None
	if err := unpackArgs("pow", args, kwargs, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
		return nil, err
	}
	return Pow(th, base, exp, mod)
}

// intDigits is hex(), oct() and bin().
func intDigits(name, prefix string, base int) func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := unpackPositional(name, args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		i, err := indexValue(th, x)
		if err != nil {
			return nil, err
		}
		b := i.BigInt()
		sign := ""
		if b.Sign() < 0 {
			sign = "-"
			b = new(big.Int).Neg(b)
		}
		return starlark.String(sign + prefix + b.Text(base)), nil
	}
}

// chr(i)
func builtinChr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("chr", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	i, err := indexValue(th, x)
	if err != nil {
		return nil, err
	}
	n, ok := i.Int64()
	if !ok || n < 0 || n > 0x10ffff {
		return nil, NewError(ValueError, "chr() arg not in range(0x110000)")
	}
	return starlark.String(string(rune(n))), nil
}

// ord(c)
func builtinOrd(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("ord", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	switch v := x.(type) {
	case starlark.String:
		n := utf8.RuneCountInString(string(v))
		if n != 1 {
			return nil, NewError(TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", n))
		}
		r, _ := utf8.DecodeRuneInString(string(v))
		return starlark.MakeInt(int(r)), nil
	case starlark.Bytes:
		if len(v) != 1 {
			return nil, NewError(TypeError, fmt.Sprintf("ord() expected a character, but string of length %d found", len(v)))
		}
		return starlark.MakeInt(int(v[0])), nil
	}
	return nil, NewError(TypeError, fmt.Sprintf("ord() expected string of length 1, but %s found", TypeName(x)))
}

// len(obj)
func builtinLen(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("len", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	n, err := Len(th, x)
	if err != nil {
		return nil, err
	}
	return starlark.MakeInt(n), nil
}

// repr(obj)
func builtinRepr(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("repr", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	s, err := Repr(th, x)
	return starlark.String(s), err
}

// ascii(obj)
func builtinASCII(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("ascii", args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	s, err := Repr(th, x)
	return starlark.String(pyformat.EscapeNonASCII(s)), err
}

// format(value, format_spec=”)
func builtinFormat(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	var spec string
	if err := unpackPositional("format", args, kwargs, 1, &x, &spec); err != nil {
		return nil, err
	}
	s, err := Format(th, x, spec)
	return starlark.String(s), err
}
