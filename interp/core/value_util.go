package core

import (
	"go.starlark.net/starlark"
)

// TypeName returns Python's name of v's type: 'int', 'str', 'NoneType',
// 'list', 'function', or an instance's class name.
func TypeName(v starlark.Value) string {
	switch v := v.(type) {
	case *Instance:
		return v.Class.name
	case starlark.NoneType:
		return "NoneType"
	case starlark.Int:
		return "int"
	case starlark.Float:
		return "float"
	case starlark.String:
		return "str"
	case starlark.Bool:
		return "bool"
	case *starlark.Function:
		return "function"
	case *starlark.Builtin:
		return "builtin_function_or_method"
	case *starlark.Dict:
		return "dict"
	case *starlark.List:
		return "list"
	case starlark.Tuple:
		return "tuple"
	case *starlark.Set:
		return "set"
	}
	return v.Type()
}

// FuncName returns a callable's Python name (hidden prefixes removed).
func FuncName(v starlark.Value) string {
	if c, ok := v.(starlark.Callable); ok {
		return c.Name()
	}
	return TypeName(v)
}

// Hash returns Python's hash of v (th may be nil outside Starlark calls).
func Hash(th *starlark.Thread, v starlark.Value) (uint32, error) {
	return v.Hash()
}

// ReprNoThread returns a repr of v for messages, without calling script code.
func ReprNoThread(v starlark.Value) string {
	if s, ok := v.(starlark.String); ok {
		return "'" + string(s) + "'"
	}
	return v.String()
}
