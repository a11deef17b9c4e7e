package core

// This file defines the numeric conversions int() and float() with
// Python's parsing rules and messages.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/pyformat"
)

// int(x=0, base=10)
func builtinInt(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, base starlark.Value
	if err := unpackArgs("int", args, kwargs, "x?", &x, "base?", &base); err != nil {
		return nil, err
	}
	if x == nil {
		if base != nil {
			return nil, NewError(TypeError, "int() missing string argument")
		}
		return starlark.MakeInt(0), nil
	}
	if base != nil {
		b, err := indexInt(th, base)
		if err != nil {
			return nil, err
		}
		switch s := x.(type) {
		case starlark.String:
			return parseInt(string(s), b)
		case starlark.Bytes:
			return parseInt(string(s), b)
		}
		return nil, NewError(TypeError, "int() can't convert non-string with explicit base")
	}
	return ToInt(th, x)
}

// ToInt is Python's int(x) for one argument.
func ToInt(th *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	switch v := x.(type) {
	case starlark.Int:
		return v, nil
	case starlark.Bool:
		return b2i(v), nil
	case starlark.Float:
		return floatToInt(float64(v))
	case starlark.String:
		return parseInt(string(v), 10)
	case starlark.Bytes:
		return parseInt(string(v), 10)
	case *Instance:
		for _, name := range []string{"__int__", "__index__", "__trunc__"} {
			r, found, err := callSpecial(th, v, name)
			if err != nil {
				return nil, err
			}
			if found {
				if i, ok := r.(starlark.Int); ok {
					return i, nil
				}
				return nil, NewError(TypeError, fmt.Sprintf("%s returned non-int (type %s)", name, TypeName(r)))
			}
		}
	}
	return nil, NewError(TypeError, fmt.Sprintf("int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x)))
}

// floatToInt truncates a float toward zero.
func floatToInt(f float64) (starlark.Value, error) {
	switch {
	case math.IsInf(f, 0):
		return nil, NewError(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(f):
		return nil, NewError(ValueError, "cannot convert float NaN to integer")
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return starlark.MakeBigInt(b), nil
}

// parseInt parses an int literal as Python's int(s, base) does: blanks
// around, a sign, underscores between digits, a 0x/0o/0b prefix when it
// matches base (or base is 0).
func parseInt(orig string, base int) (starlark.Value, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, NewError(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	origBase := base
	bad := func() error {
		return NewError(ValueError, fmt.Sprintf("invalid literal for int() with base %d: %s", origBase, pyformat.StrRepr(orig)))
	}
	s := strings.TrimSpace(orig)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		p := 0
		switch s[1] {
		case 'x', 'X':
			p = 16
		case 'o', 'O':
			p = 8
		case 'b', 'B':
			p = 2
		}
		if p != 0 && (base == 0 || base == p) {
			base = p
			s = strings.TrimPrefix(s[2:], "_")
		}
	}
	if base == 0 {
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, bad()
		}
		base = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, bad()
	}
	digits := strings.ReplaceAll(s, "_", "")
	n, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, bad()
	}
	if neg {
		n.Neg(n)
	}
	return starlark.MakeBigInt(n), nil
}

// float(x=0.0)
func builtinFloat(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := unpackPositional("float", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return starlark.Float(0), nil
	}
	return ToFloat(th, x)
}

// ToFloat is Python's float(x).
func ToFloat(th *starlark.Thread, x starlark.Value) (starlark.Value, error) {
	switch v := x.(type) {
	case starlark.Float:
		return v, nil
	case starlark.Int, starlark.Bool:
		f, _, err := toFloat(v)
		return starlark.Float(f), err
	case starlark.String:
		return parseFloat(string(v))
	case starlark.Bytes:
		return parseFloat(string(v))
	case *Instance:
		r, found, err := callSpecial(th, v, "__float__")
		if err != nil {
			return nil, err
		}
		if found {
			if f, ok := r.(starlark.Float); ok {
				return f, nil
			}
			return nil, NewError(TypeError, fmt.Sprintf("%s.__float__ returned non-float (type %s)", v.Class.name, TypeName(r)))
		}
		if special(v, "__index__") != nil {
			i, err := indexValue(th, v)
			if err != nil {
				return nil, err
			}
			f, _, err := toFloat(i)
			return starlark.Float(f), err
		}
	}
	return nil, NewError(TypeError, fmt.Sprintf("float() argument must be a string or a real number, not '%s'", TypeName(x)))
}

// parseFloat parses a float literal as Python's float(s): decimal
// notation with optional exponent and underscores between digits, or
// inf/infinity/nan in any case, with an optional sign.
func parseFloat(orig string) (starlark.Value, error) {
	bad := NewError(ValueError, fmt.Sprintf("could not convert string to float: %s", pyformat.StrRepr(orig)))
	s := strings.TrimSpace(orig)
	body := strings.TrimLeft(s, "+-")
	if len(s)-len(body) > 1 {
		return nil, bad
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if strings.HasPrefix(s, "-") {
			return starlark.Float(math.Inf(-1)), nil
		}
		return starlark.Float(math.Inf(1)), nil
	case "nan":
		return starlark.Float(math.NaN()), nil
	}
	if !validFloat(body) {
		return nil, bad
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return starlark.Float(f), nil // ±inf or 0, as Python rounds
		}
		return nil, bad
	}
	return starlark.Float(f), nil
}

// validFloat checks Python's decimal float syntax (without sign).
func validFloat(s string) bool {
	i, n := 0, len(s)
	digits := func() int {
		start := i
		for i < n && (s[i] >= '0' && s[i] <= '9' || s[i] == '_' && i > start && i+1 < n && s[i+1] >= '0' && s[i+1] <= '9') {
			i++
		}
		return i - start
	}
	d1 := digits()
	d2 := 0
	if i < n && s[i] == '.' {
		i++
		d2 = digits()
	}
	if d1+d2 == 0 {
		return false
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < n && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == n
}
