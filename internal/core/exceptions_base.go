package core

// This file defines the Go methods and attributes of the exception classes:
// BaseException's __init__, __str__, __repr__, with_traceback, args,
// __cause__, __context__, __suppress_context__, __traceback__, and the
// attributes of SystemExit (code), StopIteration (value) and OSError
// (errno, strerror, filename, filename2).

import (
	"fmt"
	"strings"
	"syscall"

	"go.starlark.net/starlark"
)

func init() {
	base := BaseException
	base.SetOwn("__init__", NewGoMethod("__init__", excInit))
	base.SetOwn("__str__", NewGoMethod("__str__", excStr))
	base.SetOwn("__repr__", NewGoMethod("__repr__", excRepr))
	base.SetOwn("with_traceback", NewGoMethod("with_traceback", excWithTraceback))
	base.SetOwn("args", excProperty("args",
		func(st *ExcState) starlark.Value { return st.Args },
		func(th *starlark.Thread, st *ExcState, v starlark.Value) error {
			t, err := toTuple(th, v)
			if err != nil {
				return err
			}
			st.Args = t
			return nil
		}))
	base.SetOwn("__cause__", excProperty("__cause__",
		func(st *ExcState) starlark.Value { return st.Cause },
		func(th *starlark.Thread, st *ExcState, v starlark.Value) error {
			if !isExceptionOrNone(v) {
				return NewError(TypeError, "exception cause must be None or derive from BaseException")
			}
			st.Cause = v
			st.SuppressContext = true
			return nil
		}))
	base.SetOwn("__context__", excProperty("__context__",
		func(st *ExcState) starlark.Value { return st.Context },
		func(th *starlark.Thread, st *ExcState, v starlark.Value) error {
			if !isExceptionOrNone(v) {
				return NewError(TypeError, "exception context must be None or derive from BaseException")
			}
			st.Context = v
			return nil
		}))
	base.SetOwn("__suppress_context__", excProperty("__suppress_context__",
		func(st *ExcState) starlark.Value { return starlark.Bool(st.SuppressContext) },
		func(th *starlark.Thread, st *ExcState, v starlark.Value) error {
			st.SuppressContext = bool(v.Truth())
			return nil
		}))
	base.SetOwn("__traceback__", excProperty("__traceback__",
		func(st *ExcState) starlark.Value { return tracebackValue(st) },
		func(th *starlark.Thread, st *ExcState, v starlark.Value) error {
			return setTraceback(st, v)
		}))

	SystemExit.Alloc = func(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		setSystemExitAttrs(inst, args)
		return nil
	}
	SystemExit.SetOwn("__init__", excInitSetting(setSystemExitAttrs))

	StopIteration.Alloc = func(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		setStopIterationAttrs(inst, args)
		return nil
	}
	StopIteration.SetOwn("__init__", excInitSetting(setStopIterationAttrs))

	OSError.Alloc = func(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if inst.Class == OSError && len(args) >= 2 {
			// OSError(2, ...) is a FileNotFoundError, as in CPython.
			if n, ok := args[0].(starlark.Int); ok {
				if errno, ok := n.Int64(); ok && errno > 0 && errno < 1<<16 {
					if c := errnoClass(syscall.Errno(errno)); c != OSError {
						inst.Class = c
					}
				}
			}
		}
		setOSErrorAttrs(inst, args)
		return nil
	}
	OSError.SetOwn("__init__", excInitSetting(setOSErrorAttrs))
	OSError.SetOwn("__str__", NewGoMethod("__str__", excStr))

	SyntaxError.Alloc = allocSyntaxError
	ImportError.Alloc = func(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.SetOwn("name", starlark.None)
		inst.SetOwn("path", starlark.None)
		for _, kv := range kwargs {
			if k, _ := starlark.AsString(kv[0]); k == "name" || k == "path" {
				inst.SetOwn(k, kv[1])
			}
		}
		return nil
	}
	ImportError.SetOwn("__init__", NewGoMethod("__init__", func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		for _, kv := range kwargs {
			if k, _ := starlark.AsString(kv[0]); k != "name" && k != "path" {
				return nil, NewError(TypeError, fmt.Sprintf("'%s' is an invalid keyword argument for %s()", k, excClassName(self)))
			}
		}
		return excInit(th, self, args, nil)
	}))
}

// excInitSetting returns the __init__ of an exception class whose
// attributes set derives from the arguments (SystemExit.code, OSError.errno...):
// BaseException.__init__, then set.
func excInitSetting(set func(inst *Instance, args starlark.Tuple)) *GoMethod {
	return NewGoMethod("__init__", func(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if _, err := excInit(th, self, args, kwargs); err != nil {
			return nil, err
		}
		if inst, ok := self.(*Instance); ok {
			set(inst, args)
		}
		return starlark.None, nil
	})
}

// excInit is BaseException.__init__(self, *args): it sets args.
func excInit(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, NewError(TypeError, fmt.Sprintf("%s() takes no keyword arguments", excClassName(self)))
	}
	inst, ok := self.(*Instance)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("descriptor '__init__' requires a 'BaseException' object but received a '%s'", TypeName(self)))
	}
	st := ExcStateOf(inst)
	if st == nil {
		st = &ExcState{Cause: starlark.None, Context: starlark.None}
		inst.Native = st
	}
	st.Args = append(starlark.Tuple(nil), args...)
	return starlark.None, nil
}

// excStr is BaseException.__str__ (and OSError.__str__).
func excStr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("__str__", args, kwargs, 0); err != nil {
		return nil, err
	}
	inst, ok := self.(*Instance)
	if !ok || ExcStateOf(inst) == nil {
		return nil, NewError(TypeError, "descriptor '__str__' requires a 'BaseException' object")
	}
	s, err := excMessageTh(th, inst)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
}

// excRepr is BaseException.__repr__: "ValueError('bad')", "MyError(1, 2)".
func excRepr(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs("__repr__", args, kwargs, 0); err != nil {
		return nil, err
	}
	inst, ok := self.(*Instance)
	if !ok || ExcStateOf(inst) == nil {
		return nil, NewError(TypeError, "descriptor '__repr__' requires a 'BaseException' object")
	}
	var b strings.Builder
	b.WriteString(inst.Class.Name())
	b.WriteByte('(')
	for i, a := range ExcStateOf(inst).Args {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := reprTh(th, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteByte(')')
	return starlark.String(b.String()), nil
}

// excWithTraceback is BaseException.with_traceback(tb): sets __traceback__
// and returns self.
func excWithTraceback(th *starlark.Thread, self starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tb starlark.Value
	if err := starlark.UnpackPositionalArgs("with_traceback", args, kwargs, 1, &tb); err != nil {
		return nil, err
	}
	inst, ok := self.(*Instance)
	if !ok || ExcStateOf(inst) == nil {
		return nil, NewError(TypeError, "descriptor 'with_traceback' requires a 'BaseException' object")
	}
	if err := setTraceback(ExcStateOf(inst), tb); err != nil {
		return nil, err
	}
	return self, nil
}

// excProperty makes a property of exception instances reading and writing
// their ExcState.
func excProperty(name string, get func(*ExcState) starlark.Value, set func(*starlark.Thread, *ExcState, starlark.Value) error) *Property {
	state := func(fn string, args starlark.Tuple) (*ExcState, error) {
		if len(args) > 0 {
			if inst, ok := args[0].(*Instance); ok {
				if st := ExcStateOf(inst); st != nil {
					return st, nil
				}
			}
		}
		return nil, NewError(TypeError, fmt.Sprintf("descriptor '%s' requires a 'BaseException' object", name))
	}
	getter := starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		st, err := state(name, args)
		if err != nil {
			return nil, err
		}
		return get(st), nil
	})
	setter := starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		st, err := state(name, args)
		if err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, NewError(TypeError, fmt.Sprintf("%s: expected a value", name))
		}
		if err := set(th, st, args[1]); err != nil {
			return nil, err
		}
		return starlark.None, nil
	})
	return &Property{Get: getter, Set: setter, Doc: starlark.None}
}

// setSystemExitAttrs sets SystemExit.code from the arguments: None for
// none, the argument for one, the tuple for more.
func setSystemExitAttrs(inst *Instance, args starlark.Tuple) {
	var code starlark.Value = starlark.None
	switch len(args) {
	case 0:
	case 1:
		code = args[0]
	default:
		code = append(starlark.Tuple(nil), args...)
	}
	inst.SetOwn("code", code)
}

// setStopIterationAttrs sets StopIteration.value.
func setStopIterationAttrs(inst *Instance, args starlark.Tuple) {
	var v starlark.Value = starlark.None
	if len(args) > 0 {
		v = args[0]
	}
	inst.SetOwn("value", v)
}

// setOSErrorAttrs sets errno, strerror, filename and filename2 as CPython
// does: from 2 to 5 arguments are (errno, strerror[, filename[, winerror[,
// filename2]]]), and args keeps only the first two when a filename is given.
func setOSErrorAttrs(inst *Instance, args starlark.Tuple) {
	none := starlark.Value(starlark.None)
	errno, strerror, filename, filename2 := none, none, none, none
	if n := len(args); n >= 2 && n <= 5 {
		errno, strerror = args[0], args[1]
		if n >= 3 {
			filename = args[2]
			if st := ExcStateOf(inst); st != nil {
				st.Args = starlark.Tuple{args[0], args[1]}
			}
		}
		if n == 5 {
			filename2 = args[4]
		}
	}
	inst.SetOwn("errno", errno)
	inst.SetOwn("strerror", strerror)
	inst.SetOwn("filename", filename)
	inst.SetOwn("filename2", filename2)
}

// excMessageTh is str(exc) for BaseException.__str__ and OSError.__str__,
// calling script __repr__ of the arguments on th.
func excMessageTh(th *starlark.Thread, inst *Instance) (string, error) {
	if inst.Class.IsSubclass(SyntaxError) {
		return syntaxErrorMessage(th, inst)
	}
	if inst.Class.IsSubclass(OSError) {
		if msg, ok, err := osErrorMessage(th, inst); ok || err != nil {
			return msg, err
		}
	}
	st := ExcStateOf(inst)
	switch len(st.Args) {
	case 0:
		return "", nil
	case 1:
		if inst.Class.IsSubclass(KeyError) {
			return reprTh(th, st.Args[0])
		}
		return strTh(th, st.Args[0])
	}
	return reprTh(th, st.Args)
}

// osErrorMessage formats "[Errno 2] No such file or directory: 'x'" when
// errno and strerror are set (ok false otherwise).
func osErrorMessage(th *starlark.Thread, inst *Instance) (string, bool, error) {
	errno, _ := inst.GetOwn("errno")
	strerror, _ := inst.GetOwn("strerror")
	filename, _ := inst.GetOwn("filename")
	filename2, _ := inst.GetOwn("filename2")
	isNone := func(v starlark.Value) bool { return v == nil || v == starlark.None }
	if isNone(errno) && isNone(strerror) && isNone(filename) {
		return "", false, nil
	}
	if isNone(errno) && isNone(strerror) {
		return "", false, nil
	}
	e, err := strTh(th, orNone(errno))
	if err != nil {
		return "", false, err
	}
	s, err := strTh(th, orNone(strerror))
	if err != nil {
		return "", false, err
	}
	msg := fmt.Sprintf("[Errno %s] %s", e, s)
	if !isNone(filename) {
		f, err := reprTh(th, filename)
		if err != nil {
			return "", false, err
		}
		msg += ": " + f
		if !isNone(filename2) {
			f2, err := reprTh(th, filename2)
			if err != nil {
				return "", false, err
			}
			msg += " -> " + f2
		}
	}
	return msg, true, nil
}

// orNone returns v, or None when v is nil.
func orNone(v starlark.Value) starlark.Value {
	if v == nil {
		return starlark.None
	}
	return v
}

// excClassName returns the class name of an exception instance (or the
// Python type name of any other value).
func excClassName(v starlark.Value) string {
	if inst, ok := v.(*Instance); ok {
		return inst.Class.Name()
	}
	return TypeName(v)
}

// isExceptionOrNone reports whether v is None or an exception instance.
func isExceptionOrNone(v starlark.Value) bool {
	if v == starlark.None {
		return true
	}
	inst, ok := v.(*Instance)
	return ok && ExcStateOf(inst) != nil
}

// toTuple converts an iterable to a tuple (for "e.args = [...]").
func toTuple(th *starlark.Thread, v starlark.Value) (starlark.Tuple, error) {
	if t, ok := v.(starlark.Tuple); ok {
		return t, nil
	}
	elems, err := Collect(th, v)
	return starlark.Tuple(elems), err
}
