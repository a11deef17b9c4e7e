package pyformat

import (
	"math"
	"math/big"
	"strconv"

	"go.starlark.net/starlark"
)

// formatInt is int.__format__ for a non-empty spec; v is the original value
// (for type names), i its integer value.
func formatInt(h Hooks, v starlark.Value, i starlark.Int, spec string) (string, error) {
	f, err := parseSpec(spec, h.TypeName(v), 'd', '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return formatIntSpec(&f, i)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := intToFloat(i)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(&f, x)
	}
	return "", unknownCode(f.typ, h.TypeName(v))
}

// intToFloat is Python's float(i).
func intToFloat(i starlark.Int) (float64, error) {
	x := float64(i.Float())
	if math.IsInf(x, 0) {
		return 0, overflowErr("int too large to convert to float")
	}
	return x, nil
}

// formatIntSpec is a port of CPython's format_long_internal.
func formatIntSpec(f *formatSpec, i starlark.Int) (string, error) {
	if f.precision != -1 {
		return "", valueErr("Precision not allowed in integer format specifier")
	}
	if f.noNeg0 {
		return "", valueErr("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var p numParts
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", valueErr("Sign not allowed with integer format specifier 'c'")
		}
		if f.alternate {
			return "", valueErr("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, ok := i.Int64()
		if !ok {
			return "", overflowErr("Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10ffff {
			return "", overflowErr("%%c arg not in range(0x110000)")
		}
		p.remainder = string(rune(x)) // a lone surrogate becomes U+FFFD in UTF-8
		return layoutNumber(f, p, false)
	}
	base := 10
	switch f.typ {
	case 'b':
		base, p.prefix = 2, "0b"
	case 'o':
		base, p.prefix = 8, "0o"
	case 'x', 'X':
		base, p.prefix = 16, "0x"
	}
	if !f.alternate {
		p.prefix = ""
	}
	p.neg, p.digits = intDigits(i, base)
	return layoutNumber(f, p, f.typ == 'X')
}

// intDigits returns the sign and the digits of |i| in base (lower case).
func intDigits(i starlark.Int, base int) (neg bool, digits string) {
	if x, ok := i.Int64(); ok && x != math.MinInt64 {
		if x < 0 {
			return true, strconv.FormatInt(-x, base)
		}
		return false, strconv.FormatInt(x, base)
	}
	b := i.BigInt()
	neg = b.Sign() < 0
	return neg, new(big.Int).Abs(b).Text(base)
}
