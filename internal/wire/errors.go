package wire

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// The exception classes of pickling, as CPython's _pickle module has them.
var (
	PickleError     = core.MustClass("PickleError", "_pickle", []*core.Class{core.Exception}, nil)
	PicklingError   = core.MustClass("PicklingError", "_pickle", []*core.Class{PickleError}, nil)
	UnpicklingError = core.MustClass("UnpicklingError", "_pickle", []*core.Class{PickleError}, nil)
)

// Unpicklable returns CPython's TypeError for a value of a type that cannot
// be pickled: "cannot pickle 'generator' object".
func Unpicklable(v starlark.Value) error {
	return core.NewError(core.TypeError, fmt.Sprintf("cannot pickle '%s' object", core.TypeName(v)))
}

// LookupFailed returns CPython's PicklingError for a function or class
// that is not found under its name: "Can't pickle <function <lambda> at
// 0x...>: attribute lookup <lambda> on __main__ failed".
func LookupFailed(v starlark.Value, name, module string) error {
	return &core.PyError{Value: core.NewException(PicklingError, starlark.String(
		fmt.Sprintf("Can't pickle %s: attribute lookup %s on %s failed", describe(v), name, module)))}
}

// LocalObject returns CPython's AttributeError for a function defined
// inside another: "Can't pickle local object 'outer.<locals>.inner'".
func LocalObject(qualname string) error {
	return core.NewError(core.AttributeError, fmt.Sprintf("Can't pickle local object '%s'", qualname))
}

// describe returns CPython's repr of a function for pickling messages.
func describe(v starlark.Value) string {
	if fn, ok := v.(*starlark.Function); ok {
		return fmt.Sprintf("<function %s at %#x>", fn.Name(), core.ID(fn))
	}
	return v.String()
}

func unpicklingError(msg string) error {
	return &core.PyError{Value: core.NewException(UnpicklingError, starlark.String(msg))}
}

func recursionError() error {
	return core.NewError(core.RecursionError, "maximum recursion depth exceeded while pickling an object")
}

// withWhere appends " (while sending WHERE)" to the message of a Python
// exception raised by the encoder.
func withWhere(err error, where string) error {
	pe, ok := err.(*core.PyError)
	if !ok || where == "" {
		return err
	}
	st := pe.State()
	if st == nil || len(st.Args) != 1 {
		return err
	}
	s, ok := st.Args[0].(starlark.String)
	if !ok {
		return err
	}
	exc := core.NewException(pe.Value.Class, starlark.String(string(s)+" (while sending "+where+")"))
	return &core.PyError{Value: exc}
}
