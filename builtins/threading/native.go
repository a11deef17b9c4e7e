package threading

import (
	"fmt"
	"sort"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines helpers to build the Go-defined classes of the module.

// goMethod is the signature of a method of a Go-defined class.
type goMethod = func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// methods turns a table of Go methods into a class dict.
func methods(table map[string]goMethod) map[string]starlark.Value {
	d := make(map[string]starlark.Value, len(table))
	for name, impl := range table {
		d[name] = core.NewGoMethod(name, impl)
	}
	return d
}

// property makes a property from Go getter and (optional) setter.
func property(name string, get func(th *starlark.Thread, self starlark.Value) (starlark.Value, error),
	set func(th *starlark.Thread, self, v starlark.Value) error) *core.Property {
	p := &core.Property{Get: starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if len(args) != 1 {
			return nil, fmt.Errorf("%s: bad property call", name)
		}
		return get(th, args[0])
	})}
	if set != nil {
		p.Set = starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			if len(args) != 2 {
				return nil, fmt.Errorf("%s: bad property call", name)
			}
			return starlark.None, set(th, args[0], args[1])
		})
	}
	return p
}

// native returns the Go state of an instance of a Go-defined class, or the
// TypeError of a method applied to a foreign object.
func native[T any](self starlark.Value, class, method string) (T, error) {
	var zero T
	if inst, ok := self.(*core.Instance); ok {
		if v, ok := inst.Native.(T); ok {
			return v, nil
		}
	}
	return zero, core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, class, core.TypeName(self)))
}

// methodNames returns the sorted keys of a method table.
func methodNames(m map[string]*starlark.Builtin) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args starlark.Tuple, kwargs []starlark.Tuple) error {
	return starlark.UnpackPositionalArgs(name, args, kwargs, 0)
}

// getAttr returns attribute name of v, or the AttributeError.
func getAttr(v starlark.Value, name string) (starlark.Value, error) {
	if o, ok := v.(starlark.HasAttrs); ok {
		a, err := o.Attr(name)
		if err != nil || a != nil {
			return a, err
		}
	}
	return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", core.TypeName(v), name))
}

// callMethod calls method name of v with args.
func callMethod(th *starlark.Thread, v starlark.Value, name string, args ...starlark.Value) (starlark.Value, error) {
	m, err := getAttr(v, name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(th, m, args, nil)
}
