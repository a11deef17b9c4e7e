package pyformat

import "go.starlark.net/starlark"

// Str returns Python's str(v): built-in scalars are converted here, other
// values by h.Str.
func Str(h Hooks, v starlark.Value) (string, error) {
	switch v := v.(type) {
	case starlark.String:
		return string(v), nil
	case starlark.Bytes:
		return BytesRepr(string(v)), nil
	}
	if s, ok := scalarRepr(v); ok {
		return s, nil
	}
	return h.Str(v)
}

// Repr returns Python's repr(v): built-in scalars are converted here, other
// values by h.Repr.
func Repr(h Hooks, v starlark.Value) (string, error) {
	switch v := v.(type) {
	case starlark.String:
		return StrRepr(string(v)), nil
	case starlark.Bytes:
		return BytesRepr(string(v)), nil
	}
	if s, ok := scalarRepr(v); ok {
		return s, nil
	}
	return h.Repr(v)
}

// AsciiRepr returns Python's ascii(v): repr(v) with non-ASCII characters
// escaped.
func AsciiRepr(h Hooks, v starlark.Value) (string, error) {
	r, err := Repr(h, v)
	if err != nil {
		return "", err
	}
	return EscapeNonASCII(r), nil
}

// scalarRepr converts int, float, bool and None, whose str and repr agree.
func scalarRepr(v starlark.Value) (string, bool) {
	switch v := v.(type) {
	case starlark.Int:
		return v.String(), true
	case starlark.Float:
		return FloatRepr(float64(v)), true
	case starlark.Bool:
		return boolStr(bool(v)), true
	case starlark.NoneType:
		return "None", true
	}
	return "", false
}
