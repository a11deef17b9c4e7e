package core

// This file defines CallMethod, behind __pc_method: Python's own
// implementation of the methods of built-in types that Starlark lacks or
// implements differently (hidden.RoutedMethods), falling back to an
// ordinary attribute call for everything else.

import (
	"sort"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

func init() {
	initStrMethods()
	initBytesMethods()
	initListMethods()
	initNumMethods()
	installBuiltinTypes()
}

// methodImpl is one Python method of a built-in type.
type methodImpl func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// methodTables returns the table of Python methods for a built-in value.
func methodTable(x starlark.Value) map[string]methodImpl {
	switch x.(type) {
	case starlark.String:
		return strMethods
	case starlark.Bytes:
		return bytesMethods
	case *starlark.List:
		return listMethods
	case starlark.Tuple:
		return tupleMethods
	case *starlark.Dict:
		return dictMethods
	case *starlark.Set:
		return setMethods
	case starlark.Int, starlark.Bool:
		return intMethods
	case starlark.Float:
		return floatMethods
	}
	return nil
}

// routedNames lists the Python methods implemented here for x's type.
func routedNames(x starlark.Value) []string {
	t := methodTable(x)
	names := make([]string, 0, len(t))
	for k := range t {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

// CallMethod is Python's x.name(*args, **kwargs): this package's
// implementation for built-in types, else an attribute call (so that a
// script class's own format or copy method runs).
func CallMethod(th *starlark.Thread, x starlark.Value, name string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if m := methodTable(x)[name]; m != nil {
		return m(th, x, args, kwargs)
	}
	f, err := GetAttr(th, x, name)
	if err != nil {
		return nil, err
	}
	return starlark.Call(th, f, args, kwargs)
}

// __pc_method(x, name, *args, **kwargs)
func hiddenMethod(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) < 2 {
		return nil, NewError(TypeError, hidden.Method+"() needs a receiver and a method name")
	}
	name, ok := args[1].(starlark.String)
	if !ok {
		return nil, NewError(TypeError, hidden.Method+"(): method name must be a str")
	}
	return CallMethod(th, args[0], string(name), args[2:], kwargs)
}
