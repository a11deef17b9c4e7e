package core

// This file defines Repr and Str: Python's repr() and str() of every value,
// walking containers with a guard against self-reference.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/pyformat"
)

// Repr returns Python's repr(v). Script __repr__ methods run on th (or,
// when th is nil, on the thread holding the interpreter lock, if any).
func Repr(th *starlark.Thread, v starlark.Value) (string, error) {
	var b strings.Builder
	r := reprWriter{th: th, b: &b}
	if err := r.repr(v); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Str returns Python's str(v): strings themselves, __str__ of instances
// (falling back to __repr__), repr for everything else.
func Str(th *starlark.Thread, v starlark.Value) (string, error) {
	switch x := v.(type) {
	case starlark.String:
		return string(x), nil
	case *Instance:
		if f, owner := x.Class.Lookup("__str__"); f != nil && owner != ObjectClass {
			return callStrDunder(threadFor(th, x), x, f, "__str__")
		}
		if st := ExcStateOf(x); st != nil {
			if f, owner := x.Class.Lookup("__repr__"); f == nil || owner == ObjectClass {
				return ExcMessage(x), nil
			}
		}
	}
	return Repr(th, v)
}

// threadFor returns th, or the thread holding the interpreter lock of the
// instance's runtime when th is nil.
func threadFor(th *starlark.Thread, v starlark.Value) *starlark.Thread {
	if th != nil {
		return th
	}
	if o, ok := v.(*Instance); ok {
		return o.thread()
	}
	return nil
}

// callStrDunder calls __str__ or __repr__ and checks that it returned a str.
func callStrDunder(th *starlark.Thread, o *Instance, f starlark.Value, name string) (string, error) {
	if th == nil {
		return o.DefaultRepr(), nil
	}
	r, err := starlark.Call(th, f, starlark.Tuple{o}, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(starlark.String)
	if !ok {
		return "", NewError(TypeError, fmt.Sprintf("%s returned non-string (type %s)", name, TypeName(r)))
	}
	return string(s), nil
}

// reprWriter accumulates a repr; path holds the containers being written,
// to print a container that contains itself as [...] or {...}.
type reprWriter struct {
	th   *starlark.Thread
	b    *strings.Builder
	path []starlark.Value
}

// enter reports whether x is already being written, else pushes it.
func (r *reprWriter) enter(x starlark.Value) bool {
	for _, p := range r.path {
		if p == x {
			return false
		}
	}
	r.path = append(r.path, x)
	return true
}

func (r *reprWriter) leave() { r.path = r.path[:len(r.path)-1] }

func (r *reprWriter) repr(v starlark.Value) error {
	b := r.b
	switch x := v.(type) {
	case starlark.NoneType:
		b.WriteString("None")
	case starlark.Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case starlark.Int:
		b.WriteString(x.String())
	case starlark.Float:
		b.WriteString(pyformat.FloatRepr(float64(x)))
	case starlark.String:
		b.WriteString(pyformat.StrRepr(string(x)))
	case starlark.Bytes:
		b.WriteString(pyformat.BytesRepr(string(x)))
	case *starlark.List:
		if !r.enter(x) {
			b.WriteString("[...]")
			return nil
		}
		defer r.leave()
		b.WriteByte('[')
		for i := 0; i < x.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := r.repr(x.Index(i)); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case starlark.Tuple:
		b.WriteByte('(')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := r.repr(e); err != nil {
				return err
			}
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case *starlark.Dict:
		if !r.enter(x) {
			b.WriteString("{...}")
			return nil
		}
		defer r.leave()
		b.WriteByte('{')
		for i, kv := range x.Items() {
			if i > 0 {
				b.WriteString(", ")
			}
			if err := r.repr(kv[0]); err != nil {
				return err
			}
			b.WriteString(": ")
			if err := r.repr(kv[1]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case *starlark.Set:
		if x.Len() == 0 {
			b.WriteString("set()")
			return nil
		}
		b.WriteByte('{')
		i := 0
		for e := range x.Elements() {
			if i > 0 {
				b.WriteString(", ")
			}
			i++
			if err := r.repr(e); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case *DictView:
		b.WriteString(x.Type())
		b.WriteByte('(')
		if err := r.repr(starlark.NewList(x.Elems())); err != nil {
			return err
		}
		b.WriteByte(')')
	case *Instance:
		return r.instance(x)
	case *starlark.Function:
		fmt.Fprintf(b, "<function %s at %#x>", FuncName(x), ID(x))
	case *starlark.Builtin:
		if recv := x.Receiver(); recv != nil {
			fmt.Fprintf(b, "<built-in method %s of %s object at %#x>", x.Name(), TypeName(recv), ID(recv))
		} else {
			fmt.Fprintf(b, "<built-in function %s>", x.Name())
		}
	case *BoundMethod:
		owner := ""
		switch s := x.Self.(type) {
		case *Instance:
			owner = methodOwner(s.Class, x.Fn) + "."
		case *Class:
			owner = methodOwner(s, x.Fn) + "."
		}
		fmt.Fprintf(b, "<bound method %s%s of ", owner, x.Name())
		if !r.enter(x) {
			b.WriteString("...>")
			return nil
		}
		defer r.leave()
		if err := r.repr(x.Self); err != nil {
			return err
		}
		b.WriteByte('>')
	default:
		b.WriteString(v.String())
	}
	return nil
}

// instance writes repr of an instance: its __repr__, an exception's
// "Name('msg')", or "<module.Class object at 0x...>".
func (r *reprWriter) instance(x *Instance) error {
	f, owner := x.Class.Lookup("__repr__")
	if f != nil && owner != ObjectClass {
		if !r.enter(x) {
			r.b.WriteString("...")
			return nil
		}
		defer r.leave()
		s, err := callStrDunder(threadFor(r.th, x), x, f, "__repr__")
		if err != nil {
			return err
		}
		r.b.WriteString(s)
		return nil
	}
	if st := ExcStateOf(x); st != nil {
		r.b.WriteString(x.Class.name)
		if len(st.Args) == 1 {
			r.b.WriteByte('(')
			if err := r.repr(st.Args[0]); err != nil {
				return err
			}
			r.b.WriteByte(')')
			return nil
		}
		return r.repr(st.Args)
	}
	r.b.WriteString(x.DefaultRepr())
	return nil
}

// methodOwner returns the qualified name of the class in c's MRO whose
// dict holds fn (as CPython's function __qualname__ reads), else c's.
func methodOwner(c *Class, fn starlark.Value) string {
	for _, k := range c.MRO {
		for _, v := range k.dict {
			if Identical(v, fn) {
				return k.QualName
			}
		}
	}
	return c.QualName
}
