package core

// This file lists Python's built-in functions and classes.

import (
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// pythonBuiltins returns Python's built-in functions and classes. The
// built-in types are classes (int, str, list...), so that isinstance,
// type(x) is int and type(x).__name__ work; calling one converts.
func pythonBuiltins() starlark.StringDict {
	d := starlark.StringDict{
		"__import__":     starlark.NewBuiltin("__import__", builtinImport),
		"object":         ObjectClass,
		"type":           TypeClass,
		"int":            IntClass,
		"bool":           BoolClass,
		"float":          FloatClass,
		"str":            StrClass,
		"bytes":          BytesClass,
		"list":           ListClass,
		"tuple":          TupleClass,
		"dict":           DictClass,
		"set":            SetClass,
		"frozenset":      FrozenSetClass,
		"range":          RangeClass,
		"staticmethod":   StaticMethodClass,
		"classmethod":    ClassMethodClass,
		"property":       PropertyClass,
		"super":          SuperClass,
		"slice":          SliceClass,
		"NotImplemented": NotImplemented,
		"Ellipsis":       Ellipsis,
		"None":           starlark.None,
		"True":           starlark.True,
		"False":          starlark.False,
		"print":          builtin("print", builtinPrint),
		"input":          builtin("input", builtinInput),
		"open":           builtin("open", builtinOpen),
		"len":            builtin("len", builtinLen),
		"repr":           builtin("repr", builtinRepr),
		"ascii":          builtin("ascii", builtinASCII),
		"format":         builtin("format", builtinFormat),
		"abs":            builtin("abs", builtinAbs),
		"round":          builtin("round", builtinRound),
		"divmod":         builtin("divmod", builtinDivmod),
		"pow":            builtin("pow", builtinPow),
		"hex":            builtin("hex", intDigits("hex", "0x", 16)),
		"oct":            builtin("oct", intDigits("oct", "0o", 8)),
		"bin":            builtin("bin", intDigits("bin", "0b", 2)),
		"chr":            builtin("chr", builtinChr),
		"ord":            builtin("ord", builtinOrd),
		"iter":           builtin("iter", builtinIter),
		"next":           builtin("next", builtinNext),
		"sorted":         builtin("sorted", builtinSorted),
		"reversed":       builtin("reversed", builtinReversed),
		"enumerate":      builtin("enumerate", builtinEnumerate),
		"zip":            builtin("zip", builtinZip),
		"map":            builtin("map", builtinMap),
		"filter":         builtin("filter", builtinFilter),
		"min":            builtin("min", minmax("min", syntax.LT)),
		"max":            builtin("max", minmax("max", syntax.GT)),
		"sum":            builtin("sum", builtinSum),
		"any":            builtin("any", anyAll("any", true)),
		"all":            builtin("all", anyAll("all", false)),
		"isinstance":     builtin("isinstance", builtinIsinstance),
		"issubclass":     builtin("issubclass", builtinIssubclass),
		"hasattr":        builtin("hasattr", builtinHasattr),
		"getattr":        builtin("getattr", builtinGetattr),
		"setattr":        builtin("setattr", builtinSetattr),
		"delattr":        builtin("delattr", builtinDelattr),
		"callable":       builtin("callable", builtinCallable),
		"id":             builtin("id", builtinID),
		"hash":           builtin("hash", builtinHash),
		"vars":           builtin("vars", builtinVars),
		"dir":            builtin("dir", builtinDir),
		"globals":        builtinUnsupported("globals"),
		"locals":         builtinUnsupported("locals"),
		"exit":           builtin("exit", builtinExit("exit")),
		"quit":           builtin("quit", builtinExit("quit")),
	}
	return d
}

// builtinExit is exit(code=None) and quit(code=None): raise SystemExit.
func builtinExit(name string) func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var code starlark.Value
		if err := unpackPositional(name, args, kwargs, 0, &code); err != nil {
			return nil, err
		}
		if code == nil {
			return nil, &PyError{Value: NewException(SystemExit)}
		}
		return nil, &PyError{Value: NewException(SystemExit, code)}
	}
}
