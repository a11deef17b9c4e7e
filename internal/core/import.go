package core

// This file defines the hidden built-ins of import statements (__pc_import,
// __pc_importfrom, __pc_importstar), the built-in __import__, the
// resolution of relative imports, the import errors CPython raises,
// Module.SetGlobals, by which the importer fills a module from its top
// level, and the call of a module's own __getattr__.

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
	return resolveName(dotted[level:], callerPackage(th), level)
}

// resolveName returns the absolute name of name imported level packages
// up from package pkg ("" when unknown), with CPython's errors.
func resolveName(name, pkg string, level int) (string, error) {
	if pkg == "" {
		return "", NewError(ImportError, "attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level > len(parts) {
		return "", NewError(ImportError, "attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// builtinImport is the built-in __import__(name, globals=None,
// locals=None, fromlist=(), level=0), as CPython's: it imports name
// (relative to the package globals describe when level > 0) and returns
// the top-level package, or, with a fromlist, the module itself after
// importing the submodules the fromlist names.
func builtinImport(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var namev, globals, locals, fromlist starlark.Value = nil, nil, starlark.None, starlark.Tuple{}
	level := 0
	if err := starlark.UnpackArgs("__import__", args, kwargs, "name", &namev, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
		return nil, err
	}
	name, ok := starlark.AsString(namev)
	if !ok {
		return nil, NewError(TypeError, "module name must be a string")
	}
	if level < 0 {
		return nil, NewError(ValueError, "level must be >= 0")
	}
	abs := name
	if level > 0 {
		pkg, err := globalsPackage(globals)
		if err != nil {
			return nil, err
		}
		if abs, err = resolveName(name, pkg, level); err != nil {
			return nil, err
		}
	} else if name == "" {
		return nil, NewError(ValueError, "Empty module name")
	}
	module, err := importModule(th, abs)
	if err != nil {
		return nil, err
	}
	if fromlist == starlark.None || !fromlist.Truth() {
		top, _, _ := strings.Cut(name, ".")
		switch {
		case level == 0:
			return importModule(th, top)
		case name == "":
			return module, nil
		}
		// The package the first part of name is in, as high as name is deep.
		return importModule(th, abs[:len(abs)-(len(name)-len(top))])
	}
	return module, importFromList(th, module, abs, fromlist, false)
}

// globalsPackage returns the package a relative __import__ is resolved
// against: globals' __package__, or its __name__ (without the last part
// unless globals has __path__), with CPython's errors (globals is nil when
// absent).
func globalsPackage(globals starlark.Value) (string, error) {
	if _, isDict := globals.(*starlark.Dict); globals != nil && !isDict {
		return "", NewError(TypeError, "globals must be a dict")
	}
	get := func(key string) starlark.Value {
		if m, ok := globals.(starlark.Mapping); ok {
			if v, found, _ := m.Get(starlark.String(key)); found {
				return v
			}
		}
		return nil
	}
	if pkg := get("__package__"); pkg != nil && pkg != starlark.None {
		s, ok := starlark.AsString(pkg)
		if !ok {
			return "", NewError(TypeError, "package must be a string")
		}
		return s, nil
	}
	namev := get("__name__")
	if namev == nil {
		return "", NewError(KeyError, "'__name__' not in globals")
	}
	name, ok := starlark.AsString(namev)
	if !ok {
		return "", NewError(TypeError, "__name__ must be a string")
	}
	if get("__path__") == nil {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			return name[:i], nil
		}
		return "", nil
	}
	return name, nil
}

// importFromList imports the names of a from-list that are not attributes
// of module as its submodules ("*": the names of its __all__), leaving out
// those that do not exist, as CPython's _handle_fromlist.
func importFromList(th *starlark.Thread, module starlark.Value, name string, fromlist starlark.Value, recursive bool) error {
	it, ok := fromlist.(starlark.Iterable)
	if !ok {
		return NewError(TypeError, fmt.Sprintf("'%s' object is not iterable", TypeName(fromlist)))
	}
	var items []starlark.Value
	iter := it.Iterate()
	var x starlark.Value
	for iter.Next(&x) {
		items = append(items, x)
	}
	iter.Done()
	for _, x := range items {
		s, ok := starlark.AsString(x)
		if !ok {
			where := "``from list''"
			if recursive {
				where = name + ".__all__"
			}
			return NewError(TypeError, fmt.Sprintf("Item in %s must be str, not %s", where, TypeName(x)))
		}
		if s == "*" {
			if all, err := moduleAttr(module, "__all__"); err == nil && all != nil && !recursive {
				if err := importFromList(th, module, name, all, true); err != nil {
					return err
				}
			}
			continue
		}
		if v, err := moduleAttr(module, s); err != nil || v != nil {
			continue
		}
		full := name + "." + s
		if _, err := importModule(th, full); err != nil && NotFoundName(err) != full {
			return err
		}
	}
	return nil
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

// moduleGetattr calls the module's own __getattr__ function (PEP 562) for
// an attribute name it lacks, on the thread holding the interpreter lock;
// ok is false when the module has none (or no runtime to call it on).
func (m *Module) moduleGetattr(name string) (v starlark.Value, ok bool, err error) {
	if m.Runtime == nil || name == "__getattr__" {
		return nil, false, nil
	}
	m.mu.Lock()
	fn := Unwrap(m.members["__getattr__"])
	m.mu.Unlock()
	c, isCallable := fn.(starlark.Callable)
	if !isCallable {
		return nil, false, nil
	}
	th := m.Runtime.GIL.Holder()
	if th == nil {
		return nil, false, nil
	}
	v, err = starlark.Call(th, c, starlark.Tuple{starlark.String(name)}, nil)
	return v, true, err
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
