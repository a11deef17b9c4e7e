package core

// This file defines Python's comparisons (==, !=, <, <=, >, >=): rich
// comparison through __eq__/__lt__... with reflected fallbacks and
// NotImplemented, bool as an int, and sequences compared element-wise.

import (
	"fmt"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
)

// compareNames maps a comparison operator to its special method.
var compareNames = map[syntax.Token]string{
	syntax.EQL: "__eq__", syntax.NEQ: "__ne__",
	syntax.LT: "__lt__", syntax.LE: "__le__",
	syntax.GT: "__gt__", syntax.GE: "__ge__",
}

// reflectedOp maps a comparison to the one tried on the right operand.
var reflectedOp = map[syntax.Token]syntax.Token{
	syntax.EQL: syntax.EQL, syntax.NEQ: syntax.NEQ,
	syntax.LT: syntax.GT, syntax.LE: syntax.GE,
	syntax.GT: syntax.LT, syntax.GE: syntax.LE,
}

// Compare returns the truth of Python's "x op y" (op one of EQL, NEQ, LT,
// LE, GT, GE), calling special methods of instances on th.
func Compare(th *starlark.Thread, op syntax.Token, x, y starlark.Value) (bool, error) {
	_, xi := x.(*Instance)
	_, yi := y.(*Instance)
	if xi || yi {
		r, err := richCompare(th, op, x, y)
		if err != nil {
			return false, err
		}
		return bool(r.Truth()), nil
	}
	if r, ok, err := viewCompare(op, x, y); ok {
		return r, err
	}
	x, y = boolAsInt(x, y), boolAsInt(y, x)
	switch xs := x.(type) {
	case *starlark.List:
		if ys, ok := y.(*starlark.List); ok {
			return compareSeq(th, op, listElems(xs), listElems(ys))
		}
	case starlark.Tuple:
		if ys, ok := y.(starlark.Tuple); ok {
			return compareSeq(th, op, xs, ys)
		}
	}
	ok, err := starlark.Compare(op, x, y)
	if err != nil {
		if _, isPy := pyErrOf(err); isPy {
			return false, err
		}
		return false, notSupported(op, x, y)
	}
	return ok, nil
}

// compareOps maps the operators of __pc_compare to their tokens.
var compareOps = map[string]syntax.Token{
	"==": syntax.EQL, "!=": syntax.NEQ, "<": syntax.LT, "<=": syntax.LE, ">": syntax.GT, ">=": syntax.GE,
}

// hiddenCompare is __pc_compare(x, op, y); see hidden.Compare.
func hiddenCompare(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var op syntax.Token
	if len(args) == 3 && len(kwargs) == 0 {
		if s, ok := args[1].(starlark.String); ok {
			op = compareOps[string(s)]
		}
	}
	if op == 0 {
		return nil, fmt.Errorf("%s: want x, an operator and y", hidden.Compare)
	}
	r, err := Compare(th, op, args[0], args[2])
	return starlark.Bool(r), err
}

// Equal reports Python's x == y.
func Equal(th *starlark.Thread, x, y starlark.Value) (bool, error) {
	return Compare(th, syntax.EQL, x, y)
}

// notSupported is the TypeError of an ordered comparison of unorderable values.
func notSupported(op syntax.Token, x, y starlark.Value) error {
	return NewError(TypeError, fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'", op, TypeName(x), TypeName(y)))
}

// boolAsInt returns x as an int when it is a bool and other is a number,
// since Python's bool is a subclass of int.
func boolAsInt(x, other starlark.Value) starlark.Value {
	b, ok := x.(starlark.Bool)
	if !ok {
		return x
	}
	switch other.(type) {
	case starlark.Int, starlark.Float:
		if b {
			return starlark.MakeInt(1)
		}
		return starlark.MakeInt(0)
	}
	return x
}

// compareSeq compares sequences lexicographically, as Python does: the
// first unequal pair decides, else the lengths.
func compareSeq(th *starlark.Thread, op syntax.Token, xs, ys []starlark.Value) (bool, error) {
	n := min(len(xs), len(ys))
	for i := 0; i < n; i++ {
		if Identical(xs[i], ys[i]) {
			continue
		}
		eq, err := Equal(th, xs[i], ys[i])
		if err != nil {
			return false, err
		}
		if eq {
			continue
		}
		switch op {
		case syntax.EQL:
			return false, nil
		case syntax.NEQ:
			return true, nil
		}
		return Compare(th, op, xs[i], ys[i])
	}
	lx, ly := len(xs), len(ys)
	switch op {
	case syntax.EQL:
		return lx == ly, nil
	case syntax.NEQ:
		return lx != ly, nil
	case syntax.LT:
		return lx < ly, nil
	case syntax.LE:
		return lx <= ly, nil
	case syntax.GT:
		return lx > ly, nil
	}
	return lx >= ly, nil
}

// listElems returns a snapshot of a list's elements.
func listElems(l *starlark.List) []starlark.Value {
	out := make([]starlark.Value, l.Len())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}

// richCompare is Python's rich comparison where x or y is an instance:
// the right operand's reflected method first when its class is a proper
// subclass of the left's, then x's method, then y's reflected method; ==
// and != fall back to identity, orderings to TypeError.
func richCompare(th *starlark.Thread, op syntax.Token, x, y starlark.Value) (starlark.Value, error) {
	rop := reflectedOp[op]
	yFirst := false
	if yo, ok := y.(*Instance); ok {
		if xo, ok := x.(*Instance); ok && yo.Class != xo.Class && yo.Class.IsSubclass(xo.Class) {
			yFirst = true
		}
	}
	if yFirst {
		if r, ok, err := compareMethod(th, rop, y, x); err != nil || ok {
			return r, err
		}
	}
	if r, ok, err := compareMethod(th, op, x, y); err != nil || ok {
		return r, err
	}
	if !yFirst {
		if r, ok, err := compareMethod(th, rop, y, x); err != nil || ok {
			return r, err
		}
	}
	switch op {
	case syntax.EQL:
		return starlark.Bool(Identical(x, y)), nil
	case syntax.NEQ:
		return starlark.Bool(!Identical(x, y)), nil
	}
	return nil, notSupported(op, x, y)
}

// compareMethod calls x's special method for op; ok is false when x has
// none or it returned NotImplemented. A missing __ne__ is derived from
// __eq__, as object.__ne__ does.
func compareMethod(th *starlark.Thread, op syntax.Token, x, y starlark.Value) (starlark.Value, bool, error) {
	r, found, err := callSpecial(th, x, compareNames[op], y)
	if err != nil {
		return nil, false, err
	}
	if !found && op == syntax.NEQ {
		r, found, err = callSpecial(th, x, "__eq__", y)
		if err != nil {
			return nil, false, err
		}
		if found && !isNotImplemented(r) {
			r = !r.Truth()
		}
	}
	if !found || isNotImplemented(r) {
		return nil, false, nil
	}
	return r, true, nil
}
