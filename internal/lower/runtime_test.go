// This file defines a small test-only runtime: the hidden built-ins with
// just enough behaviour to run lowered programs and compare their output
// with CPython's. The real runtime is package core.

package lower

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strings"

	starmath "go.starlark.net/lib/math"
	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
)

// ---- cells ----

type tCell struct {
	name, kind string
	v          starlark.Value
}

func (c *tCell) String() string        { return "<cell>" }
func (c *tCell) Type() string          { return "cell" }
func (c *tCell) Freeze()               {}
func (c *tCell) Truth() starlark.Bool  { return true }
func (c *tCell) Hash() (uint32, error) { return 0, fmt.Errorf("unhashable cell") }
func (c *tCell) AttrNames() []string   { return []string{"v"} }
func (c *tCell) Attr(name string) (starlark.Value, error) {
	if c.v == nil || c.v == tDel {
		if c.kind == "global" {
			return nil, raise(newExc("NameError", fmt.Sprintf("name '%s' is not defined", c.name)))
		}
		return nil, raise(newExc("UnboundLocalError", fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", c.name)))
	}
	return c.v, nil
}
func (c *tCell) SetField(name string, v starlark.Value) error { c.v = v; return nil }

// ---- the del sentinel ----

type tDelType struct{}

func (tDelType) String() string        { return "<deleted>" }
func (tDelType) Type() string          { return "deleted" }
func (tDelType) Freeze()               {}
func (tDelType) Truth() starlark.Bool  { return false }
func (tDelType) Hash() (uint32, error) { return 0, nil }

var tDel = tDelType{}

// ---- classes and instances ----

type tClass struct {
	name, qualname string
	bases          []*tClass
	ns             *starlark.Dict
	exc            bool
}

func (c *tClass) String() string        { return "<class '" + c.qualname + "'>" }
func (c *tClass) Type() string          { return "type" }
func (c *tClass) Freeze()               {}
func (c *tClass) Truth() starlark.Bool  { return true }
func (c *tClass) Hash() (uint32, error) { return starlark.String(c.name).Hash() }
func (c *tClass) Name() string          { return c.name }
func (c *tClass) AttrNames() []string   { return nil }

// mro is a depth-first, left-to-right linearisation (enough for tests).
func (c *tClass) mro() []*tClass {
	out := []*tClass{c}
	seen := map[*tClass]bool{c: true}
	for _, b := range c.bases {
		for _, x := range b.mro() {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
	}
	return out
}

func (c *tClass) lookup(name string) (starlark.Value, bool) {
	for _, k := range c.mro() {
		if v, ok, _ := k.ns.Get(starlark.String(name)); ok {
			return v, true
		}
	}
	return nil, false
}

func (c *tClass) Attr(name string) (starlark.Value, error) {
	if name == "__name__" {
		return starlark.String(c.name), nil
	}
	if name == "__qualname__" {
		return starlark.String(c.qualname), nil
	}
	if v, ok := c.lookup(name); ok {
		if sm, ok := v.(*tStatic); ok {
			return sm.fn, nil
		}
		return v, nil
	}
	return nil, nil
}

func (c *tClass) SetField(name string, v starlark.Value) error {
	return c.ns.SetKey(starlark.String(name), v)
}

func (c *tClass) subclassOf(d *tClass) bool {
	for _, k := range c.mro() {
		if k == d {
			return true
		}
	}
	return false
}

func (c *tClass) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	inst := &tInstance{class: c, attrs: map[string]starlark.Value{}}
	if c.exc {
		inst.attrs["args"] = args
	}
	if init, ok := c.lookup("__init__"); ok {
		if _, err := starlark.Call(th, init, append(starlark.Tuple{inst}, args...), kwargs); err != nil {
			return nil, err
		}
	}
	return inst, nil
}

type tInstance struct {
	class *tClass
	attrs map[string]starlark.Value
}

func (x *tInstance) String() string {
	if f, ok := x.class.lookup("__str__"); ok {
		v, err := starlark.Call(&starlark.Thread{}, f, starlark.Tuple{x}, nil)
		if err == nil {
			if s, ok := v.(starlark.String); ok {
				return string(s)
			}
		}
	}
	if x.class.exc {
		args := x.attrs["args"].(starlark.Tuple)
		switch len(args) {
		case 0:
			return ""
		case 1:
			if x.class.subclassOf(excClasses["KeyError"]) {
				return pyRepr(args[0])
			}
			return pyStr(args[0])
		}
		return pyRepr(args)
	}
	return "<" + x.class.qualname + " object>"
}
func (x *tInstance) Type() string          { return x.class.name }
func (x *tInstance) Freeze()               {}
func (x *tInstance) Truth() starlark.Bool  { return true }
func (x *tInstance) Hash() (uint32, error) { return uint32(len(x.attrs)), nil }
func (x *tInstance) AttrNames() []string   { return nil }
func (x *tInstance) Attr(name string) (starlark.Value, error) {
	if v, ok := x.attrs[name]; ok {
		return v, nil
	}
	if name == "__class__" {
		return x.class, nil
	}
	if v, ok := x.class.lookup(name); ok {
		return bindMethod(v, x), nil
	}
	return nil, nil
}
func (x *tInstance) SetField(name string, v starlark.Value) error { x.attrs[name] = v; return nil }

func bindMethod(v starlark.Value, self starlark.Value) starlark.Value {
	switch f := v.(type) {
	case *tStatic:
		return f.fn
	case *starlark.Function, *starlark.Builtin:
		return &tBound{fn: f.(starlark.Callable), self: self}
	}
	return v
}

type tBound struct {
	fn   starlark.Callable
	self starlark.Value
}

func (b *tBound) String() string        { return "<bound method " + b.fn.Name() + ">" }
func (b *tBound) Type() string          { return "method" }
func (b *tBound) Freeze()               {}
func (b *tBound) Truth() starlark.Bool  { return true }
func (b *tBound) Hash() (uint32, error) { return 0, nil }
func (b *tBound) Name() string          { return b.fn.Name() }
func (b *tBound) CallInternal(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return starlark.Call(th, b.fn, append(starlark.Tuple{b.self}, args...), kwargs)
}

type tStatic struct{ fn starlark.Value }

func (s *tStatic) String() string        { return "<staticmethod>" }
func (s *tStatic) Type() string          { return "staticmethod" }
func (s *tStatic) Freeze()               {}
func (s *tStatic) Truth() starlark.Bool  { return true }
func (s *tStatic) Hash() (uint32, error) { return 0, nil }

type tSuper struct {
	class *tClass
	self  *tInstance
}

func (s *tSuper) String() string        { return "<super>" }
func (s *tSuper) Type() string          { return "super" }
func (s *tSuper) Freeze()               {}
func (s *tSuper) Truth() starlark.Bool  { return true }
func (s *tSuper) Hash() (uint32, error) { return 0, nil }
func (s *tSuper) AttrNames() []string   { return nil }
func (s *tSuper) Attr(name string) (starlark.Value, error) {
	mro := s.self.class.mro()
	for i, k := range mro {
		if k == s.class {
			for _, k2 := range mro[i+1:] {
				if v, ok, _ := k2.ns.Get(starlark.String(name)); ok {
					return bindMethod(v, s.self), nil
				}
			}
		}
	}
	return nil, nil
}

// ---- exceptions ----

var excClasses = map[string]*tClass{}

func excClass(name string, base *tClass) *tClass {
	c := &tClass{name: name, qualname: name, ns: starlark.NewDict(0), exc: true}
	if base != nil {
		c.bases = []*tClass{base}
	}
	excClasses[name] = c
	return c
}

func init() {
	be := excClass("BaseException", nil)
	be.ns.SetKey(starlark.String("__init__"), starlark.NewBuiltin("__init__", func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		args[0].(*tInstance).attrs["args"] = args[1:]
		return starlark.None, nil
	}))
	ex := excClass("Exception", be)
	for _, n := range []string{"ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError",
		"RuntimeError", "NameError", "AssertionError", "AttributeError", "ImportError"} {
		excClass(n, ex)
	}
	excClass("UnboundLocalError", excClasses["NameError"])
}

func newExc(class string, msg string) *tInstance {
	return &tInstance{class: excClasses[class], attrs: map[string]starlark.Value{"args": starlark.Tuple{starlark.String(msg)}}}
}

// tRaised is the Go error carrying a raised exception.
type tRaised struct{ exc *tInstance }

func (r *tRaised) Error() string { return r.exc.class.name + ": " + r.exc.String() }

func raise(exc *tInstance) error { return &tRaised{exc} }

// excOf returns the exception instance an error stands for.
func excOf(err error) *tInstance {
	var r *tRaised
	if errors.As(err, &r) {
		return r.exc
	}
	msg := err.Error()
	if ee, ok := err.(*starlark.EvalError); ok {
		msg = ee.Msg
	}
	switch {
	case strings.Contains(msg, "division by zero"):
		return newExc("ZeroDivisionError", "division by zero")
	case strings.Contains(msg, "key") && strings.Contains(msg, "not in dict"):
		return newExc("KeyError", msg)
	case strings.Contains(msg, "invalid literal"):
		return newExc("ValueError", msg)
	case strings.Contains(msg, "out of range"):
		return newExc("IndexError", msg)
	}
	return newExc("RuntimeError", msg)
}

// ---- Python-like str and repr ----

func pyStr(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		return string(v)
	case *tInstance:
		return v.String()
	}
	return pyRepr(v)
}

func pyRepr(v starlark.Value) string {
	switch v := v.(type) {
	case starlark.String:
		s := string(v)
		if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
			return "\"" + s + "\""
		}
		return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
	case starlark.Float:
		f := float64(v)
		if f == math.Trunc(f) && math.Abs(f) < 1e16 {
			return fmt.Sprintf("%.1f", f)
		}
		return fmt.Sprint(f)
	case *starlark.List:
		var parts []string
		for i := 0; i < v.Len(); i++ {
			parts = append(parts, pyRepr(v.Index(i)))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case starlark.Tuple:
		var parts []string
		for _, x := range v {
			parts = append(parts, pyRepr(x))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *starlark.Dict:
		var parts []string
		for _, it := range v.Items() {
			parts = append(parts, pyRepr(it[0])+": "+pyRepr(it[1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *starlark.Set:
		var parts []string
		for _, x := range sortedSet(v) {
			parts = append(parts, pyRepr(x))
		}
		if len(parts) == 0 {
			return "set()"
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *tInstance:
		if f, ok := v.class.lookup("__repr__"); ok {
			r, err := starlark.Call(&starlark.Thread{}, f, starlark.Tuple{v}, nil)
			if err == nil {
				return pyStr(r)
			}
		}
		if v.class.exc {
			var parts []string
			for _, a := range v.attrs["args"].(starlark.Tuple) {
				parts = append(parts, pyRepr(a))
			}
			return v.class.name + "(" + strings.Join(parts, ", ") + ")"
		}
		return v.String()
	case starlark.Bytes:
		return "b'" + string(v) + "'"
	case *starlark.Function:
		return "<function " + strings.TrimPrefix(v.Name(), hidden.MangledPrefix) + ">"
	}
	return v.String()
}

func sortedSet(s *starlark.Set) []starlark.Value {
	var xs []starlark.Value
	it := s.Iterate()
	defer it.Done()
	var x starlark.Value
	for it.Next(&x) {
		xs = append(xs, x)
	}
	sort.Slice(xs, func(i, j int) bool {
		lt, err := starlark.Compare(syntax.LT, xs[i], xs[j])
		return err == nil && lt
	})
	return xs
}

// ---- the predeclared environment ----

func builtin(name string, fn func(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)) *starlark.Builtin {
	return starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return fn(th, args, kwargs)
	})
}

func toList(v starlark.Value) (*starlark.List, error) {
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, raise(newExc("TypeError", fmt.Sprintf("'%s' object is not iterable", v.Type())))
	}
	var xs []starlark.Value
	iter := it.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		xs = append(xs, x)
	}
	return starlark.NewList(xs), nil
}

type handling struct{ stack []*tInstance }

func handlingOf(th *starlark.Thread) *handling {
	h, _ := th.Local("handling").(*handling)
	if h == nil {
		h = &handling{}
		th.SetLocal("handling", h)
	}
	return h
}

// testEnv returns the predeclared names of the test runtime.
func testEnv() starlark.StringDict {
	env := starlark.StringDict{}
	for n, c := range excClasses {
		env[n] = c
	}
	env["print"] = builtin("print", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		sep, end := " ", "\n"
		for _, k := range kw {
			switch k[0].(starlark.String) {
			case "sep":
				sep = pyStr(k[1])
			case "end":
				end = pyStr(k[1])
			}
		}
		var parts []string
		for _, a := range args {
			parts = append(parts, pyStr(a))
		}
		th.Print(th, strings.Join(parts, sep)+end)
		return starlark.None, nil
	})
	env["str"] = builtin("str", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return starlark.String(pyStr(args[0])), nil
	})
	env["repr"] = builtin("repr", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return starlark.String(pyRepr(args[0])), nil
	})
	env["isinstance"] = builtin("isinstance", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(match(args[0], args[1])), nil
	})
	env["staticmethod"] = builtin("staticmethod", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return &tStatic{args[0]}, nil
	})
	env["__name__"] = starlark.String("__main__")
	env["super"] = builtin("super", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return &tSuper{class: args[0].(*tClass), self: args[1].(*tInstance)}, nil
	})
	env["sum"] = builtin("sum", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		l, err := toList(args[0])
		if err != nil {
			return nil, err
		}
		var t starlark.Value = starlark.MakeInt(0)
		for i := 0; i < l.Len(); i++ {
			if t, err = starlark.Binary(syntax.PLUS, t, l.Index(i)); err != nil {
				return nil, err
			}
		}
		return t, nil
	})
	env["type"] = builtin("type", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if i, ok := args[0].(*tInstance); ok {
			return i.class, nil
		}
		return starlark.String(args[0].Type()), nil
	})
	env["hasattr"] = builtin("hasattr", func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		_, err := attr(args[0], string(args[1].(starlark.String)))
		return starlark.Bool(err == nil), nil
	})
	env[hidden.Cell] = builtin(hidden.Cell, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return &tCell{name: string(args[0].(starlark.String)), kind: string(args[1].(starlark.String))}, nil
	})
	env[hidden.Del] = tDel
	env[hidden.Class] = builtin(hidden.Class, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		c := &tClass{name: string(args[0].(starlark.String)), ns: args[2].(*starlark.Dict), qualname: string(args[4].(starlark.String))}
		for _, b := range args[1].(starlark.Tuple) {
			bc := b.(*tClass)
			c.bases = append(c.bases, bc)
			c.exc = c.exc || bc.exc
		}
		return c, nil
	})
	env[hidden.Super] = builtin(hidden.Super, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return &tSuper{class: args[0].(*tClass), self: args[1].(*tInstance)}, nil
	})
	env[hidden.Is] = builtin(hidden.Is, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		a, b := args[0], args[1]
		switch a.(type) {
		case starlark.NoneType, starlark.Bool, starlark.Int, starlark.String:
			return starlark.Bool(a.Type() == b.Type() && a == b || (a.Type() == b.Type() && starlark.String(a.String()) == starlark.String(b.String()))), nil
		}
		return starlark.Bool(a == b), nil
	})
	env[hidden.Pow] = builtin(hidden.Pow, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if x, ok := args[0].(starlark.Int); ok {
			if y, ok := args[1].(starlark.Int); ok && y.Sign() >= 0 {
				return starlark.MakeBigInt(new(big.Int).Exp(x.BigInt(), y.BigInt(), nil)), nil
			}
		}
		x, _ := starlark.AsFloat(args[0])
		y, _ := starlark.AsFloat(args[1])
		return starlark.Float(math.Pow(x, y)), nil
	})
	env[hidden.Mod] = builtin(hidden.Mod, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if s, ok := args[0].(starlark.String); ok {
			vals, ok := args[1].(starlark.Tuple)
			if !ok {
				vals = starlark.Tuple{args[1]}
			}
			var b strings.Builder
			k := 0
			for i := 0; i < len(s); i++ {
				if s[i] == '%' && i+1 < len(s) {
					i++
					if s[i] == '%' {
						b.WriteByte('%')
						continue
					}
					if s[i] == 'r' {
						b.WriteString(pyRepr(vals[k]))
					} else {
						b.WriteString(pyStr(vals[k]))
					}
					k++
					continue
				}
				b.WriteByte(s[i])
			}
			return starlark.String(b.String()), nil
		}
		return starlark.Binary(syntax.PERCENT, args[0], args[1])
	})
	env[hidden.Fmt] = builtin(hidden.Fmt, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		v := args[0]
		conv, spec := string(args[1].(starlark.String)), string(args[2].(starlark.String))
		var s string
		if conv == "r" {
			s = pyRepr(v)
		} else {
			s = pyStr(v)
		}
		if spec == "" {
			return starlark.String(s), nil
		}
		if strings.HasSuffix(spec, "f") {
			f, _ := starlark.AsFloat(v)
			return starlark.String(fmt.Sprintf("%"+spec, f)), nil
		}
		if strings.HasPrefix(spec, ">") {
			return starlark.String(fmt.Sprintf("%"+spec[1:]+"s", s)), nil
		}
		return starlark.String(fmt.Sprintf("%-"+strings.TrimPrefix(spec, "<")+"s", s)), nil
	})
	env[hidden.Method] = builtin(hidden.Method, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		x, name := args[0], string(args[1].(starlark.String))
		if l, ok := x.(*starlark.List); ok && name == "sort" {
			xs := make([]starlark.Value, l.Len())
			for i := range xs {
				xs[i] = l.Index(i)
			}
			sort.SliceStable(xs, func(i, j int) bool { lt, _ := starlark.Compare(syntax.LT, xs[i], xs[j]); return lt })
			for i := range xs {
				l.SetIndex(i, xs[i])
			}
			return starlark.None, nil
		}
		if s, ok := x.(starlark.String); ok && name == "format" {
			out := string(s)
			for _, a := range args[2:] {
				out = strings.Replace(out, "{}", pyStr(a), 1)
			}
			return starlark.String(out), nil
		}
		f, err := attr(x, name)
		if err != nil {
			return nil, err
		}
		return starlark.Call(th, f, args[2:], kw)
	})
	env[hidden.Raise] = builtin(hidden.Raise, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if len(args) == 0 {
			h := handlingOf(th)
			if len(h.stack) == 0 {
				return nil, raise(newExc("RuntimeError", "No active exception to reraise"))
			}
			return nil, raise(h.stack[len(h.stack)-1])
		}
		v := args[0]
		if c, ok := v.(*tClass); ok {
			var err error
			if v, err = starlark.Call(th, c, nil, nil); err != nil {
				return nil, err
			}
		}
		inst, ok := v.(*tInstance)
		if !ok || !inst.class.exc {
			return nil, raise(newExc("TypeError", "exceptions must derive from BaseException"))
		}
		if len(args) > 1 {
			inst.attrs["__cause__"] = args[1]
		}
		return nil, raise(inst)
	})
	env[hidden.Match] = builtin(hidden.Match, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(match(args[0], args[1])), nil
	})
	env[hidden.Try] = builtin(hidden.Try, tryImpl)
	env[hidden.With] = builtin(hidden.With, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		mgr := args[0]
		enter, _ := attr(mgr, "__enter__")
		exit, _ := attr(mgr, "__exit__")
		v, err := starlark.Call(th, enter, nil, nil)
		if err != nil {
			return nil, err
		}
		r, err := starlark.Call(th, args[1], starlark.Tuple{v}, nil)
		if err != nil {
			exc := excOf(err)
			sup, err2 := starlark.Call(th, exit, starlark.Tuple{exc.class, exc, starlark.None}, nil)
			if err2 != nil {
				return nil, err2
			}
			if sup.Truth() {
				return starlark.None, nil
			}
			return nil, raise(exc)
		}
		if _, err := starlark.Call(th, exit, starlark.Tuple{starlark.None, starlark.None, starlark.None}, nil); err != nil {
			return nil, err
		}
		return r, nil
	})
	env[hidden.Import] = builtin(hidden.Import, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if args[0] == starlark.String("math") {
			return starmath.Module, nil
		}
		return nil, raise(newExc("ImportError", "No module named "+pyRepr(args[0])))
	})
	env[hidden.ImportFrom] = builtin(hidden.ImportFrom, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return attr(args[0], string(args[1].(starlark.String)))
	})
	env[hidden.ImportStar] = builtin(hidden.ImportStar, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		m := args[0].(*starlarkstruct.Module)
		d := starlark.NewDict(len(m.Members))
		for k, v := range m.Members {
			d.SetKey(starlark.String(k), v)
		}
		return d, nil
	})
	env[hidden.Unpack] = builtin(hidden.Unpack, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		l, err := toList(args[0])
		if err != nil {
			return nil, err
		}
		before, _ := starlark.AsInt32(args[1])
		after, _ := starlark.AsInt32(args[2])
		n := l.Len()
		if n < before+after {
			return nil, raise(newExc("ValueError", fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", before+after, n)))
		}
		var out []starlark.Value
		for i := 0; i < before; i++ {
			out = append(out, l.Index(i))
		}
		var mid []starlark.Value
		for i := before; i < n-after; i++ {
			mid = append(mid, l.Index(i))
		}
		out = append(out, starlark.NewList(mid))
		for i := n - after; i < n; i++ {
			out = append(out, l.Index(i))
		}
		return starlark.NewList(out), nil
	})
	env[hidden.List] = builtin(hidden.List, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return toList(args[0])
	})
	env[hidden.Tuple] = builtin(hidden.Tuple, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		l, err := toList(args[0])
		if err != nil {
			return nil, err
		}
		t := make(starlark.Tuple, l.Len())
		for i := range t {
			t[i] = l.Index(i)
		}
		return t, nil
	})
	env[hidden.SetOf] = builtin(hidden.SetOf, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		l, err := toList(args[0])
		if err != nil {
			return nil, err
		}
		s := starlark.NewSet(l.Len())
		for i := 0; i < l.Len(); i++ {
			if err := s.Insert(l.Index(i)); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	env[hidden.DictMerge] = builtin(hidden.DictMerge, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		d := starlark.NewDict(0)
		for _, a := range args {
			for _, it := range a.(*starlark.Dict).Items() {
				d.SetKey(it[0], it[1])
			}
		}
		return d, nil
	})
	env[hidden.Undefined] = builtin(hidden.Undefined, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return nil, raise(newExc("NameError", fmt.Sprintf("name '%s' is not defined", string(args[0].(starlark.String)))))
	})
	env[hidden.DelItem] = builtin(hidden.DelItem, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		switch x := args[0].(type) {
		case *starlark.Dict:
			_, _, err := x.Delete(args[1])
			return starlark.None, err
		case *starlark.List:
			i, _ := starlark.AsInt32(args[1])
			var keep []starlark.Value
			for j := 0; j < x.Len(); j++ {
				if j != i {
					keep = append(keep, x.Index(j))
				}
			}
			x.Clear()
			for _, v := range keep {
				x.Append(v)
			}
			return starlark.None, nil
		}
		return nil, fmt.Errorf("delitem")
	})
	env[hidden.DelAttr] = builtin(hidden.DelAttr, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		delete(args[0].(*tInstance).attrs, string(args[1].(starlark.String)))
		return starlark.None, nil
	})
	env[hidden.Slice] = builtin(hidden.Slice, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return args, nil
	})
	env[hidden.GetAttr] = builtin(hidden.GetAttr, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		name := string(args[1].(starlark.String))
		if f, ok := args[0].(*starlark.Function); ok && name == "__name__" {
			return starlark.String(f.Name()), nil
		}
		if ha, ok := args[0].(starlark.HasAttrs); ok {
			if v, err := ha.Attr(name); v != nil || err != nil {
				return v, err
			}
		}
		if name == "__doc__" {
			return starlark.None, nil
		}
		return nil, fmt.Errorf("no attribute %s", name)
	})
	env[hidden.Iter] = builtin(hidden.Iter, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		if s, ok := args[0].(starlark.String); ok {
			var out []starlark.Value
			for _, r := range string(s) {
				out = append(out, starlark.String(string(r)))
			}
			return starlark.NewList(out), nil
		}
		return args[0], nil
	})
	env[hidden.Resumable] = builtin(hidden.Resumable, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		var seq []starlark.Value
		it := starlark.Iterate(args[0])
		if s, ok := args[0].(starlark.String); ok {
			for _, r := range string(s) {
				seq = append(seq, starlark.String(string(r)))
			}
		} else if it != nil {
			var v starlark.Value
			for it.Next(&v) {
				seq = append(seq, v)
			}
			it.Done()
		}
		return &tResumable{seq: seq}, nil
	})
	env[hidden.SetItem] = builtin(hidden.SetItem, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return nil, fmt.Errorf("slice assignment is not in the test runtime")
	})
	env[hidden.Assertion] = builtin(hidden.Assertion, func(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
		return &tInstance{class: excClasses["AssertionError"], attrs: map[string]starlark.Value{"args": args}}, nil
	})
	return env
}

func match(v, types starlark.Value) bool {
	inst, ok := v.(*tInstance)
	if !ok {
		return false
	}
	if t, ok := types.(starlark.Tuple); ok {
		for _, x := range t {
			if match(v, x) {
				return true
			}
		}
		return false
	}
	c, ok := types.(*tClass)
	return ok && inst.class.subclassOf(c)
}

// tryImpl is __pc_try(body, handler, orelse, final).
func tryImpl(th *starlark.Thread, args starlark.Tuple, kw []starlark.Tuple) (starlark.Value, error) {
	body, handler, orelse, final := args[0], args[1], args[2], args[3]
	r, err := starlark.Call(th, body, nil, nil)
	if err != nil && handler != starlark.None {
		exc := excOf(err)
		h := handlingOf(th)
		h.stack = append(h.stack, exc)
		r, err = starlark.Call(th, handler, starlark.Tuple{exc}, nil)
		h.stack = h.stack[:len(h.stack)-1]
	} else if err == nil && r == starlark.None && orelse != starlark.None {
		r, err = starlark.Call(th, orelse, nil, nil)
	}
	if final != starlark.None {
		fr, ferr := starlark.Call(th, final, nil, nil)
		if ferr != nil {
			return nil, ferr
		}
		if fr != starlark.None {
			return fr, nil
		}
	}
	return r, err
}

// attr is x.name for the test runtime's values.
func attr(x starlark.Value, name string) (starlark.Value, error) {
	if h, ok := x.(starlark.HasAttrs); ok {
		v, err := h.Attr(name)
		if err != nil {
			return nil, err
		}
		if v != nil {
			return v, nil
		}
	}
	return nil, raise(newExc("AttributeError", fmt.Sprintf("'%s' object has no attribute '%s'", x.Type(), name)))
}

// tResumable is the test runtime's __pc_resumable.
type tResumable struct {
	seq []starlark.Value
	i   int
}

func (r *tResumable) String() string             { return "resumable" }
func (r *tResumable) Type() string               { return "resumable" }
func (r *tResumable) Freeze()                    {}
func (r *tResumable) Truth() starlark.Bool       { return true }
func (r *tResumable) Hash() (uint32, error)      { return 0, fmt.Errorf("unhashable") }
func (r *tResumable) Iterate() starlark.Iterator { return &tResumeIter{r} }

type tResumeIter struct{ r *tResumable }

func (it *tResumeIter) Next(p *starlark.Value) bool {
	if it.r.i >= len(it.r.seq) {
		return false
	}
	*p = it.r.seq[it.r.i]
	it.r.i++
	return true
}
func (it *tResumeIter) Done() {}
