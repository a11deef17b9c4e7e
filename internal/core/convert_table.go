package core

// This file defines the table that turns the messages of go.starlark.net's
// built-ins and bytecode into Python exceptions with CPython's messages.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

// convRule maps Starlark messages matching re to a Python exception. fn
// gets the submatches and the name of the Starlark built-in that failed
// ("" for errors of the bytecode itself) and returns the class and args.
type convRule struct {
	re *lazyRE
	fn func(m []string, builtin string) (*Class, starlark.Tuple)
	// argErr marks errors of a call whose arguments do not fit the
	// parameters of a Starlark function: the callee's frame is dropped.
	argErr bool
}

// msgArgs is the args tuple of a one-message exception.
func msgArgs(format string, a ...any) starlark.Tuple {
	return starlark.Tuple{starlark.String(fmt.Sprintf(format, a...))}
}

// rule makes a convRule.
func rule(pattern string, fn func(m []string, builtin string) (*Class, starlark.Tuple)) convRule {
	return convRule{re: lazyRegexp(pattern), fn: fn}
}

// fixed makes a rule giving class c with a fixed message.
func fixed(pattern string, c *Class, msg string) convRule {
	return rule(pattern, func([]string, string) (*Class, starlark.Tuple) { return c, msgArgs("%s", msg) })
}

// convRules are tried in order on the message, after removing the
// "name: " prefix of a failing built-in.
var convRules = []convRule{
	// Arithmetic.
	fixed(`^floating-point division by zero$`, ZeroDivisionError, "division by zero"),
	fixed(`^floored division by zero$`, ZeroDivisionError, "integer division or modulo by zero"),
	fixed(`^integer modulo by zero$`, ZeroDivisionError, "integer modulo by zero"),
	fixed(`^floating-point modulo by zero$`, ZeroDivisionError, "float modulo"),
	fixed(`^negative shift count`, ValueError, "negative shift count"),
	fixed(`^int too large to convert to float$`, OverflowError, "int too large to convert to float"),
	fixed(`^floating-point number too large$`, OverflowError, "int too large to convert to float"),
	fixed(`^cannot convert float infinity to integer$`, OverflowError, "cannot convert float infinity to integer"),
	fixed(`^cannot convert float NaN to integer$`, ValueError, "cannot convert float NaN to integer"),
	rule(`^(?:repeat count .* too large|excessive repeat .*)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return OverflowError, msgArgs("cannot fit 'int' into an index-sized integer")
	}),

	// Lookups.
	rule(`^key (.*) not in \w+$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return KeyError, starlark.Tuple{parseRepr(m[1])}
	}),
	fixed(`^missing key$`, KeyError, ""),
	rule(`^(\w+) index -?\d+ out of range \[`, func(m []string, b string) (*Class, starlark.Tuple) {
		return IndexError, msgArgs("%s", indexMessage(m[1], b))
	}),
	rule(`^index -?\d+ out of range: empty (\w+)$`, func(m []string, b string) (*Class, starlark.Tuple) {
		if b == "pop" {
			return IndexError, msgArgs("pop from empty %s", pyType(m[1]))
		}
		return IndexError, msgArgs("%s", indexMessage(m[1], b))
	}),
	rule(`^(\w+) index: got (\w+), want int$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		if m[1] == "string" {
			return TypeError, msgArgs("string indices must be integers, not '%s'", pyType(m[2]))
		}
		return TypeError, msgArgs("%s indices must be integers or slices, not %s", pyType(m[1]), pyType(m[2]))
	}),
	rule(`^invalid (?:start|end) index: got (\w+), want int$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("slice indices must be integers or None or have an __index__ method")
	}),
	fixed(`^zero is not a valid slice step$`, ValueError, "slice step cannot be zero"),
	rule(`^(\S+) has no \.(\w+) field or method`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return AttributeError, msgArgs("%s", attrMessage(m[1], m[2]))
	}),
	rule(`^can't assign to \.(\w+) field of (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return AttributeError, msgArgs("%s", attrMessage(m[2], m[1]))
	}),

	// Operators.
	rule(`^unknown binary op: (\S+) (not in|\S+) (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s", binaryMessage(pyType(m[1]), m[2], pyType(m[3])))
	}),
	rule(`^unknown unary op: (\S+) (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("bad operand type for unary %s: '%s'", m[1], pyType(m[2]))
	}),
	rule(`^(\S+) (<|<=|>|>=) (\S+) not implemented$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' not supported between instances of '%s' and '%s'", m[2], pyType(m[1]), pyType(m[3]))
	}),
	rule(`^'in <string>' requires string as left operand, not (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'in <string>' requires string as left operand, not %s", pyType(m[1]))
	}),
	rule(`^(\S+) value is not iterable$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object is not iterable", pyType(m[1]))
	}),
	rule(`^invalid call of non-function \((\S+)\)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object is not callable", pyType(m[1]))
	}),
	rule(`^unhandled index operation (\S+)\[(\S+)\]$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object is not subscriptable", pyType(m[1]))
	}),
	rule(`^(\S+) value does not support item assignment$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object does not support item assignment", pyType(m[1]))
	}),
	rule(`^unhashable(?: type)?: (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("unhashable type: '%s'", pyType(m[1]))
	}),
	rule(`^argument after \*\* must be a mapping, not (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("argument after ** must be a mapping, not %s", pyType(m[1]))
	}),
	rule(`^argument after \* must be iterable, not (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("argument after * must be an iterable, not %s", pyType(m[1]))
	}),
	fixed(`^keywords must be strings, not \S+$`, TypeError, "keywords must be strings"),

	// Recursion.
	fixed(`^Starlark stack overflow$`, RecursionError, "maximum recursion depth exceeded"),
	fixed(`^function \S+ called recursively$`, RecursionError, "maximum recursion depth exceeded"),
	fixed(`^comparison exceeded maximum recursion depth$`, RecursionError, "maximum recursion depth exceeded in comparison"),

	// Variables.
	rule(`^local variable (\S+) referenced before assignment$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return UnboundLocalError, msgArgs("cannot access local variable '%s' where it is not associated with a value", m[1])
	}),
	rule(`^global variable (\S+) referenced before assignment$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return NameError, msgArgs("name '%s' is not defined", m[1])
	}),

	// Unpacking.
	rule(`^too many values to unpack \(got \d+, want (\d+)\)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return ValueError, msgArgs("too many values to unpack (expected %s)", m[1])
	}),
	rule(`^too few values to unpack \(got (\d+), want (\d+)\)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return ValueError, msgArgs("not enough values to unpack (expected %s, got %s)", m[2], m[1])
	}),
	rule(`^got (\S+) in sequence assignment$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("cannot unpack non-iterable %s object", pyType(m[1]))
	}),

	// Calls of Starlark functions.
	{re: lazyRegexp(`^function (\S+) missing (\d+) arguments? \((.*)\)$`), argErr: true,
		fn: func(m []string, _ string) (*Class, starlark.Tuple) {
			names := strings.Split(m[3], ", ")
			plural := "argument"
			if len(names) > 1 {
				plural = "arguments"
			}
			return TypeError, msgArgs("%s() missing %d required positional %s: %s", funcName(m[1]), len(names), plural, quoteList(names))
		}},
	{re: lazyRegexp(`^function (\S+) accepts no arguments \((\d+) given\)$`), argErr: true,
		fn: func(m []string, _ string) (*Class, starlark.Tuple) {
			return TypeError, msgArgs("%s() takes 0 positional arguments but %s", funcName(m[1]), wereGiven(m[2]))
		}},
	{re: lazyRegexp(`^function (\S+) accepts (at most )?(\d+) positional arguments? \((\d+) given\)$`), argErr: true,
		fn: func(m []string, _ string) (*Class, starlark.Tuple) {
			s := "s"
			if m[3] == "1" {
				s = ""
			}
			return TypeError, msgArgs("%s() takes %s%s positional argument%s but %s", funcName(m[1]), m[2], m[3], s, wereGiven(m[4]))
		}},
	{re: lazyRegexp(`^function (\S+) got an unexpected keyword argument "?(\w+)"?`), argErr: true,
		fn: func(m []string, _ string) (*Class, starlark.Tuple) {
			return TypeError, msgArgs("%s() got an unexpected keyword argument '%s'", funcName(m[1]), m[2])
		}},
	{re: lazyRegexp(`^function (\S+) got multiple values for parameter "?(\w+)"?$`), argErr: true,
		fn: func(m []string, _ string) (*Class, starlark.Tuple) {
			return TypeError, msgArgs("%s() got multiple values for argument '%s'", funcName(m[1]), m[2])
		}},

	// Calls of built-ins (starlark.UnpackArgs and friends).
	// An Unpacker's Python exception (core.Timeout's), which UnpackArgs
	// keeps only as text.
	rule(`^for parameter \S+: (TypeError|ValueError|OverflowError): (.*)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		cls := map[string]*Class{"TypeError": TypeError, "ValueError": ValueError, "OverflowError": OverflowError}[m[1]]
		return cls, msgArgs("%s", m[2])
	}),
	rule(`^missing argument for (\w+)$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() missing 1 required positional argument: '%s'", b, m[1])
	}),
	rule(`^got (\d+) arguments?, want (at least |at most |exactly )?(\d+)$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s", builtinArityMessage(b, m[1], strings.TrimSpace(m[2]), m[3]))
	}),
	rule(`^got (\d+) arguments, wants 1$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s", builtinArityMessage(b, m[1], "at most", "1"))
	}),
	rule(`^(?:unexpected keyword argument|got an unexpected keyword argument) "?(\w+)"?`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() got an unexpected keyword argument '%s'", b, m[1])
	}),
	rule(`^got multiple values for (?:keyword argument|parameter) "?(\w+)"?$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() got multiple values for argument '%s'", b, m[1])
	}),
	rule(`^(?:unexpected keyword arguments|does not accept keyword arguments)$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() takes no keyword arguments", b)
	}),
	rule(`^(\w+) does not accept keyword arguments$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() takes no keyword arguments", m[1])
	}),
	rule(`^(?:for parameter \S+: )?got (\S+), want iterable$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object is not iterable", pyType(m[1]))
	}),
	rule(`^got (\S+), want string or bytes$`, func(m []string, b string) (*Class, starlark.Tuple) {
		if b == "hash" {
			return TypeError, msgArgs("unhashable type: '%s'", pyType(m[1]))
		}
		return TypeError, msgArgs("%s() argument must be str or bytes, not %s", b, pyType(m[1]))
	}),
	rule(`^(?:split: )?got (\S+) for separator, want string$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("must be str or None, not %s", pyType(m[1]))
	}),
	rule(`^(?:for parameter \S+: )?got (\S+), want int$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("'%s' object cannot be interpreted as an integer", pyType(m[1]))
	}),
	rule(`^got (\S+), want int or float$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("bad operand type for %s(): '%s'", b, pyType(m[1]))
	}),
	rule(`^(?:for parameter (\S+): )?got (\S+), want (\S+)$`, func(m []string, b string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s() argument must be %s, not %s", b, pyType(m[3]), pyType(m[2]))
	}),
	rule(`^value of type (\S+) has no len$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("object of type '%s' has no len()", pyType(m[1]))
	}),
	rule(`^invalid literal with base (\d+): (.*)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return ValueError, msgArgs("invalid literal for int() with base %s: %s", m[1], pyQuote(m[2]))
	}),
	rule(`^invalid float literal: (.*)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return ValueError, msgArgs("could not convert string to float: %s", pyQuote(m[1]))
	}),
	fixed(`^empty string$`, ValueError, "could not convert string to float: ''"),
	fixed(`^element not found$`, ValueError, "list.remove(x): x not in list"),
	fixed(`^value not in list$`, ValueError, "value is not in list"),
	fixed(`^substring not found$`, ValueError, "substring not found"),
	rule(`^in list, want string, got (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("sequence item: expected str instance, %s found", pyType(m[1]))
	}),
	fixed(`^step argument must not be zero$`, ValueError, "range() arg 3 must not be zero"),
	fixed(`^Unicode code point .* out of range`, ValueError, "chr() arg not in range(0x110000)"),
	rule(`^(\w+) requires at least one positional argument$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%s expected at least 1 argument, got 0", m[1])
	}),
	rule(`^dictionary update sequence element #(\d+) has length (\d+), want 2$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return ValueError, msgArgs("dictionary update sequence element #%s has length %s; 2 is required", m[1], m[2])
	}),
	rule(`^dictionary update sequence element #(\d+) is not iterable`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("cannot convert dictionary update sequence element #%s to a sequence", m[1])
	}),

	// printf-style formatting.
	rule(`^%(\w) format requires integer: cannot convert (\S+) to int$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("%%%s format: a real number is required, not %s", m[1], pyType(m[2]))
	}),
	rule(`^%(\w) format requires float, not (\S+)$`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("must be real number, not %s", pyType(m[2]))
	}),
	fixed(`^not enough arguments for format string$`, TypeError, "not enough arguments for format string"),
	fixed(`^too many arguments for format string$`, TypeError, "not all arguments converted during string formatting"),
	fixed(`^format requires a mapping$`, TypeError, "format requires a mapping"),

	// Mutation during iteration.
	fixed(`^cannot (?:insert into|delete from|clear) hash table during iteration$`, RuntimeError, "dictionary changed size during iteration"),
	rule(`^cannot (\w+) frozen (\w+)`, func(m []string, _ string) (*Class, starlark.Tuple) {
		return TypeError, msgArgs("cannot %s frozen %s", m[1], m[2])
	}),
}

// translate returns the exception class and args for a Starlark error
// message, and whether it is an argument error of a Starlark function.
func translate(err error, msg string) (*Class, starlark.Tuple, bool) {
	builtin := failingBuiltin(err)
	candidates := []string{msg}
	if builtin != "" && strings.HasPrefix(msg, builtin+": ") {
		candidates = []string{msg[len(builtin)+2:], msg}
	}
	for _, text := range candidates {
		text = stripDidYouMean(text)
		for _, r := range convRules {
			if m := r.re.FindStringSubmatch(text); m != nil {
				c, args := r.fn(m, builtin)
				if len(args) == 1 && args[0] == starlark.String("") {
					args = nil
				}
				return c, args, r.argErr
			}
		}
	}
	return RuntimeError, starlark.Tuple{starlark.String(msg)}, false
}

// failingBuiltin returns the name of the built-in on top of the innermost
// call stack recorded in err, or "".
func failingBuiltin(err error) string {
	var stack starlark.CallStack
	for e := err; e != nil; e = errors.Unwrap(e) {
		if ee, ok := e.(*starlark.EvalError); ok {
			stack = ee.CallStack
		}
	}
	if n := len(stack); n > 0 && stack[n-1].Pos.Filename() == "<builtin>" {
		return stack[n-1].Name
	}
	return ""
}

var didYouMean = lazyRegexp(` \(did you mean \S+\)$`)

// stripDidYouMean removes Starlark's spelling suggestion.
func stripDidYouMean(s string) string { return didYouMean.ReplaceAllString(s, "") }

// pyType returns Python's name of a type named by Starlark.
func pyType(t string) string {
	switch t {
	case "string":
		return "str"
	case "builtin_function_or_method", "function":
		return t
	}
	return t
}

// funcName returns the name a message shows for a Starlark function.
func funcName(name string) string {
	n, _ := FrameName(name)
	return n
}

// attrMessage is AttributeError's message for a missing attribute of a
// value whose Starlark type is t.
func attrMessage(t, name string) string {
	switch t {
	case "type":
		return fmt.Sprintf("type object has no attribute '%s'", name)
	case "module":
		return fmt.Sprintf("module has no attribute '%s'", name)
	}
	return fmt.Sprintf("'%s' object has no attribute '%s'", pyType(t), name)
}

// binaryMessage is TypeError's message for "x op y" of unsupported types.
func binaryMessage(x, op, y string) string {
	isSeq := func(t string) bool { return t == "str" || t == "list" || t == "tuple" || t == "bytes" }
	switch {
	case op == "+" && isSeq(x):
		return fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", x, y, x)
	case op == "*" && isSeq(x):
		return fmt.Sprintf("can't multiply sequence by non-int of type '%s'", y)
	case op == "*" && isSeq(y):
		return fmt.Sprintf("can't multiply sequence by non-int of type '%s'", x)
	case op == "in" || op == "not in":
		return fmt.Sprintf("argument of type '%s' is not iterable", y)
	}
	return fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", op, x, y)
}

// indexMessage is IndexError's message for a sequence of Starlark type t.
func indexMessage(t, builtin string) string {
	if builtin == "pop" {
		return "pop index out of range"
	}
	switch t {
	case "list", "tuple":
		return t + " index out of range"
	case "string":
		return "string index out of range"
	}
	return "index out of range"
}

// builtinArityMessage is TypeError's message for a built-in called with
// the wrong number of arguments.
func builtinArityMessage(name, got, kind, want string) string {
	switch kind {
	case "at least":
		return fmt.Sprintf("%s expected at least %s argument%s, got %s", name, want, convPlural(want), got)
	case "at most":
		return fmt.Sprintf("%s expected at most %s argument%s, got %s", name, want, convPlural(want), got)
	}
	if want == "0" {
		return fmt.Sprintf("%s() takes no arguments (%s given)", name, got)
	}
	if want == "1" {
		return fmt.Sprintf("%s() takes exactly one argument (%s given)", name, got)
	}
	return fmt.Sprintf("%s() takes exactly %s arguments (%s given)", name, want, got)
}

// convPlural returns "s" unless n is "1".
func convPlural(n string) string {
	if n == "1" {
		return ""
	}
	return "s"
}

// wereGiven returns "1 was given" or "3 were given".
func wereGiven(n string) string {
	if n == "1" {
		return "1 was given"
	}
	return n + " were given"
}

// quoteList formats names as CPython's missing-argument messages do:
// 'x'; 'x' and 'y'; 'x', 'y', and 'z'.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	switch len(q) {
	case 1:
		return q[0]
	case 2:
		return q[0] + " and " + q[1]
	}
	return strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
}

// pyQuote returns Python's repr of a string.
func pyQuote(s string) string {
	return ReprNoThread(starlark.String(s))
}

// parseRepr turns the Starlark repr of a dict key back into a value: a
// string, number, None, bool or tuple of those; other text is kept as a
// string.
func parseRepr(text string) starlark.Value {
	if s, err := strconv.Unquote(text); err == nil && strings.HasPrefix(text, `"`) {
		return starlark.String(s)
	}
	v, err := starlark.EvalOptions(&syntax.FileOptions{}, &starlark.Thread{Name: "key"}, "key", text, nil)
	if err == nil {
		return v
	}
	return starlark.String(text)
}
