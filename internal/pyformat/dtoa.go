package pyformat

import (
	"math"
	"strconv"
	"strings"
)

// dtoa mirrors CPython's _Py_dg_dtoa for a finite, non-negative a. It
// returns the significant decimal digits (trailing zeros removed) and the
// position of the decimal point relative to them: the value is
// 0.digits * 10**decpt. Zero yields ("0", 1).
//
// Modes: 0 is the shortest string that round-trips; 2 gives at most ndigits
// significant digits (ndigits >= 1); 3 gives ndigits digits after the
// decimal point. Rounding is exact, ties to even, as in CPython.
func dtoa(a float64, mode, ndigits int) (digits string, decpt int) {
	if a == 0 {
		return "0", 1
	}
	switch mode {
	case 3:
		s := strconv.FormatFloat(a, 'f', ndigits, 64)
		intLen := strings.IndexByte(s, '.')
		if intLen < 0 {
			intLen = len(s)
		} else {
			s = s[:intLen] + s[intLen+1:]
		}
		decpt = intLen
		i := 0
		for i < len(s) && s[i] == '0' {
			i++
		}
		s = strings.TrimRight(s[i:], "0")
		if s == "" {
			// Rounded to zero: no digits, fcvt style.
			return "", -ndigits
		}
		return s, decpt - i
	default:
		prec := -1
		if mode == 2 {
			prec = ndigits - 1
		}
		s := strconv.FormatFloat(a, 'e', prec, 64)
		e := strings.IndexByte(s, 'e')
		exp, _ := strconv.Atoi(s[e+1:])
		mant := s[:e]
		if len(mant) > 1 && mant[1] == '.' {
			mant = mant[:1] + mant[2:]
		}
		return strings.TrimRight(mant, "0"), exp + 1
	}
}

// isFinite reports whether f is neither infinite nor NaN.
func isFinite(f float64) bool { return !math.IsInf(f, 0) && !math.IsNaN(f) }
