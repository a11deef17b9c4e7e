package threading

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the access to the Go state of the module's class
// instances and the argument checks and method calls their methods share.

// native returns the Go state of the receiver of method b, an instance of
// a class of this module, or the TypeError of a method applied to a
// foreign object (Condition.wait(3)).
func native[T any](b *starlark.Builtin, class string) (T, error) {
	var zero T
	if inst, ok := b.Receiver().(*core.Instance); ok {
		if v, ok := inst.Native.(T); ok {
			return v, nil
		}
	}
	return zero, descriptorError(b.Name(), class, b.Receiver())
}

// nativeOf is native for a property getter or setter of recv.
func nativeOf[T any](recv starlark.Value, class, name string) (T, error) {
	var zero T
	if inst, ok := recv.(*core.Instance); ok {
		if v, ok := inst.Native.(T); ok {
			return v, nil
		}
	}
	return zero, descriptorError(name, class, recv)
}

func descriptorError(name, class string, recv starlark.Value) error {
	return core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, class, core.TypeName(recv)))
}

// noArgs checks that method b got no arguments.
func noArgs(b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0)
}

// callMethod calls method name of v with args.
func callMethod(th *starlark.Thread, v starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	return core.CallMethod(th, v, name, args, nil)
}
