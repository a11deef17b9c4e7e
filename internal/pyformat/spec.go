package pyformat

import (
	"math"
	"unicode"
)

// Separator kinds of a format spec's grouping option.
const (
	sepNone      = 0
	sepComma     = ','
	sepUnderline = '_'
)

// formatSpec is a parsed format-spec mini-language string, as CPython's
// InternalFormatSpec.
type formatSpec struct {
	fill      rune
	align     rune // '<', '>', '^', '=' (after defaults are applied)
	sign      rune // 0, '+', '-', ' '
	noNeg0    bool // 'z'
	alternate bool // '#'
	width     int  // -1 if absent
	sep       rune // sepNone, sepComma or sepUnderline
	sepEvery  int  // digits per group: 3, or 4 for '_' with b/o/x/X
	precision int  // -1 if absent
	typ       rune // presentation type, or the default passed in
}

func isAlign(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseSpec is a port of CPython's parse_internal_render_format_spec.
// typeName is used in the "Invalid format specifier" message.
func parseSpec(spec string, typeName string, defType, defAlign rune) (formatSpec, error) {
	s := []rune(spec)
	f := formatSpec{fill: ' ', align: defAlign, width: -1, precision: -1, typ: defType, sepEvery: 3}
	pos, end := 0, len(s)
	fillSpecified, alignSpecified := false, false
	if end-pos >= 2 && isAlign(s[pos+1]) {
		f.align, f.fill = s[pos+1], s[pos]
		fillSpecified, alignSpecified = true, true
		pos += 2
	} else if end-pos >= 1 && isAlign(s[pos]) {
		f.align = s[pos]
		alignSpecified = true
		pos++
	}
	if end-pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ') {
		f.sign = s[pos]
		pos++
	}
	if end-pos >= 1 && s[pos] == 'z' {
		f.noNeg0 = true
		pos++
	}
	if end-pos >= 1 && s[pos] == '#' {
		f.alternate = true
		pos++
	}
	if !fillSpecified && end-pos >= 1 && s[pos] == '0' {
		f.fill = '0'
		if !alignSpecified && defAlign == '>' {
			f.align = '='
		}
		pos++
	}
	n, consumed, err := specInteger(s, &pos)
	if err != nil {
		return f, err
	}
	if consumed > 0 {
		f.width = n
	}
	if end-pos >= 1 && s[pos] == ',' {
		f.sep = sepComma
		pos++
	}
	if end-pos >= 1 && s[pos] == '_' {
		if f.sep != sepNone {
			return f, valueErr("Cannot specify both ',' and '_'.")
		}
		f.sep = sepUnderline
		pos++
	}
	if end-pos >= 1 && s[pos] == ',' && f.sep == sepUnderline {
		return f, valueErr("Cannot specify both ',' and '_'.")
	}
	if end-pos >= 1 && s[pos] == '.' {
		pos++
		n, consumed, err := specInteger(s, &pos)
		if err != nil {
			return f, err
		}
		if consumed == 0 {
			return f, valueErr("Format specifier missing precision")
		}
		f.precision = n
	}
	if end-pos > 1 {
		return f, valueErr("Invalid format specifier '%s' for object of type '%s'", spec, typeNameMax(typeName))
	}
	if end-pos == 1 {
		f.typ = s[pos]
	}
	if f.sep != sepNone {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.sep == sepUnderline {
				f.sepEvery = 4
				break
			}
			fallthrough
		default:
			if f.typ > 32 && f.typ < 128 {
				return f, valueErr("Cannot specify '%c' with '%c'.", f.sep, f.typ)
			}
			return f, valueErr("Cannot specify '%c' with '\\x%x'.", f.sep, f.typ)
		}
	}
	return f, nil
}

// specInteger reads a run of decimal digits (any Unicode decimal digit, as
// CPython's Py_UNICODE_TODECIMAL) at *pos.
func specInteger(s []rune, pos *int) (n, consumed int, err error) {
	for *pos < len(s) {
		d := decimalValue(s[*pos])
		if d < 0 {
			break
		}
		if n > (math.MaxInt-d)/10 {
			return 0, 0, valueErr("Too many decimal digits in format string")
		}
		n = n*10 + d
		*pos++
		consumed++
	}
	return n, consumed, nil
}

// decimalValue returns the value of a Unicode decimal digit (category Nd),
// or -1. Nd code points come in contiguous runs of complete 0..9 sets.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// unknownCode is CPython's unknown_presentation_type message.
func unknownCode(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return valueErr("Unknown format code '%c' for object of type '%s'", typ, typeNameMax(typeName))
	}
	return valueErr("Unknown format code '\\x%x' for object of type '%s'", typ, typeNameMax(typeName))
}
