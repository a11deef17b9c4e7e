package core

// This file defines the hidden built-ins of import statements (__pc_import,
// __pc_importfrom, __pc_importstar), the resolution of relative imports,
// the import errors CPython raises, and Module.SetGlobals, by which the
// importer fills a module from its top level.

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"

	"github.com/pyconc/pyconc/internal/hidden"
)

// NewModuleNotFound returns ModuleNotFoundError(msg) with its name
// attribute set to the module's dotted name, as CPython's import raises it.
func NewModuleNotFound(name, msg string) error {
	exc := NewException(ModuleNotFoundError, starlark.String(msg))
	exc.SetOwn("name", starlark.String(name))
	return &PyError{Value: exc}
}

// NotFoundName returns the name attribute of a ModuleNotFoundError (the
// module that was not found), or "" when err is not one.
func NotFoundName(err error) string {
	pe, ok := err.(*PyError)
	if !ok || !pe.Value.Class.IsSubclass(ModuleNotFoundError) {
		return ""
	}
	v, _ := pe.Value.GetOwn("name")
	s, _ := starlark.AsString(v)
	return s
}

// importModule imports the module of an absolute dotted name through
// Runtime.Import. The hook returns a nil value and a nil error when no
// module of that name exists.
func importModule(th *starlark.Thread, name string) (starlark.Value, error) {
	rt := RuntimeOf(th)
	if rt != nil && rt.Import != nil {
		m, err := rt.Import(th, name)
		if err != nil || m != nil {
			return m, err
		}
	}
	return nil, NewModuleNotFound(name, fmt.Sprintf("No module named '%s'", name))
}

// pcImport is __pc_import(dotted, leaf); see hidden.Import.
func pcImport(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var dotted string
	var leaf bool
	if err := starlark.UnpackPositionalArgs(hidden.Import, args, kwargs, 2, &dotted, &leaf); err != nil {
		return nil, err
	}
	if strings.HasPrefix(dotted, ".") {
		abs, err := resolveRelative(th, dotted)
		if err != nil {
			return nil, err
		}
		dotted = abs
	}
	m, err := importModule(th, dotted)
	if err != nil || leaf {
		return m, err
	}
	top, _, found := strings.Cut(dotted, ".")
	if !found {
		return m, nil
	}
	return importModule(th, top)
}

// resolveRelative turns a relative name (".mod", "..", "..pkg.mod") into an
// absolute one against the package of the module whose code imports it
// (its __package__), with CPython's errors.
func resolveRelative(th *starlark.Thread, dotted string) (string, error) {
	level := len(dotted) - len(strings.TrimLeft(dotted, "."))
	rest := dotted[level:]
	pkg := callerPackage(th)
	if pkg == "" {
		return "", NewError(ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level > len(parts) {
		return "", NewError(ImportError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if rest == "" {
		return base, nil
	}
	return base + "." + rest, nil
}

// callerPackage returns __package__ of the module whose code calls the
// running built-in ("" when it is None or absent, as in a main script).
func callerPackage(th *starlark.Thread) string {
	for depth := 1; depth < th.CallStackDepth(); depth++ {
		if fn, ok := th.DebugFrame(depth).Callable().(*starlark.Function); ok {
			s, _ := starlark.AsString(fn.Module().Predeclared()["__package__"])
			return s
		}
	}
	return ""
}

// FunctionModule returns the name of the module that defines fn (its
// __module__): the __name__ its module was run with ("__main__",
// "__mp_main__", "pkg.mod").
func FunctionModule(fn *starlark.Function) string {
	if s, ok := starlark.AsString(fn.Module().Predeclared()["__name__"]); ok {
		return s
	}
	return "__main__"
}

// pcImportFrom is __pc_importfrom(module, name); see hidden.ImportFrom. A
// name that is not an attribute may be a submodule (from multiprocessing
// import pool): it is imported, as CPython's import does for the names of
// a from-list.
func pcImportFrom(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var module starlark.Value
	var name string
	if err := starlark.UnpackPositionalArgs(hidden.ImportFrom, args, kwargs, 2, &module, &name); err != nil {
		return nil, err
	}
	if v, err := moduleAttr(module, name); err != nil || v != nil {
		return v, err
	}
	modName, location := moduleNameOf(module)
	rt := RuntimeOf(th)
	if rt != nil && rt.Import != nil && modName != "" {
		full := modName + "." + name
		m, err := rt.Import(th, full)
		if err != nil && NotFoundName(err) != full {
			return nil, err
		}
		if err == nil && m != nil {
			return m, nil
		}
	}
	var msg string
	if rt != nil && rt.Initializing != nil && rt.Initializing(module) {
		msg = fmt.Sprintf("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, modName, location)
	} else {
		msg = fmt.Sprintf("cannot import name '%s' from '%s' (%s)", name, modName, location)
	}
	exc := NewException(ImportError, starlark.String(msg))
	exc.SetOwn("name", starlark.String(modName))
	if location != "unknown location" {
		exc.SetOwn("path", starlark.String(location))
	}
	return nil, &PyError{Value: exc}
}

// moduleAttr returns attribute name of module, or nil and no error when it
// has none.
func moduleAttr(module starlark.Value, name string) (starlark.Value, error) {
	v, err := optionalAttr(module, name)
	if err != nil || v == nil {
		return nil, err
	}
	return Unwrap(v), nil
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

// SetGlobals makes the module's members the globals of its top level
// (added to or replacing members of the same name; members the module was
// given otherwise, such as a submodule set on its package, stay). The
// importer calls it when the top level has run, and part way for a
// circular import. Cells are stored as they are, shared with the module's
// functions.
func (m *Module) SetGlobals(globals starlark.StringDict) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k, v := range globals {
		m.members[k] = v
	}
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
		if it, ok := Unwrap(all).(starlark.Iterable); ok {
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
	modName, _ := moduleNameOf(module)
	rt := RuntimeOf(th)
	for _, n := range names {
		v, err := moduleAttr(module, n)
		if err != nil {
			return nil, err
		}
		if v == nil && rt != nil && rt.Import != nil && modName != "" {
			// A name of __all__ that is not yet an attribute: a submodule,
			// imported as CPython's import does for "from pkg import *".
			full := modName + "." + n
			if v, err = rt.Import(th, full); err != nil && NotFoundName(err) != full {
				return nil, err
			}
		}
		if v == nil {
			return nil, NewError(AttributeError, fmt.Sprintf("module '%s' has no attribute '%s'", modName, n))
		}
		if err := d.SetKey(starlark.String(n), Unwrap(v)); err != nil {
			return nil, err
		}
	}
	return d, nil
}
