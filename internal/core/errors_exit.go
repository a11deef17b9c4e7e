package core

// This file defines ExitCode: the process exit status of SystemExit.

import (
	"errors"
	"fmt"
	"io"
	"os"

	"go.starlark.net/starlark"
)

// ExitCode reports whether err is (or wraps) a SystemExit exception and the
// exit status it asks for, as CPython computes it: code None gives 0, an
// int gives that int (True 1, False 0), anything else is printed to
// standard error (the runtime's, when the exception belongs to one) and
// gives 1.
func ExitCode(err error) (code int, isSystemExit bool) {
	var pe *PyError
	if !errors.As(err, &pe) || !pe.Value.Class.IsSubclass(SystemExit) {
		return 0, false
	}
	v, ok := pe.Value.GetOwn("code")
	if !ok {
		v = starlark.None
		if args := ExcStateOf(pe.Value).Args; len(args) == 1 {
			v = args[0]
		} else if len(args) > 1 {
			v = args
		}
	}
	switch c := v.(type) {
	case starlark.NoneType:
		return 0, true
	case starlark.Bool:
		if c {
			return 1, true
		}
		return 0, true
	case starlark.Int:
		if n, ok := c.Int64(); ok {
			return int(n), true
		}
		return -1, true
	}
	var w io.Writer = os.Stderr
	if rt := pe.Value.Runtime(); rt != nil && rt.Stderr != nil {
		w = rt.Stderr
	}
	msg, _ := strTh(nil, v)
	fmt.Fprintln(w, msg)
	return 1, true
}
