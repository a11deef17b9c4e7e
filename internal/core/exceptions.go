package core

import (
	"go.starlark.net/starlark"
)

// ObjectClass is Python's object, the root of every class.
var ObjectClass = MustClass("object", "builtins", nil, map[string]starlark.Value{})

// ExcState is the Native state of an exception instance.
type ExcState struct {
	Args    starlark.Tuple
	Cause   starlark.Value // __cause__ (None or an exception instance)
	Context starlark.Value // __context__
	// Traceback is the formatted traceback entries of where the exception
	// was raised (outermost first), kept when it crosses threads/processes.
	Traceback []Frame
	// RemoteTraceback is the complete traceback text of an exception that
	// was raised in another process, shown before the local frames.
	RemoteTraceback string

	// SuppressContext is __suppress_context__ (set by "raise X from Y").
	SuppressContext bool

	// inFlight is the thread on which Traceback currently runs from the
	// outermost frame down to the raise point (the exception is propagating
	// there); nil once the exception was caught, stored or sent elsewhere,
	// when a new raise must put the frames of its raise point in front.
	inFlight *starlark.Thread
}

// Frame is one entry of a traceback.
type Frame struct {
	File string
	Line int
	Col  int
	Func string
}

// The built-in exception classes.
var (
	BaseException       = newExcClass("BaseException", nil)
	SystemExit          = newExcClass("SystemExit", BaseException)
	KeyboardInterrupt   = newExcClass("KeyboardInterrupt", BaseException)
	GeneratorExit       = newExcClass("GeneratorExit", BaseException)
	Exception           = newExcClass("Exception", BaseException)
	StopIteration       = newExcClass("StopIteration", Exception)
	ArithmeticError     = newExcClass("ArithmeticError", Exception)
	ZeroDivisionError   = newExcClass("ZeroDivisionError", ArithmeticError)
	OverflowError       = newExcClass("OverflowError", ArithmeticError)
	AssertionError      = newExcClass("AssertionError", Exception)
	AttributeError      = newExcClass("AttributeError", Exception)
	BufferError         = newExcClass("BufferError", Exception)
	EOFError            = newExcClass("EOFError", Exception)
	ImportError         = newExcClass("ImportError", Exception)
	ModuleNotFoundError = newExcClass("ModuleNotFoundError", ImportError)
	LookupError         = newExcClass("LookupError", Exception)
	IndexError          = newExcClass("IndexError", LookupError)
	KeyError            = newExcClass("KeyError", LookupError)
	MemoryError         = newExcClass("MemoryError", Exception)
	NameError           = newExcClass("NameError", Exception)
	UnboundLocalError   = newExcClass("UnboundLocalError", NameError)
	OSError             = newExcClass("OSError", Exception)
	FileNotFoundError   = newExcClass("FileNotFoundError", OSError)
	FileExistsError     = newExcClass("FileExistsError", OSError)
	PermissionError     = newExcClass("PermissionError", OSError)
	IsADirectoryError   = newExcClass("IsADirectoryError", OSError)
	TimeoutError        = newExcClass("TimeoutError", OSError)
	BrokenPipeError     = newExcClass("BrokenPipeError", OSError)
	ProcessLookupError  = newExcClass("ProcessLookupError", OSError)
	RuntimeError        = newExcClass("RuntimeError", Exception)
	NotImplementedError = newExcClass("NotImplementedError", RuntimeError)
	RecursionError      = newExcClass("RecursionError", RuntimeError)
	SyntaxError         = newExcClass("SyntaxError", Exception)
	IndentationError    = newExcClass("IndentationError", SyntaxError)
	TabError            = newExcClass("TabError", IndentationError)
	TypeError           = newExcClass("TypeError", Exception)
	ValueError          = newExcClass("ValueError", Exception)
	UnicodeError        = newExcClass("UnicodeError", ValueError)
	UnicodeDecodeError  = newExcClass("UnicodeDecodeError", UnicodeError)
	UnicodeEncodeError  = newExcClass("UnicodeEncodeError", UnicodeError)
)

// newExcClass creates a built-in exception class. Its methods are installed
// by the init function of exceptions_base.go on BaseException and the few
// classes with attributes of their own (SystemExit, OSError, StopIteration).
func newExcClass(name string, base *Class) *Class {
	return NewExceptionClass(name, "builtins", base)
}

// NewExceptionClass creates a Go-defined exception class deriving from base
// (BaseException when base is nil) for a module: queue.Empty,
// threading.BrokenBarrierError... module is the class's __module__, shown in
// tracebacks as "module.Name" unless it is "builtins" or "__main__".
func NewExceptionClass(name, module string, base *Class) *Class {
	bases := []*Class{ObjectClass}
	if base != nil {
		bases = []*Class{base}
	}
	c := MustClass(name, module, bases, map[string]starlark.Value{})
	if base == nil {
		c.Alloc = allocException
	}
	return c
}

// allocException is BaseException.__new__: every exception instance gets
// its args, whether or not a script __init__ calls the base __init__.
func allocException(th *starlark.Thread, inst *Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
	inst.Native = &ExcState{Args: append(starlark.Tuple(nil), args...), Cause: starlark.None, Context: starlark.None}
	return nil
}

// ExceptionClasses lists the built-in exception classes by name (for the
// built-ins universe and for decoding exceptions from other processes).
func ExceptionClasses() map[string]*Class {
	m := map[string]*Class{}
	for _, c := range []*Class{BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
		StopIteration, ArithmeticError, ZeroDivisionError, OverflowError, AssertionError, AttributeError,
		BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
		MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError,
		PermissionError, IsADirectoryError, TimeoutError, BrokenPipeError, ProcessLookupError,
		RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
		TypeError, ValueError, UnicodeError,
		UnicodeDecodeError, UnicodeEncodeError} {
		m[c.name] = c
	}
	for _, c := range warningClasses {
		m[c.name] = c
	}
	return m
}

// PyError is a raised Python exception travelling through Go code as an
// error. Value is the exception instance (its class derives from
// BaseException).
type PyError struct {
	Value *Instance
}

// Error returns "Type: message" (or "Type" when the message is empty).
func (e *PyError) Error() string {
	msg := ExcMessage(e.Value)
	if msg == "" {
		return e.Value.Class.name
	}
	return e.Value.Class.name + ": " + msg
}

// State returns the exception's native state.
func (e *PyError) State() *ExcState { return ExcStateOf(e.Value) }

// ExcStateOf returns the native state of an exception instance (nil when
// inst is not an exception).
func ExcStateOf(inst *Instance) *ExcState {
	s, _ := inst.Native.(*ExcState)
	return s
}

// NewException makes an exception instance of class c with args, without
// running a script __init__ (for exceptions raised by Go code). The Alloc
// hooks of c's Go-defined bases run, so SystemExit.code, OSError.errno and
// the like are set as they would be by calling the class.
func NewException(c *Class, args ...starlark.Value) *Instance {
	inst := &Instance{Class: c}
	for i := len(c.MRO) - 1; i >= 0; i-- {
		if k := c.MRO[i]; k.Alloc != nil {
			_ = k.Alloc(nil, inst, starlark.Tuple(args), nil)
		}
	}
	if inst.Native == nil {
		inst.Native = &ExcState{Args: starlark.Tuple(args), Cause: starlark.None, Context: starlark.None}
	}
	return inst
}

// NewError returns a Go error raising exception class c with message msg
// (TypeError("...") and the like).
func NewError(c *Class, msg string) error {
	return &PyError{Value: NewException(c, starlark.String(msg))}
}

// NewKeyboardInterrupt returns the error that raises KeyboardInterrupt.
func NewKeyboardInterrupt() error {
	return &PyError{Value: NewException(KeyboardInterrupt)}
}

// ExcMessage returns str() of an exception as Python computes it for a
// built-in exception: "" for no args, str(arg) for one, the tuple for more;
// KeyError shows repr of its single argument.
func ExcMessage(inst *Instance) string {
	s := ExcStateOf(inst)
	if s == nil {
		return ""
	}
	switch len(s.Args) {
	case 0:
		return ""
	case 1:
		if inst.Class.IsSubclass(KeyError) {
			return ReprNoThread(s.Args[0])
		}
		if str, ok := s.Args[0].(starlark.String); ok {
			return string(str)
		}
		return ReprNoThread(s.Args[0])
	}
	return ReprNoThread(s.Args)
}
