package core

// This file builds classes from class statements (__pc_class) and from
// type(name, bases, dict).

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
)

// BuildClass creates a class from a class statement: bases (empty means
// object), ns the class body's names in definition order.
func BuildClass(name string, bases starlark.Tuple, ns *starlark.Dict, module, qualname string) (*Class, error) {
	var bs []*Class
	for _, b := range bases {
		c, ok := b.(*Class)
		if !ok {
			return nil, NewError(TypeError, fmt.Sprintf("bases must be types, not %s", TypeName(b)))
		}
		for _, prev := range bs {
			if prev == c {
				return nil, NewError(TypeError, fmt.Sprintf("duplicate base class %s", c.name))
			}
		}
		bs = append(bs, c)
	}
	if len(bs) == 0 {
		bs = []*Class{ObjectClass}
	}
	dict := make(map[string]starlark.Value, ns.Len())
	var order []string
	for _, kv := range ns.Items() {
		k, ok := kv[0].(starlark.String)
		if !ok {
			return nil, NewError(TypeError, fmt.Sprintf("class namespace keys must be strings, not %s", TypeName(kv[0])))
		}
		key := strings.TrimPrefix(string(k), hidden.MangledPrefix)
		if _, dup := dict[key]; !dup {
			order = append(order, key)
		}
		dict[key] = kv[1]
	}
	if _, ok := dict["__module__"]; !ok && module != "" {
		dict["__module__"] = starlark.String(module)
		order = append(order, "__module__")
	}
	delete(dict, "__qualname__")
	c, err := NewClass(name, module, bs, dict, order)
	if err != nil {
		if _, isPy := pyErrOf(err); isPy {
			return nil, err
		}
		return nil, NewError(TypeError, err.Error())
	}
	if qualname != "" {
		c.QualName = qualname
	}
	return c, nil
}

// __pc_class(name, bases, ns, module, qualname)
func hiddenClass(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name, module, qualname string
	var bases starlark.Tuple
	var ns *starlark.Dict
	if err := unpackPositional(hidden.Class, args, kwargs, 3, &name, &bases, &ns, &module, &qualname); err != nil {
		return nil, err
	}
	if module == "" {
		module = "__main__"
	}
	return BuildClass(name, bases, ns, module, qualname)
}

// typeCall is type(x) (the class of x) and type(name, bases, dict).
func typeCall(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) == 1 && len(kwargs) == 0 {
		return ClassOf(args[0]), nil
	}
	if len(args) != 3 {
		return nil, NewError(TypeError, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(starlark.String)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("type.__new__() argument 1 must be str, not %s", TypeName(args[0])))
	}
	bases, ok := args[1].(starlark.Tuple)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("type.__new__() argument 2 must be tuple, not %s", TypeName(args[1])))
	}
	ns, ok := args[2].(*starlark.Dict)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("type.__new__() argument 3 must be dict, not %s", TypeName(args[2])))
	}
	module := "__main__"
	if m, ok, _ := ns.Get(starlark.String("__module__")); ok {
		if s, ok := m.(starlark.String); ok {
			module = string(s)
		}
	}
	return BuildClass(string(name), bases, ns, module, string(name))
}
