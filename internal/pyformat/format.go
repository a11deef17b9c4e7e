package pyformat

import (
	"go.starlark.net/starlark"
)

// FormatValue returns Python's format(v, spec).
//
// int, bool, float, str and None are formatted here with the full
// format-spec mini-language; other values go to h.Format, and when that
// reports no __format__, to object.__format__ (str(v) for an empty spec,
// otherwise a TypeError).
func FormatValue(h Hooks, v starlark.Value, spec string) (string, error) {
	switch v := v.(type) {
	case starlark.String:
		return formatStr(h, v, string(v), spec)
	case starlark.Int:
		if spec == "" {
			return v.String(), nil
		}
		return formatInt(h, v, v, spec)
	case starlark.Bool:
		if spec == "" {
			return boolStr(bool(v)), nil
		}
		i := starlark.MakeInt(0)
		if v {
			i = starlark.MakeInt(1)
		}
		return formatInt(h, v, i, spec)
	case starlark.Float:
		if spec == "" {
			return FloatRepr(float64(v)), nil
		}
		return formatFloat(h, v, float64(v), spec)
	case starlark.NoneType, starlark.Bytes:
		return objectFormat(h, v, spec)
	}
	s, ok, err := h.Format(v, spec)
	if err != nil || ok {
		return s, err
	}
	return objectFormat(h, v, spec)
}

// objectFormat is object.__format__: str(v) for an empty spec, else an error.
func objectFormat(h Hooks, v starlark.Value, spec string) (string, error) {
	if spec != "" {
		return "", typeErr("unsupported format string passed to %s.__format__", typeNameMax(h.TypeName(v)))
	}
	return Str(h, v)
}

// formatStr is str.__format__ (format_string_internal).
func formatStr(h Hooks, v starlark.Value, s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	f, err := parseSpec(spec, h.TypeName(v), 's', '<')
	if err != nil {
		return "", err
	}
	if f.typ != 's' {
		return "", unknownCode(f.typ, h.TypeName(v))
	}
	switch {
	case f.sign == ' ':
		return "", valueErr("Space not allowed in string format specifier")
	case f.sign != 0:
		return "", valueErr("Sign not allowed in string format specifier")
	case f.noNeg0:
		return "", valueErr("Negative zero coercion (z) not allowed in string format specifier")
	case f.alternate:
		return "", valueErr("Alternate form (#) not allowed in string format specifier")
	case f.align == '=':
		return "", valueErr("'=' alignment not allowed in string format specifier")
	}
	if f.precision >= 0 {
		s = truncateRunes(s, f.precision)
	}
	return padString(&f, s)
}

// truncateRunes returns the first n characters of s.
func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

func boolStr(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
