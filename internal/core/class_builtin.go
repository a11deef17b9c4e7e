package core

// This file defines the classes of the built-in types (int, str, list,
// NoneType, function...) and ClassOf, which maps any value to its class.

import (
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// The classes of the built-in types. Calling one converts or constructs
// (int("3"), list(x)...); they serve isinstance, issubclass and type(x).
// Their constructors are installed by installBuiltinTypes (builtins_types.go).
var (
	TypeClass            = builtinClass("type", nil)
	IntClass             = builtinClass("int", nil)
	BoolClass            = builtinClass("bool", IntClass)
	FloatClass           = builtinClass("float", nil)
	StrClass             = builtinClass("str", nil)
	BytesClass           = builtinClass("bytes", nil)
	ListClass            = builtinClass("list", nil)
	TupleClass           = builtinClass("tuple", nil)
	DictClass            = builtinClass("dict", nil)
	SetClass             = builtinClass("set", nil)
	FrozenSetClass       = builtinClass("frozenset", nil)
	RangeClass           = builtinClass("range", nil)
	NoneTypeClass        = builtinClass("NoneType", nil)
	FunctionClass        = builtinClass("function", nil)
	BuiltinFunctionClass = builtinClass("builtin_function_or_method", nil)
	MethodClass          = builtinClass("method", nil)
	ModuleClass          = builtinClass("module", nil)
	StaticMethodClass    = builtinClass("staticmethod", nil)
	ClassMethodClass     = builtinClass("classmethod", nil)
	PropertyClass        = builtinClass("property", nil)
	SuperClass           = builtinClass("super", nil)
	SliceClass           = builtinClass("slice", nil)
	NotImplementedClass  = builtinClass("NotImplementedType", nil)
	EllipsisClass        = builtinClass("ellipsis", nil)
)

// builtinClass makes the class of a built-in type (module "builtins").
func builtinClass(name string, base *Class) *Class {
	bases := []*Class{ObjectClass}
	if base != nil {
		bases = []*Class{base}
	}
	return MustClass(name, "builtins", bases, map[string]starlark.Value{})
}

// HasClass is implemented by Go values of other packages (locks, queues...)
// that belong to a Python class of their own.
type HasClass interface {
	starlark.Value
	PyClass() *Class
}

// otherClasses caches the classes made up for Go values of unknown types,
// keyed by their Type() string.
var otherClasses sync.Map // string -> *Class

// ClassOf returns the class of any value: an instance's class, the class
// of a built-in type, or, for other Go values, a class named by their
// Type() (made once per name; "mod.Name" gives class Name of module mod).
func ClassOf(v starlark.Value) *Class {
	switch v := v.(type) {
	case *Instance:
		return v.Class
	case HasClass:
		return v.PyClass()
	case starlark.NoneType:
		return NoneTypeClass
	case starlark.Bool:
		return BoolClass
	case starlark.Int:
		return IntClass
	case starlark.Float:
		return FloatClass
	case starlark.String:
		return StrClass
	case starlark.Bytes:
		return BytesClass
	case *starlark.List:
		return ListClass
	case starlark.Tuple:
		return TupleClass
	case *starlark.Dict:
		return DictClass
	case *starlark.Set:
		return SetClass
	case *Class:
		return TypeClass
	case *starlark.Function:
		return FunctionClass
	case *starlark.Builtin:
		return BuiltinFunctionClass
	case *BoundMethod:
		return MethodClass
	case *Module:
		return ModuleClass
	case *StaticMethod:
		return StaticMethodClass
	case *ClassMethod:
		return ClassMethodClass
	case *Property:
		return PropertyClass
	}
	name := v.Type()
	switch name {
	case "range":
		return RangeClass
	}
	if c, ok := otherClasses.Load(name); ok {
		return c.(*Class)
	}
	var c *Class
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		// "_io.TextIOWrapper": class TextIOWrapper of module _io.
		if name == "_io.TextIOWrapper" {
			c = TextIOWrapperClass
		} else {
			c = MustClass(name[i+1:], name[:i], []*Class{ObjectClass}, map[string]starlark.Value{})
		}
	} else {
		c = builtinClass(name, nil)
	}
	got, _ := otherClasses.LoadOrStore(name, c)
	return got.(*Class)
}

// IsInstance reports whether v is an instance of c or of a subclass of c.
func IsInstance(v starlark.Value, c *Class) bool {
	return ClassOf(v).IsSubclass(c)
}
