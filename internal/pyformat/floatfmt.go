package pyformat

import (
	"math"
	"strconv"
	"strings"
)

// FloatFlags modify FloatFormat, as CPython's Py_DTSF_* flags.
type FloatFlags uint8

// Flags for FloatFormat.
const (
	// FloatSign always adds a sign ('+' for non-negative values).
	FloatSign FloatFlags = 1 << iota
	// FloatAddDot0 appends ".0" when the result would look like an integer.
	FloatAddDot0
	// FloatAlt selects the alternate form ('#'): keep the decimal point and,
	// for 'g', trailing zeros.
	FloatAlt
	// FloatNoNegZero turns a negative zero result into a positive one ('z').
	FloatNoNegZero
)

// FloatRepr returns Python's repr(f) (which equals str(f)): the shortest
// string that round-trips, switching to exponent notation below 1e-4 and
// from 1e16 up: '1.0', '0.0001', '1e-05', '1e+16', 'inf', '-inf', 'nan', '-0.0'.
func FloatRepr(f float64) string {
	return FloatFormat(f, 'r', 0, FloatAddDot0)
}

// FloatFormat mirrors CPython's PyOS_double_to_string. code is one of
// 'e', 'E', 'f', 'F', 'g', 'G' (prec is then the precision; 'g' treats 0 as 1)
// or 'r' (shortest repr, prec ignored). Any other code is treated as 'r'.
func FloatFormat(f float64, code byte, prec int, flags FloatFlags) string {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper = true
		code = 'e'
		fallthrough
	case 'e':
		mode = 2
		prec++
	case 'F':
		upper = true
		code = 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper = true
		code = 'g'
		fallthrough
	case 'g':
		mode = 2
		if prec == 0 {
			prec = 1
		}
	default:
		code = 'r'
		prec = 0
	}
	return formatFloatShort(f, code, mode, prec, flags, upper)
}

// formatFloatShort is a port of CPython's format_float_short.
func formatFloatShort(d float64, code byte, mode, prec int, flags FloatFlags, upper bool) string {
	var b strings.Builder
	neg := math.Signbit(d)
	if !isFinite(d) {
		inf := math.IsInf(d, 0)
		if !inf {
			neg = false // the sign of a nan is ignored
		}
		if neg {
			b.WriteByte('-')
		} else if flags&FloatSign != 0 {
			b.WriteByte('+')
		}
		switch {
		case inf && upper:
			b.WriteString("INF")
		case inf:
			b.WriteString("inf")
		case upper:
			b.WriteString("NAN")
		default:
			b.WriteString("nan")
		}
		return b.String()
	}
	digits, decpt := dtoa(math.Abs(d), mode, prec)
	if flags&FloatNoNegZero != 0 && neg && (digits == "" || digits == "0") {
		neg = false
	}
	addDot0 := flags&FloatAddDot0 != 0
	alt := flags&FloatAlt != 0
	nd := len(digits)
	vEnd := nd
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'f':
		vEnd = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	b.Grow(vEnd - vStart + 8)
	if neg {
		b.WriteByte('-')
	} else if flags&FloatSign != 0 {
		b.WriteByte('+')
	}
	if decpt <= 0 {
		zeros(&b, decpt-vStart)
		b.WriteByte('.')
		zeros(&b, -decpt)
	} else {
		zeros(&b, -vStart)
	}
	if 0 < decpt && decpt <= nd {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if nd < decpt {
		zeros(&b, decpt-nd)
		b.WriteByte('.')
		zeros(&b, vEnd-decpt)
	} else {
		zeros(&b, vEnd-nd)
	}
	s := b.String()
	if !alt && strings.HasSuffix(s, ".") {
		s = s[:len(s)-1]
	}
	if useExp {
		e := "e"
		if upper {
			e = "E"
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += e + sign + es
	}
	return s
}

func zeros(b *strings.Builder, n int) {
	for ; n > 0; n-- {
		b.WriteByte('0')
	}
}
