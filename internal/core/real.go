package core

// This file defines Real and Index, the conversions of number arguments:
// a "real number" (int, float or bool) to a float64 and an integer (int,
// bool, or an instance with __index__) to an int, as CPython's functions
// that take them do.

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

// Index is Python's operator.index(v) for an integer argument: an int, a
// bool, or an instance whose __index__ returns an int (called on th);
// TypeError "'float' object cannot be interpreted as an integer" for other
// values.
func Index(th *starlark.Thread, v starlark.Value) (starlark.Int, error) { return indexValue(th, v) }
