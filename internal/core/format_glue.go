package core

// This file connects the runtime to package pyformat, which has the one
// repr of floats, str and bytes: format(), %-formatting and str.format go
// through a Hooks value that gives pyformat Python's
// str/repr/__format__/getattr/getitem of any value.

import (
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/pyformat"
)

// hooks implements pyformat.Hooks on a thread.
type hooks struct{ th *starlark.Thread }

var (
	_ pyformat.Hooks        = hooks{}
	_ pyformat.MappingHooks = hooks{}
)

// Str returns str(v).
func (h hooks) Str(v starlark.Value) (string, error) { return Str(h.th, v) }

// Repr returns repr(v).
func (h hooks) Repr(v starlark.Value) (string, error) { return Repr(h.th, v) }

// Format calls v.__format__(spec) when v's class defines it.
func (h hooks) Format(v starlark.Value, spec string) (string, bool, error) {
	r, found, err := callSpecial(h.th, v, "__format__", starlark.String(spec))
	if err != nil || !found {
		return "", found, err
	}
	s, ok := r.(starlark.String)
	if !ok {
		return "", true, NewError(TypeError, "__format__ must return a str, not "+TypeName(r))
	}
	return string(s), true, nil
}

// GetAttr returns v.name.
func (h hooks) GetAttr(v starlark.Value, name string) (starlark.Value, error) {
	return GetAttr(h.th, v, name)
}

// GetItem returns v[key].
func (h hooks) GetItem(v, key starlark.Value) (starlark.Value, error) {
	return GetItem(h.th, v, key)
}

// TypeName returns Python's type name of v.
func (h hooks) TypeName(v starlark.Value) string { return TypeName(v) }

// IsMapping reports whether v has __getitem__ (CPython's test for the
// mapping argument of %-formatting).
func (h hooks) IsMapping(v starlark.Value) bool {
	switch x := v.(type) {
	case *starlark.Dict, *starlark.List, starlark.Bytes:
		return true
	case *Instance:
		return special(x, "__getitem__") != nil
	}
	return false
}

// formatError turns a *pyformat.Error into the Python exception it names.
func formatError(err error) error {
	fe, ok := err.(*pyformat.Error)
	if !ok {
		return err
	}
	cls := ExceptionClasses()[fe.Type]
	if cls == nil {
		cls = ValueError
	}
	if cls == KeyError {
		return &PyError{Value: NewException(KeyError, parseKeyRepr(fe.Msg))}
	}
	if fe.Msg == "" {
		return &PyError{Value: NewException(cls)}
	}
	return NewError(cls, fe.Msg)
}

// parseKeyRepr recovers the key of a KeyError from its repr ('k' or 3).
func parseKeyRepr(s string) starlark.Value {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return starlark.MakeInt64(n)
	}
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] && !strings.ContainsRune(s[1:len(s)-1], '\\') {
		return starlark.String(s[1 : len(s)-1])
	}
	return starlark.String(s)
}

// Format is Python's format(v, spec): __format__ of instances, the
// format-spec mini-language for numbers and str.
func Format(th *starlark.Thread, v starlark.Value, spec string) (string, error) {
	s, err := pyformat.FormatValue(hooks{th}, v, spec)
	return s, formatError(err)
}

// percentFormat is Python's format % args for str and bytes.
func percentFormat(th *starlark.Thread, format starlark.Value, args starlark.Value) (starlark.Value, error) {
	switch f := format.(type) {
	case starlark.Bytes:
		s, err := pyformat.PercentBytes(hooks{th}, string(f), args)
		if err != nil {
			return nil, formatError(err)
		}
		return starlark.Bytes(s), nil
	case starlark.String:
		s, err := pyformat.Percent(hooks{th}, string(f), args)
		if err != nil {
			return nil, formatError(err)
		}
		return starlark.String(s), nil
	}
	return nil, unsupportedOperands("%", format, args)
}

// strFormat is Python's str.format.
func strFormat(th *starlark.Thread, format string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := pyformat.StrFormat(hooks{th}, format, args, kwargs)
	if err != nil {
		return nil, formatError(err)
	}
	return starlark.String(s), nil
}

// strFormatMap is Python's str.format_map.
func strFormatMap(th *starlark.Thread, format string, mapping starlark.Value) (starlark.Value, error) {
	s, err := pyformat.StrFormatMap(hooks{th}, format, mapping)
	if err != nil {
		return nil, formatError(err)
	}
	return starlark.String(s), nil
}
