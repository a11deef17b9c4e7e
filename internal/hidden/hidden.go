// Package hidden is the contract between the lowering pass (package lower),
// which turns Python-only constructs into calls of hidden built-in functions,
// and the runtime (package core), which predeclares those built-ins.
//
// Every hidden name starts with Prefix, which a user's identifier cannot
// reasonably clash with. Each constant's comment gives the built-in's
// signature and meaning; both sides must honour it exactly.
//
// Control values. Lowered try/except/else/finally and with bodies are
// closures. A closure returns None when control falls off its end, or one of
// the tuples (ControlReturn, value), (ControlBreak,) or (ControlContinue,)
// when the Python code did return/break/continue. The runtime treats any
// non-None result as opaque: it runs what must still run (finally, __exit__)
// and then returns it to the lowered code, which dispatches on it.
//
// Hidden functions. Closures made by the lowering are named so the runtime
// can fold them into the user's frames in tracebacks: any Starlark function
// whose name starts with Prefix (try bodies, handlers, with bodies...) is not
// shown as a frame of its own: its position replaces the position of the
// nearest shown frame below it. The exception is a class body, named
// ClassBodyPrefix+ClassName, shown as "in ClassName" as CPython does.
package hidden

import "go.starlark.net/syntax"

// Prefix starts every hidden name.
const Prefix = "__pc_"

// FileOptions returns the go.starlark.net dialect of lowered code: sets,
// while loops, control statements at top level, reassignment of globals
// and recursion. Every parse or compilation of lowered code uses it.
func FileOptions() *syntax.FileOptions {
	return &syntax.FileOptions{Set: true, While: true, TopLevelControl: true, GlobalReassign: true, Recursion: true}
}

// Control codes: element 0 of a non-None control value.
const (
	ControlReturn   = 1 // (1, value): the Python code executed "return value"
	ControlBreak    = 2 // (2,): "break"
	ControlContinue = 3 // (3,): "continue"

	// ControlDone is private to the lowering: (4,) is what the closure of
	// a loop turned inside out returns when the loop has ended.
	ControlDone = 4
)

// Hidden built-ins predeclared by the runtime.
const (
	// Cell: __pc_cell(name, kind) returns a new unbound cell for variable
	// name; kind is "global" (module variable assigned by a function that
	// declares it global, or inside a try/with body at module level),
	// "local" (function variable assigned in a try/with closure or declared
	// nonlocal by an inner function). The cell has one field, "v": reading
	// c.v before any store raises NameError "name 'x' is not defined"
	// (global) or UnboundLocalError "cannot access local variable 'x' where
	// it is not associated with a value" (local); c.v = value stores.
	// Cells are mutable even when the module is frozen and are safe under
	// the interpreter lock.
	Cell = "__pc_cell"

	// Class: __pc_class(name, bases, ns, module, qualname) creates a class.
	// bases is a tuple of classes (script or Go-defined); ns is a dict
	// str -> value in definition order (methods, class attributes,
	// staticmethod/classmethod/property objects, "__doc__").
	Class = "__pc_class"

	// Super: __pc_super(cls, self) is Python's super(cls, self), the lowering
	// of a no-argument super() inside a method (cls is the class's name as
	// bound where the class statement stands, self the method's first
	// parameter).
	Super = "__pc_super"

	// Is: __pc_is(a, b) is Python's "a is b" (bool).
	Is = "__pc_is"

	// Pow: __pc_pow(a, b) is a ** b (ints, floats, __pow__/__rpow__).
	Pow = "__pc_pow"

	// Mod: __pc_mod(a, b) is Python's a % b: printf-style formatting when a
	// is a str or bytes (flags, width, precision, %(name)s, %r, %%), numeric
	// modulo otherwise (including __mod__/__rmod__). The lowering emits it
	// for every % whose operands are not both obviously numbers.
	Mod = "__pc_mod"

	// Fmt: __pc_fmt(value, conv, spec) formats one f-string field: conv is
	// "", "r", "s" or "a" (applied first), spec the format spec string (may
	// be ""), honouring __format__ and Python's format-spec mini-language.
	Fmt = "__pc_fmt"

	// Method: __pc_method(x, name, *args, **kwargs) calls method name of x.
	// The lowering emits it for every call x.name(...) where name is in
	// RoutedMethods: methods Python's built-in types have and Starlark's
	// lack or implement differently. The runtime uses its own implementation
	// when x is a built-in str/bytes/list/dict/set/tuple/int/float, and an
	// ordinary attribute call otherwise.
	Method = "__pc_method"

	// Raise: __pc_raise() re-raises the exception being handled (RuntimeError
	// "No active exception to reraise" when none); __pc_raise(exc) raises exc
	// (an exception instance, or a class, which is instantiated with no
	// arguments; anything else is TypeError "exceptions must derive from
	// BaseException"); __pc_raise(exc, cause) sets exc.__cause__ (cause may
	// be None).
	Raise = "__pc_raise"

	// Compare: __pc_compare(x, op, y) is Python's x op y (op one of "==",
	// "!=", "<", "<=", ">", ">=") where Starlark's differs: the lowering
	// emits it for a comparison one of whose operands is a call x.keys()
	// or x.items() (a dict view compares with a set as a set).
	Compare = "__pc_compare"

	// Try: __pc_try(body, handler, orelse, final) runs a lowered try
	// statement and returns a control value or None. body() runs first. If
	// it raises, handler(exc) runs with exc the exception instance (None for
	// handler means there are no except clauses); while it runs, exc is
	// the "exception being handled" of this thread (for bare raise and
	// sys.exc_info). The handler's lowered code tests each clause with
	// __pc_match and ends with __pc_raise() when no clause matched. If body
	// returned None, orelse() runs (when not None). final() (when not None)
	// always runs last; if it returns non-None, that result replaces any
	// pending exception or control value. Cancellation of the interpreter
	// (host context, termination of threads) is never given to handler.
	Try = "__pc_try"

	// Match: __pc_match(exc, types) reports whether exception instance exc
	// is an instance of types (a class or a tuple of classes); TypeError
	// "catching classes that do not inherit from BaseException is not
	// allowed" otherwise.
	Match = "__pc_match"

	// With: __pc_with(mgr, body) runs a lowered with statement (one item):
	// v = mgr.__enter__(); r = body(v); then mgr.__exit__(None, None, None),
	// or mgr.__exit__(type, value, traceback) if body raised, in which case a
	// true result suppresses the exception (and __pc_with returns None).
	// Returns r.
	With = "__pc_with"

	// Import: __pc_import(dotted, leaf) imports a module and its parent
	// packages through the runtime's importer. With leaf False it returns
	// the top-level package (import a.b binds a), with leaf True the module
	// named by the whole dotted name. A name with leading dots ("..m", ".")
	// is relative to the package of the module that runs the call (its
	// __package__). Unknown: ModuleNotFoundError "No module named 'x'".
	Import = "__pc_import"

	// ImportFrom: __pc_importfrom(module, name) returns attribute name of
	// module, else its submodule name, or raises ImportError "cannot import
	// name 'x' from 'm' (file)".
	ImportFrom = "__pc_importfrom"

	// ImportStar: __pc_importstar(module) returns a dict of the module's
	// public names (the lowering assigns each name it can know statically;
	// it reports "from m import *" as unsupported when it cannot).
	ImportStar = "__pc_importstar"

	// DelItem: __pc_delitem(x, key) is "del x[key]" (key may be a slice made
	// by __pc_slice); DelAttr: __pc_delattr(x, name) is "del x.name".
	DelItem = "__pc_delitem"
	DelAttr = "__pc_delattr"

	// Iter: __pc_iter(x) is the iterable of a for loop or comprehension
	// clause: x itself when Starlark can iterate it, the list of the
	// characters of a str, the list of the ints of a bytes value, and the
	// values of an instance's __iter__/__getitem__ protocol.
	Iter = "__pc_iter"

	// Resumable: __pc_resumable(x) returns an iterable over the elements of
	// x that later for loops over it resume from where the previous one
	// stopped (the lowering of a loop whose body is one try statement runs
	// the loop again after each handled exception). Sequences are walked
	// by index, so no iteration lock stays on a list.
	Resumable = "__pc_resumable"

	// GetSlice: __pc_getslice(x, lo, hi, step) is x[lo:hi:step] (absent
	// parts are None): str sliced by characters, __getitem__ of instances
	// called with a slice object, other sequences as Starlark slices them.
	GetSlice = "__pc_getslice"

	// SetItem: __pc_setitem(x, key, value) is "x[key] = value" where key is
	// a slice made by __pc_slice (slice assignment: lst[1:3] = [...]).
	SetItem = "__pc_setitem"

	// GetAttr: __pc_getattr(x, name) is Python's attribute read x.name for
	// the names in RoutedAttrs (__name__, __class__...), which values of
	// Starlark's own types (functions, lists...) lack.
	GetAttr = "__pc_getattr"

	// Assertion: __pc_assertion([msg]) returns a new AssertionError(msg)
	// (the lowering of assert, immune to a user's rebinding of the name).
	Assertion = "__pc_assertion"

	// Slice: __pc_slice(lo, hi, step) is a slice object (for del x[a:b]).
	Slice = "__pc_slice"

	// Unpack: __pc_unpack(iterable, before, after) is starred assignment
	// support: it returns a list of before + 1 + after elements, the one at
	// index before being a list of the middle; ValueError "not enough values
	// to unpack (expected at least N, got M)" when too short.
	Unpack = "__pc_unpack"

	// List, Tuple, SetOf: __pc_list(x), __pc_tuple(x), __pc_set(x) are
	// Python's list(x), tuple(x), set(x) (honouring __iter__), used for
	// unpacking in displays and calls ([1, *xs], f(*a, *b)), set displays
	// and set comprehensions; they cannot be shadowed by the user.
	List  = "__pc_list"
	Tuple = "__pc_tuple"
	SetOf = "__pc_set"

	// DictMerge: __pc_dictmerge(d1, d2, ...) returns a new dict with the
	// entries of each mapping in turn ({**a, **b} and f(**a, **b)).
	DictMerge = "__pc_dictmerge"

	// Undefined: __pc_undefined(name) raises NameError "name 'x' is not
	// defined". The lowering emits it for names bound nowhere in the module
	// and not predeclared, so the error happens at run time, as in Python.
	Undefined = "__pc_undefined"

	// Del: __pc_del is the value stored by "del x" for a plain variable; the
	// runtime's cell and name handling treat it like unbound where practical.
	Del = "__pc_del"
)

// Builtins lists every hidden built-in above: the names the lowering may
// call and the runtime must predeclare.
var Builtins = []string{
	Cell, Class, Super, Is, Pow, Mod, Fmt, Method, Raise, Compare, Try, Match, With,
	Import, ImportFrom, ImportStar, DelItem, DelAttr, Iter, Resumable,
	GetSlice, SetItem, GetAttr, Assertion, Slice, Unpack, List, Tuple, SetOf,
	DictMerge, Undefined, Del,
}

// Names the lowering binds in the code it emits: its closures, their
// parameters and its temporaries. Like every hidden name they start with
// Prefix, so the runtime hides them (frames, completion, globals shown to a
// host); no runtime code refers to one of them by name.
const (
	BodyFn     = "__pc_body"     // the body of a try statement
	ExceptFn   = "__pc_except"   // its except clauses
	ElseFn     = "__pc_else"     // its else clause
	FinallyFn  = "__pc_finally"  // its finally clause
	WithFn     = "__pc_withbody" // the body of a with statement
	LoopFn     = "__pc_loop"     // a loop turned inside out
	ExcParam   = "__pc_exc"      // the exception given to ExceptFn
	ValueVar   = "__pc_v"        // the value of __enter__ given to WithFn
	ResultVar  = "__pc_r"        // the control value a closure returned
	NSVar      = "__pc_ns"       // the namespace dict of a class body
	Empty      = "__pc_empty"    // the target of an empty unpacking
	Invalid    = "__pc_invalid"  // a target reported invalid (never run)
	TempPrefix = "__pc_t"        // TempPrefix + "1", "2"...: temporaries
)

// Echo is the variable a host's session assigns the value of an
// expression statement to, for echoing it at the prompt.
const Echo = "__pc_echo"

// ClassBodyPrefix names the hidden function that runs a class body:
// ClassBodyPrefix + "Point" for class Point.
const ClassBodyPrefix = "__pc_class_"

// MangledPrefix is put in front of a name bound in a class body when a
// method of that class refers to the same name meaning a global or an
// enclosing variable (Python's class scope is invisible to methods, Starlark's
// enclosing function scope is not). The runtime strips it wherever a
// function's name is shown (__name__, repr, tracebacks).
const MangledPrefix = "__pc_m_"

// RoutedAttrs are the attribute names whose reads x.name the lowering
// sends through __pc_getattr.
var RoutedAttrs = map[string]bool{
	"__name__": true, "__qualname__": true, "__module__": true, "__doc__": true,
	"__class__": true, "__dict__": true, "__defaults__": true, "__code__": true,
	"__self__": true, "__func__": true, "__wrapped__": true,
}

// RoutedMethods are the method names whose calls x.name(...) the lowering
// sends through __pc_method.
var RoutedMethods = map[string]bool{
	// str: missing from Starlark, or counting bytes where Python counts characters
	"format": true, "ljust": true, "rjust": true, "center": true, "zfill": true,
	"encode": true, "casefold": true, "swapcase": true, "expandtabs": true,
	"isascii": true, "isdecimal": true, "isnumeric": true, "isidentifier": true,
	"isprintable": true, "find": true, "rfind": true, "index": true, "rindex": true,
	"count": true, "translate": true, "maketrans": true,
	// bytes
	"decode": true, "hex": true,
	// list
	"sort": true, "reverse": true, "copy": true,
	// dict: keys, values and items return views
	"fromkeys": true, "keys": true, "values": true, "items": true,
	// set
	"isdisjoint": true, "intersection_update": true, "difference_update": true,
	"symmetric_difference_update": true,
	// int / float
	"bit_length": true, "to_bytes": true, "is_integer": true, "as_integer_ratio": true,
}
