// This file defines the module value and its functions.

package traceback

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the traceback module for rt. Its members, as in CPython 3.11:
//
//	format_exception(exc, /, value=, tb=, limit=None, chain=True) -> list of str
//	print_exception(exc, /, value=, tb=, limit=None, file=None, chain=True)
//	format_exception_only(exc, /, value=) -> list of str
//	format_exc(limit=None, chain=True) -> str, of the exception being handled
//	print_exc(limit=None, file=None, chain=True)
//	format_tb(tb, limit=None) -> list of str; print_tb(tb, limit=None, file=None)
//	extract_tb(tb, limit=None) -> list of FrameSummary
//	format_stack(f=None, limit=None) -> list of str; print_stack(f=None, limit=None, file=None)
//	extract_stack(f=None, limit=None) -> list of FrameSummary
//	format_list(summaries) -> list of str
//	FrameSummary: filename, lineno, name, line; unpacks as (filename, lineno, name, line)
//
// file defaults to sys.stderr (the runtime's standard error). Differences
// from CPython: limit is honoured as CPython does for positive values
// (the first entries of a traceback, the innermost of a stack) and for
// negative ones; the value and tb arguments of the old three-argument form
// are accepted but the exception's own traceback is shown; f of
// format_stack/print_stack must be None or a frame of sys._getframe.
func Make(rt *core.Runtime) (starlark.Value, error) {
	b := starlark.NewBuiltin
	return core.NewModule("traceback", starlark.StringDict{
		"format_exception":      b("format_exception", formatException),
		"print_exception":       b("print_exception", printException),
		"format_exception_only": b("format_exception_only", formatExceptionOnly),
		"format_exc":            b("format_exc", formatExc),
		"print_exc":             b("print_exc", printExc),
		"format_tb":             b("format_tb", formatTb),
		"print_tb":              b("print_tb", printTb),
		"extract_tb":            b("extract_tb", extractTb),
		"format_stack":          b("format_stack", formatStack),
		"print_stack":           b("print_stack", printStack),
		"extract_stack":         b("extract_stack", extractStack),
		"format_list":           b("format_list", formatList),
	}), nil
}

// exceptionOf returns the exception instance of the (exc, value) arguments
// of format_exception: value when it is given and not None, else exc; nil
// for None.
func exceptionOf(fn string, exc, value starlark.Value) (*core.Instance, error) {
	if value != nil && value != starlark.None {
		exc = value
	}
	if exc == nil || exc == starlark.None {
		return nil, nil
	}
	inst, ok := exc.(*core.Instance)
	if !ok || core.ExcStateOf(inst) == nil {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("%s: expected an exception, not %s", fn, exc.Type()))
	}
	return inst, nil
}

// entries splits the text of an exception into the strings CPython's
// format_exception returns: the header line, one string per entry (its
// "File" line with the source and caret lines under it), the chain
// message (blank line, sentence, blank line) and the last line.
func entries(text string) *starlark.List {
	var out []starlark.Value
	var cur strings.Builder
	kind := byte(0) // 'F' a File entry, 'C' a chain message, 'L' other lines
	n := 0          // lines in a chain message so far
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, starlark.String(cur.String()))
			cur.Reset()
		}
		kind, n = 0, 0
	}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		line := text
		if i >= 0 {
			line, text = text[:i+1], text[i+1:]
		} else {
			text = ""
		}
		switch {
		case kind == 'F' && strings.HasPrefix(line, "    "):
		case kind == 'C' && n < 3:
		case kind == 'L' && line != "\n" && !strings.HasPrefix(line, "  "):
		case strings.HasPrefix(line, "  File "):
			flush()
			kind = 'F'
		case line == "\n":
			flush()
			kind = 'C'
		default:
			flush()
			kind = 'L'
		}
		cur.WriteString(line)
		n++
	}
	flush()
	return starlark.NewList(out)
}

// strList makes a list of str.
func strList(ss []string) *starlark.List {
	out := make([]starlark.Value, len(ss))
	for i, s := range ss {
		out[i] = starlark.String(s)
	}
	return starlark.NewList(out)
}

// formatted returns the text of inst as an uncaught exception (chain
// false: without its causes and contexts).
//
// tb, when not nil, is the traceback argument of the three-argument form
// (exc, value, tb): the frames shown for inst are tb's (None: none), as
// CPython's TracebackException(type(value), value, tb) shows them.
func formatted(th *starlark.Thread, inst *core.Instance, tb starlark.Value, limit starlark.Value, chain bool) (string, error) {
	if inst == nil {
		return "NoneType: None\n", nil
	}
	st := core.ExcStateOf(inst)
	saved := *st
	n, err := limitOf(limit)
	if err != nil {
		return "", err
	}
	frames := st.Traceback
	if tb != nil {
		if frames, err = tbFrames("format_exception", tb); err != nil {
			return "", err
		}
	}
	defer func() { *st = saved }()
	st.Traceback = limitFrames(frames, n, false)
	if !chain {
		st.Cause, st.Context = starlark.None, starlark.None
	}
	return core.FormatExceptionLocked(th, &core.PyError{Value: inst}), nil
}

func formatException(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value, tb, limit starlark.Value
	chain := true
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "chain?", &chain); err != nil {
		return nil, err
	}
	inst, err := exceptionOf(fn.Name(), exc, value)
	if err != nil {
		return nil, err
	}
	text, err := formatted(th, inst, tbArg(value, tb), limit, chain)
	if err != nil {
		return nil, err
	}
	return entries(text), nil
}

func printException(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value, tb, limit, file starlark.Value
	chain := true
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "exc", &exc, "value?", &value, "tb?", &tb, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
		return nil, err
	}
	inst, err := exceptionOf(fn.Name(), exc, value)
	if err != nil {
		return nil, err
	}
	text, err := formatted(th, inst, tbArg(value, tb), limit, chain)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(th, file, text)
}

func formatExceptionOnly(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var exc, value starlark.Value
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "exc", &exc, "value?", &value); err != nil {
		return nil, err
	}
	inst, err := exceptionOf(fn.Name(), exc, value)
	if err != nil {
		return nil, err
	}
	if inst == nil {
		return entries("NoneType: None\n"), nil
	}
	st := core.ExcStateOf(inst)
	saved := *st
	defer func() { *st = saved }()
	st.Traceback, st.Cause, st.Context = nil, starlark.None, starlark.None
	return entries(core.FormatExceptionLocked(th, &core.PyError{Value: inst})), nil
}

// tbArg returns the traceback argument that formatted uses: tb in the
// three-argument form (value given), nil (the exception's own) otherwise.
func tbArg(value, tb starlark.Value) starlark.Value {
	if value == nil {
		return nil
	}
	if tb == nil {
		return starlark.None
	}
	return tb
}

// handled returns the exception being handled on th, or nil.
func handled(th *starlark.Thread) *core.Instance {
	ts := core.StateOf(th)
	if ts == nil || len(ts.Handling) == 0 {
		return nil
	}
	return ts.Handling[len(ts.Handling)-1].Value
}

func formatExc(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var limit starlark.Value
	chain := true
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "limit?", &limit, "chain?", &chain); err != nil {
		return nil, err
	}
	text, err := formatted(th, handled(th), nil, limit, chain)
	if err != nil {
		return nil, err
	}
	return starlark.String(text), nil
}

func printExc(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var limit, file starlark.Value
	chain := true
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "limit?", &limit, "file?", &file, "chain?", &chain); err != nil {
		return nil, err
	}
	text, err := formatted(th, handled(th), nil, limit, chain)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(th, file, text)
}

// write writes text to file (None: the runtime's standard error) with
// its write method.
func write(th *starlark.Thread, file starlark.Value, text string) error {
	if file == nil || file == starlark.None {
		if rt := core.RuntimeOf(th); rt != nil && rt.Stderr != nil {
			_, err := rt.Stderr.WriteString(text)
			return err
		}
		return nil
	}
	w, err := core.GetAttr(th, file, "write")
	if err != nil {
		return err
	}
	_, err = starlark.Call(th, w, starlark.Tuple{starlark.String(text)}, nil)
	return err
}

// limitOf decodes a limit argument: nil for None or absent.
func limitOf(v starlark.Value) (*int, error) {
	if v == nil || v == starlark.None {
		return nil, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("limit must be an integer or None, not %s", v.Type()))
	}
	return &n, nil
}

// limitFrames applies a limit to frames (outermost first): for a traceback
// a positive limit keeps the first entries, for a stack the last ones; a
// negative limit does the opposite, as CPython's.
func limitFrames(frames []core.Frame, limit *int, stack bool) []core.Frame {
	if limit == nil {
		return frames
	}
	n := *limit
	fromEnd := stack
	if n < 0 {
		n, fromEnd = -n, !fromEnd
	}
	if n >= len(frames) {
		return frames
	}
	if fromEnd {
		return frames[len(frames)-n:]
	}
	return frames[:n]
}

// tbFrames returns the frames of a traceback argument.
func tbFrames(fn string, tb starlark.Value) ([]core.Frame, error) {
	switch tb := tb.(type) {
	case *core.TracebackObject:
		return tb.Frames, nil
	case starlark.NoneType:
		return nil, nil
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("%s: expected a traceback, not %s", fn, tb.Type()))
}

// tbArgs decodes (tb, limit) and returns the frames kept.
func tbArgs(fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, file *starlark.Value) ([]core.Frame, error) {
	var tb, limit starlark.Value
	pairs := []any{"tb", &tb, "limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, pairs...); err != nil {
		return nil, err
	}
	frames, err := tbFrames(fn.Name(), tb)
	if err != nil {
		return nil, err
	}
	n, err := limitOf(limit)
	if err != nil {
		return nil, err
	}
	return limitFrames(frames, n, false), nil
}

func formatTb(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	frames, err := tbArgs(fn, args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return strList(core.FormatEntries(core.RuntimeOf(th), frames, true)), nil
}

func printTb(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var file starlark.Value
	frames, err := tbArgs(fn, args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(th, file, strings.Join(core.FormatEntries(core.RuntimeOf(th), frames, true), ""))
}

func extractTb(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	frames, err := tbArgs(fn, args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return summaries(core.RuntimeOf(th), frames), nil
}

// stackArgs decodes (f, limit) and returns the frames of the stack kept:
// the caller's stack (or f's and its callers'), outermost first.
func stackArgs(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple, file *starlark.Value) ([]core.Frame, error) {
	var f, limit starlark.Value
	pairs := []any{"f?", &f, "limit?", &limit}
	if file != nil {
		pairs = append(pairs, "file?", file)
	}
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, pairs...); err != nil {
		return nil, err
	}
	var frames []core.Frame
	switch f := f.(type) {
	case nil, starlark.NoneType:
		frames = core.VisibleFrames(th.CallStack())
	case FrameLike:
		frames = f.Frames()
	default:
		return nil, core.NewError(core.TypeError, fmt.Sprintf("%s: expected a frame, not %s", fn.Name(), f.Type()))
	}
	n, err := limitOf(limit)
	if err != nil {
		return nil, err
	}
	return limitFrames(frames, n, true), nil
}

// FrameLike is a frame object (sys._getframe's): the visible frames from
// the outermost to it.
type FrameLike interface {
	starlark.Value
	Frames() []core.Frame
}

func formatStack(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	frames, err := stackArgs(th, fn, args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return strList(core.FormatEntries(core.RuntimeOf(th), frames, false)), nil
}

func printStack(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var file starlark.Value
	frames, err := stackArgs(th, fn, args, kwargs, &file)
	if err != nil {
		return nil, err
	}
	return starlark.None, write(th, file, strings.Join(core.FormatEntries(core.RuntimeOf(th), frames, false), ""))
}

func extractStack(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	frames, err := stackArgs(th, fn, args, kwargs, nil)
	if err != nil {
		return nil, err
	}
	return summaries(core.RuntimeOf(th), frames), nil
}

func formatList(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var list starlark.Iterable
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "extracted_list", &list); err != nil {
		return nil, err
	}
	var frames []core.Frame
	it := list.Iterate()
	defer it.Done()
	var v starlark.Value
	for it.Next(&v) {
		s, ok := v.(*FrameSummary)
		if !ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("format_list: expected FrameSummary, not %s", v.Type()))
		}
		frames = append(frames, s.frame)
	}
	return strList(core.FormatEntries(core.RuntimeOf(th), frames, false)), nil
}
