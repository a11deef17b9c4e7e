package core

// This file defines identity ("is") and the error helpers shared by the
// operators.

import (
	"errors"
	"reflect"
	"strings"

	"go.starlark.net/starlark"
)

// Identical is Python's "x is y". Reference values (lists, dicts,
// instances, classes, functions...) are identical when they are the same
// object; a tuple is the same object when it shares its backing array.
// Immutable scalars have no observable identity in pyconc, so None, bools,
// ints, floats, str and bytes are identical when they are equal and of the
// same type (CPython agrees for None/True/False, small ints and interned
// strings, which is what scripts rely on).
func Identical(x, y starlark.Value) bool {
	switch a := x.(type) {
	case starlark.Int:
		b, ok := y.(starlark.Int)
		return ok && a.BigInt().Cmp(b.BigInt()) == 0
	case starlark.Float:
		b, ok := y.(starlark.Float)
		return ok && (a == b || a != a && b != b)
	case starlark.Tuple:
		b, ok := y.(starlark.Tuple)
		if !ok || len(a) != len(b) {
			return false
		}
		return len(a) == 0 || &a[0] == &b[0]
	}
	tx, ty := reflect.TypeOf(x), reflect.TypeOf(y)
	if tx != ty {
		return false
	}
	if !tx.Comparable() {
		vx, vy := reflect.ValueOf(x), reflect.ValueOf(y)
		if vx.Kind() == reflect.Slice {
			return vx.Len() == vy.Len() && (vx.Len() == 0 || vx.Pointer() == vy.Pointer())
		}
		return false
	}
	return x == y
}

// pyErrOf returns the Python exception carried by err, if any.
func pyErrOf(err error) (*PyError, bool) {
	var pe *PyError
	if errors.As(err, &pe) {
		return pe, true
	}
	return nil, false
}

// isExc reports whether err is an exception of class c (or a subclass),
// converting errors of Starlark's own operations (an index out of range in
// a script's __getitem__) as AsPyError does. Cancellations and pending
// KeyboardInterrupts never match and are left untouched.
func isExc(th *starlark.Thread, err error, c *Class) bool {
	if pe, ok := pyErrOf(err); ok {
		return pe.Value.Class.IsSubclass(c)
	}
	if th == nil || strings.Contains(err.Error(), "Starlark computation cancelled") {
		return false
	}
	pe, ok := AsPyError(th, err)
	return ok && pe.Value.Class.IsSubclass(c)
}
