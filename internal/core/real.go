package core

// This file defines Real, the conversion of a "real number" argument (int,
// float or bool) to a float64, as CPython's float-taking functions do.

import (
	"fmt"

	"go.starlark.net/starlark"
)

// Real converts an int, float or bool argument to a float64, with
// CPython's TypeError "must be real number, not str" for other types. An
// int too large for a float gives +Inf or -Inf; callers that must refuse
// it (math) check for that themselves.
func Real(v starlark.Value) (float64, error) {
	switch v := v.(type) {
	case starlark.Float:
		return float64(v), nil
	case starlark.Int:
		return float64(v.Float()), nil
	case starlark.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, NewError(TypeError, fmt.Sprintf("must be real number, not %s", TypeName(v)))
}
