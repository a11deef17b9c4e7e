package core

// This file defines the hidden built-ins of import statements: __pc_import,
// __pc_importfrom and __pc_importstar.

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/pyconc/pyconc/internal/hidden"
)

// importModule loads a module through Runtime.Import. The hook returns a
// nil value and a nil error when no module of that name exists, which
// becomes ModuleNotFoundError "No module named 'x'".
func importModule(th *starlark.Thread, name string) (starlark.Value, error) {
	rt := RuntimeOf(th)
	if rt != nil && rt.Import != nil {
		m, err := rt.Import(th, name)
		if err != nil || m != nil {
			return m, err
		}
	}
	exc := NewException(ModuleNotFoundError, starlark.String(fmt.Sprintf("No module named '%s'", name)))
	exc.SetOwn("name", starlark.String(name))
	return nil, &PyError{Value: exc}
}

// pcImport is __pc_import(dotted, leaf); see hidden.Import.
func pcImport(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var dotted string
	var leaf bool
	if err := starlark.UnpackPositionalArgs(hidden.Import, args, kwargs, 2, &dotted, &leaf); err != nil {
		return nil, err
	}
	parts := strings.Split(dotted, ".")
	var top starlark.Value
	for i := range parts {
		m, err := importModule(th, strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		}
		if i == len(parts)-1 && leaf {
			return m, nil
		}
	}
	return top, nil
}

// pcImportFrom is __pc_importfrom(module, name); see hidden.ImportFrom. A
// name that is not an attribute may be a submodule (from multiprocessing
// import pool).
func pcImportFrom(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var module starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs(hidden.ImportFrom, args, kwargs, 2, &module, &name); err != nil {
		return nil, err
	}
	if ha, ok := module.(starlark.HasAttrs); ok {
		v, err := ha.Attr(name)
		if err != nil && !Matches(err, AttributeError) {
			return nil, err
		}
		if v != nil && err == nil {
			return Unwrap(v), nil
		}
	}
	modName, location := moduleNameOf(module)
	if rt := RuntimeOf(th); rt != nil && rt.Import != nil && modName != "" {
		m, err := rt.Import(th, modName+"."+name)
		if err != nil && !Matches(err, ModuleNotFoundError) {
			return nil, err
		}
		if err == nil && m != nil {
			return m, nil
		}
	}
	exc := NewException(ImportError, starlark.String(fmt.Sprintf("cannot import name '%s' from '%s' (%s)", name, modName, location)))
	exc.SetOwn("name", starlark.String(modName))
	return nil, &PyError{Value: exc}
}

// moduleNameOf returns a module's name and the location ImportError shows:
// its file, or "unknown location".
func moduleNameOf(module starlark.Value) (name, location string) {
	location = "unknown location"
	switch m := module.(type) {
	case *Module:
		name = m.Name
		if m.File != "" {
			location = m.File
		}
	case *starlarkstruct.Module:
		name = m.Name
	default:
		if ha, ok := module.(starlark.HasAttrs); ok {
			if v, err := ha.Attr("__name__"); err == nil && v != nil {
				name, _ = starlark.AsString(v)
			}
		}
	}
	return name, location
}

// pcImportStar is __pc_importstar(module); see hidden.ImportStar: the
// names listed by __all__, else every name not starting with "_".
func pcImportStar(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var module starlark.Value
	if err := starlark.UnpackPositionalArgs(hidden.ImportStar, args, kwargs, 1, &module); err != nil {
		return nil, err
	}
	ha, ok := module.(starlark.HasAttrs)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not a module", TypeName(module)))
	}
	var names []string
	if all, err := ha.Attr("__all__"); err == nil && all != nil {
		if it, ok := all.(starlark.Iterable); ok {
			iter := it.Iterate()
			var x starlark.Value
			for iter.Next(&x) {
				s, ok := starlark.AsString(x)
				if !ok {
					iter.Done()
					return nil, NewError(TypeError, fmt.Sprintf("Item in %s.__all__ must be str, not %s", ReprNoThread(module), TypeName(x)))
				}
				names = append(names, s)
			}
			iter.Done()
		}
	} else {
		for _, n := range ha.AttrNames() {
			if !strings.HasPrefix(n, "_") {
				names = append(names, n)
			}
		}
		sort.Strings(names)
	}
	d := starlark.NewDict(len(names))
	for _, n := range names {
		v, err := ha.Attr(n)
		if err != nil {
			return nil, err
		}
		if v == nil {
			modName, _ := moduleNameOf(module)
			return nil, NewError(AttributeError, fmt.Sprintf("module '%s' has no attribute '%s'", modName, n))
		}
		if err := d.SetKey(starlark.String(n), Unwrap(v)); err != nil {
			return nil, err
		}
	}
	return d, nil
}
