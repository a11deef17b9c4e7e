package core

// This file defines the hidden built-ins of variables: __pc_cell,
// __pc_undefined and the __pc_del marker.

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// Deleted is the value of __pc_del, stored by "del x" for a plain
// variable; cells and modules treat it as unbound.
var Deleted starlark.Value = deletedMarker{}

// deletedMarker is the type of Deleted.
type deletedMarker struct{}

// String, Type, Freeze, Truth and Hash make deletedMarker a starlark.Value.
func (deletedMarker) String() string        { return "<deleted>" }
func (deletedMarker) Type() string          { return "deleted" }
func (deletedMarker) Freeze()               {}
func (deletedMarker) Truth() starlark.Bool  { return starlark.False }
func (deletedMarker) Hash() (uint32, error) { return 0, nil }

// pcCell is __pc_cell(name, kind); see hidden.Cell.
func pcCell(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name, kind string
	if err := starlark.UnpackPositionalArgs(hidden.Cell, args, kwargs, 2, &name, &kind); err != nil {
		return nil, err
	}
	switch kind {
	case "global", "local":
	default:
		return nil, fmt.Errorf("%s: kind must be \"global\" or \"local\", not %q", hidden.Cell, kind)
	}
	return NewCell(name, kind == "global"), nil
}

// pcUndefined is __pc_undefined(name); see hidden.Undefined.
func pcUndefined(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(hidden.Undefined, args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	exc := NewException(NameError, starlark.String(fmt.Sprintf("name '%s' is not defined", name)))
	exc.SetOwn("name", starlark.String(name))
	return nil, &PyError{Value: exc}
}
