package pyformat

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// text converts v for %s, %r, %a (and %b for bytes).
func (p *pctState) text(v starlark.Value, ch rune) (string, error) {
	if p.bytes {
		if ch == 'r' || ch == 'a' {
			return AsciiRepr(p.h, v)
		}
		if b, ok := v.(starlark.Bytes); ok {
			return string(b), nil
		}
		return "", typeErr("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", truncBytes(p.h.TypeName(v), 100))
	}
	switch ch {
	case 'r':
		return Repr(p.h, v)
	case 'a':
		return AsciiRepr(p.h, v)
	}
	return Str(p.h, v)
}

func truncBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// char converts v for %c.
func (p *pctState) char(v starlark.Value) (string, error) {
	if p.bytes {
		switch v := v.(type) {
		case starlark.Bytes:
			if len(v) == 1 {
				return string(v), nil
			}
		case starlark.Int, starlark.Bool:
			n, ok := asInt(v).Int64()
			if !ok || n < 0 || n > 255 {
				return "", overflowErr("%%c arg not in range(256)")
			}
			return string([]byte{byte(n)}), nil
		}
		return "", typeErr("%%c requires an integer in range(256) or a single byte")
	}
	switch v := v.(type) {
	case starlark.String:
		if utf8.RuneCountInString(string(v)) == 1 {
			return string(v), nil
		}
	case starlark.Int, starlark.Bool:
		n, ok := asInt(v).Int64()
		if !ok || n < 0 || n > 0x10ffff {
			return "", overflowErr("%%c arg not in range(0x110000)")
		}
		return string(rune(n)), nil
	}
	return "", typeErr("%%c requires int or char")
}

// asInt returns the integer value of an Int or Bool.
func asInt(v starlark.Value) starlark.Int {
	if b, ok := v.(starlark.Bool); ok {
		return boolInt(b)
	}
	return v.(starlark.Int)
}

// pctInt converts v for %d %i %u %o %x %X (CPython's mainformatlong and
// _PyUnicode_FormatLong).
func pctInt(h Hooks, v starlark.Value, ch rune, alt bool, prec int) (string, error) {
	var i starlark.Int
	switch x := v.(type) {
	case starlark.Int, starlark.Bool:
		i = asInt(x)
	case starlark.Float:
		if ch == 'o' || ch == 'x' || ch == 'X' {
			return "", typeErr("%%%c format: an integer is required, not %s", ch, typeNameMax(h.TypeName(v)))
		}
		f := float64(x)
		if math.IsNaN(f) {
			return "", valueErr("cannot convert float NaN to integer")
		}
		if math.IsInf(f, 0) {
			return "", overflowErr("cannot convert float infinity to integer")
		}
		b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
		i = starlark.MakeBigInt(b)
	default:
		if ch == 'o' || ch == 'x' || ch == 'X' {
			return "", typeErr("%%%c format: an integer is required, not %s", ch, typeNameMax(h.TypeName(v)))
		}
		return "", typeErr("%%%c format: a real number is required, not %s", ch, typeNameMax(h.TypeName(v)))
	}
	base := 10
	prefix := ""
	switch ch {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	neg, digits := intDigits(i, base)
	if prec > MaxWidth {
		return "", errTooWide()
	}
	var b strings.Builder
	b.Grow(len(digits) + 4 + max(prec-len(digits), 0))
	if neg {
		b.WriteByte('-')
	}
	if alt {
		b.WriteString(prefix)
	}
	zeros(&b, prec-len(digits))
	b.WriteString(digits)
	if ch == 'X' {
		return strings.ToUpper(b.String()), nil
	}
	return b.String(), nil
}

// pctFloat converts v for %e %E %f %F %g %G.
func pctFloat(h Hooks, v starlark.Value, a pctArg, bytes bool) (string, error) {
	var x float64
	switch f := v.(type) {
	case starlark.Float:
		x = float64(f)
	case starlark.Int, starlark.Bool:
		var err error
		if x, err = intToFloat(asInt(f)); err != nil {
			return "", err
		}
	default:
		if bytes {
			return "", typeErr("float argument required, not %s", typeNameMax(h.TypeName(v)))
		}
		return "", typeErr("must be real number, not %s", typeNameMax(h.TypeName(v)))
	}
	prec := a.prec
	if prec < 0 {
		prec = 6
	}
	if prec > MaxWidth {
		return "", errTooWide()
	}
	var flags FloatFlags
	if a.flags&fAlt != 0 {
		flags |= FloatAlt
	}
	return FloatFormat(x, byte(a.ch), prec, flags), nil
}

// length counts characters: runes for str formats, bytes for bytes formats.
func (p *pctState) length(s string) int {
	if p.bytes {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

// output pads and writes one converted value (CPython's
// unicode_format_arg_output).
func (p *pctState) output(s string, a pctArg, sign bool) error {
	n := p.length(s)
	if (a.width == -1 || a.width <= n) && (a.prec == -1 || a.prec >= n) && a.flags&(fSign|fBlank) == 0 {
		p.out.WriteString(s)
		return nil
	}
	fill := byte(' ')
	if sign && a.flags&fZero != 0 {
		fill = '0'
	}
	if (a.ch == 's' || a.ch == 'r' || a.ch == 'a' || a.ch == 'b') && a.prec >= 0 && n > a.prec {
		if p.bytes {
			s = s[:a.prec]
		} else {
			s = truncateRunes(s, a.prec)
		}
		n = a.prec
	}
	var signch byte
	if sign {
		switch {
		case s != "" && (s[0] == '-' || s[0] == '+'):
			signch = s[0]
			s = s[1:]
			n--
		case a.flags&fSign != 0:
			signch = '+'
		case a.flags&fBlank != 0:
			signch = ' '
		default:
			sign = false
		}
	}
	width := max(a.width, n)
	if width > MaxWidth {
		return errTooWide()
	}
	out := &p.out
	if sign {
		if fill != ' ' {
			out.WriteByte(signch)
		}
		if width > n {
			width--
		}
	}
	alt := a.flags&fAlt != 0 && (a.ch == 'x' || a.ch == 'X' || a.ch == 'o')
	if alt {
		if fill != ' ' {
			out.WriteString(s[:2])
			s = s[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && a.flags&fLJust == 0 {
		for i := width - n; i > 0; i-- {
			out.WriteByte(fill)
		}
		width = n
	}
	if fill == ' ' {
		if sign {
			out.WriteByte(signch)
		}
		if alt {
			out.WriteString(s[:2])
			s = s[2:]
		}
	}
	out.WriteString(s)
	for i := width - n; i > 0; i-- {
		out.WriteByte(' ')
	}
	return nil
}
