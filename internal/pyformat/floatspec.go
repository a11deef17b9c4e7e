package pyformat

import (
	"math"
	"strings"

	"go.starlark.net/starlark"
)

// formatFloat is float.__format__ for a non-empty spec.
func formatFloat(h Hooks, v starlark.Value, x float64, spec string) (string, error) {
	f, err := parseSpec(spec, h.TypeName(v), 0, '>')
	if err != nil {
		return "", err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloatSpec(&f, x)
	}
	return "", unknownCode(f.typ, h.TypeName(v))
}

// formatFloatSpec is a port of CPython's format_float_internal.
func formatFloatSpec(f *formatSpec, x float64) (string, error) {
	if f.precision > math.MaxInt32 {
		return "", valueErr("precision too big")
	}
	if f.precision > MaxWidth {
		return "", errTooWide()
	}
	var flags FloatFlags
	if f.alternate {
		flags |= FloatAlt
	}
	if f.noNeg0 {
		flags |= FloatNoNegZero
	}
	typ := f.typ
	prec, defPrec := f.precision, 6
	if typ == 0 {
		flags |= FloatAddDot0
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	var s string
	if typ == 'r' {
		s = formatFloatShort(x, 'r', 0, 0, flags, false)
	} else {
		s = FloatFormat(x, byte(typ), prec, flags)
	}
	if pct {
		s += "%"
	}
	var p numParts
	if strings.HasPrefix(s, "-") {
		p.neg = true
		s = s[1:]
	}
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	p.digits = s[:n]
	rest := s[n:]
	if strings.HasPrefix(rest, ".") {
		p.decimal = true
		rest = rest[1:]
	}
	p.remainder = rest
	return layoutNumber(f, p, false)
}
