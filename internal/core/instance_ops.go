package core

// This file makes Starlark's operators honour the special methods of
// instances: comparisons, binary and unary arithmetic, calls.
//
// Instance.Type() is the class name, so Starlark's own messages read
// "'Point' ...". Starlark treats two values as the same type when their Go
// types are equal, so comparisons of instances of different classes still
// reach CompareSameType (and thus __eq__, __lt__ and their reflections).
// Comparisons between an instance and a built-in value (inst == 1) are
// decided by Starlark without calling the instance: == is False and < is
// an error.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

var (
	_ starlark.Comparable = (*Instance)(nil)
	_ starlark.HasBinary  = (*Instance)(nil)
	_ starlark.HasUnary   = (*Instance)(nil)
	_ starlark.Callable   = (*Instance)(nil)
)

// CompareSameType compares o with another instance through __eq__,
// __lt__... (reflected methods, NotImplemented and identity included).
func (o *Instance) CompareSameType(op syntax.Token, y starlark.Value, depth int) (bool, error) {
	th := o.thread()
	if th == nil {
		switch op {
		case syntax.EQL:
			return Identical(o, y), nil
		case syntax.NEQ:
			return !Identical(o, y), nil
		}
		return false, notSupported(op, o, y)
	}
	r, err := richCompare(th, op, o, y)
	if err != nil {
		return false, err
	}
	return bool(r.Truth()), nil
}

// binaryNames maps Starlark's binary operators to special method names
// (the reflected name is "__r" + name[2:]).
var binaryNames = map[syntax.Token]string{
	syntax.PLUS: "__add__", syntax.MINUS: "__sub__", syntax.STAR: "__mul__",
	syntax.SLASH: "__truediv__", syntax.SLASHSLASH: "__floordiv__",
	syntax.PERCENT: "__mod__", syntax.PIPE: "__or__", syntax.AMP: "__and__",
	syntax.CIRCUMFLEX: "__xor__", syntax.LTLT: "__lshift__", syntax.GTGT: "__rshift__",
}

// binarySymbols spells operators as Python's messages do.
var binarySymbols = map[syntax.Token]string{
	syntax.PLUS: "+", syntax.MINUS: "-", syntax.STAR: "*", syntax.SLASH: "/",
	syntax.SLASHSLASH: "//", syntax.PERCENT: "%", syntax.PIPE: "|", syntax.AMP: "&",
	syntax.CIRCUMFLEX: "^", syntax.LTLT: "<<", syntax.GTGT: ">>",
}

// Binary implements x op y through __add__/__radd__ and the like.
func (o *Instance) Binary(op syntax.Token, y starlark.Value, side starlark.Side) (starlark.Value, error) {
	name, ok := binaryNames[op]
	if !ok {
		return nil, nil
	}
	th := o.thread()
	if side == starlark.Left {
		if r, found, err := callSpecial(th, o, name, y); err != nil || (found && !isNotImplemented(r)) {
			return r, err
		}
		if _, other := y.(*Instance); other {
			return nil, nil // Starlark asks y next
		}
		return nil, unsupportedOperands(binarySymbols[op], o, y)
	}
	if r, found, err := callSpecial(th, o, "__r"+name[2:], y); err != nil || (found && !isNotImplemented(r)) {
		return r, err
	}
	return nil, unsupportedOperands(binarySymbols[op], y, o)
}

// unsupportedOperands is the TypeError of a binary operator.
func unsupportedOperands(sym string, x, y starlark.Value) error {
	return NewError(TypeError, fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeName(x), TypeName(y)))
}

// Unary implements -x, +x and ~x through __neg__, __pos__, __invert__.
func (o *Instance) Unary(op syntax.Token) (starlark.Value, error) {
	var name, sym string
	switch op {
	case syntax.MINUS:
		name, sym = "__neg__", "-"
	case syntax.PLUS:
		name, sym = "__pos__", "+"
	case syntax.TILDE:
		name, sym = "__invert__", "~"
	default:
		return nil, nil
	}
	r, found, err := callSpecial(o.thread(), o, name)
	if err != nil || found {
		return r, err
	}
	return nil, NewError(TypeError, fmt.Sprintf("bad operand type for unary %s: '%s'", sym, o.Class.name))
}

// Name returns the class name (Instance is a Starlark Callable so that
// instances with __call__ can be called).
func (o *Instance) Name() string { return o.Class.name }

// CallInternal calls __call__, or raises TypeError "'A' object is not callable".
func (o *Instance) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	f := special(o, "__call__")
	if f == nil {
		return nil, NewError(TypeError, fmt.Sprintf("'%s' object is not callable", o.Class.name))
	}
	return starlark.Call(th, f, append(starlark.Tuple{o}, args...), kwargs)
}
