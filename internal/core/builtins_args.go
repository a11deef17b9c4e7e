package core

// This file defines argument decoding for the built-ins: Starlark's
// UnpackArgs with its messages turned into Python's TypeErrors.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
)

// unpackArgs is starlark.UnpackArgs reporting TypeError with Python's wording.
func unpackArgs(fname string, args starlark.Tuple, kwargs []starlark.Tuple, pairs ...any) error {
	if err := starlark.UnpackArgs(fname, args, kwargs, pairs...); err != nil {
		return argError(fname, err)
	}
	return nil
}

// unpackPositional is starlark.UnpackPositionalArgs reporting TypeError
// with Python's wording.
func unpackPositional(fname string, args starlark.Tuple, kwargs []starlark.Tuple, min int, vars ...any) error {
	if len(kwargs) > 0 {
		return NewError(TypeError, fmt.Sprintf("%s() takes no keyword arguments", fname))
	}
	if len(args) < min || len(args) > len(vars) {
		return arityError(fname, len(args), min, len(vars))
	}
	if err := starlark.UnpackPositionalArgs(fname, args, nil, min, vars...); err != nil {
		return argError(fname, err)
	}
	return nil
}

// arityError is Python's message for a wrong number of positional arguments.
func arityError(fname string, got, min, max int) error {
	switch {
	case min == max && max == 1:
		return NewError(TypeError, fmt.Sprintf("%s() takes exactly one argument (%d given)", fname, got))
	case min == max && max == 0:
		return NewError(TypeError, fmt.Sprintf("%s() takes no arguments (%d given)", fname, got))
	case got < min:
		return NewError(TypeError, fmt.Sprintf("%s expected at least %d argument%s, got %d", fname, min, plural(min), got))
	}
	return NewError(TypeError, fmt.Sprintf("%s expected at most %d argument%s, got %d", fname, max, plural(max), got))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

var (
	reTooMany  = lazyRegexp(`^got (\d+) arguments, want at most (\d+)$`)
	reMissing  = lazyRegexp(`^missing argument for (\w+)$`)
	reUnexpKw  = lazyRegexp(`^unexpected keyword argument (\w+)`)
	reMultiple = lazyRegexp(`^got multiple values for keyword argument (\w+)$`)
	reParam    = lazyRegexp(`^for parameter (\w+): got (\w+), want (\w+)$`)
)

// argError rewrites an UnpackArgs error as a Python TypeError.
func argError(fname string, err error) error {
	if _, ok := pyErrOf(err); ok {
		return err
	}
	msg := strings.TrimPrefix(err.Error(), fname+": ")
	if m := reTooMany.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s() takes at most %s arguments (%s given)", fname, m[2], m[1])
	} else if m := reMissing.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s() missing required argument '%s'", fname, m[1])
	} else if m := reUnexpKw.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fname, m[1])
	} else if m := reMultiple.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s() got multiple values for argument '%s'", fname, m[1])
	} else if m := reParam.FindStringSubmatch(msg); m != nil {
		msg = fmt.Sprintf("%s() argument '%s' must be %s, not %s", fname, m[1], pyTypeWord(m[3]), pyTypeWord(m[2]))
	} else {
		msg = fname + "(): " + msg
	}
	return NewError(TypeError, msg)
}

// pyTypeWord turns Starlark's type words into Python's.
func pyTypeWord(s string) string {
	if s == "string" {
		return "str"
	}
	return s
}

// builtin makes a named built-in function.
func builtin(name string, fn func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(th, args, kwargs)
	})
}
