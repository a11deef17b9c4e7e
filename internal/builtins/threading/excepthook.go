package threading

import (
	"errors"
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.excepthook, its argument object, and the
// reporting of an exception that escapes a thread's run method.

// FormatException formats err, raised on th (which holds the interpreter
// lock), as Python prints an uncaught exception: the "Traceback (most
// recent call last):" block and the "Type: message" line. It is the
// runtime's formatter, so that threads and the main script agree; a host
// may replace it.
var FormatException = core.FormatExceptionLocked

// AsPyError converts an error raised by Starlark code on th into a Python
// exception (the runtime's conversion, which maps Starlark's errors to
// Python's classes).
var AsPyError = core.AsPyError

// pyError is AsPyError, never nil.
func pyError(th *starlark.Thread, err error) *core.PyError {
	if pe, ok := AsPyError(th, err); ok && pe != nil {
		return pe
	}
	return &core.PyError{Value: core.NewException(core.RuntimeError, starlark.String(err.Error()))}
}

// excLine returns the last line of a traceback: "queue.Empty",
// "ValueError: bad".
func excLine(v *core.Instance) string {
	name := v.Class.QualName
	if v.Class.Module != "builtins" && v.Class.Module != "" {
		name = v.Class.Module + "." + name
	}
	if msg := core.ExcMessage(v); msg != "" {
		return name + ": " + msg
	}
	return name
}

// isCancelled reports whether err comes from the end of the runtime rather
// than from the script (such errors are never reported).
func isCancelled(rt *core.Runtime, err error) bool {
	var ce *core.CancelledError
	return errors.As(err, &ce) || (rt != nil && rt.Err() != nil)
}

// reportThreadError calls threading.excepthook for an exception that
// escaped the run method of thread (running on th, under the lock).
func reportThreadError(th *starlark.Thread, thread starlark.Value, err error) {
	rt := core.RuntimeOf(th)
	if isCancelled(rt, err) {
		return
	}
	pe := pyError(th, err)
	if pe.Value.Class.IsSubclass(core.SystemExit) {
		return
	}
	var hook starlark.Value
	if m := runtimeState(rt).module.Load(); m != nil {
		hook, _ = m.Attr("excepthook")
	}
	args := &ExceptHookArgs{ExcType: pe.Value.Class, ExcValue: pe.Value, Traceback: &Traceback{Err: err}, Thread: thread}
	if hook == nil || hook == starlark.None {
		printException(th, args)
		return
	}
	if _, herr := starlark.Call(th, hook, starlark.Tuple{args}, nil); herr != nil && !isCancelled(rt, herr) {
		_, _ = rt.Stderr.WriteString("Exception in threading.excepthook:\n" + FormatException(th, herr))
	}
}

// printException is the default hook's output, written in one piece.
func printException(th *starlark.Thread, a *ExceptHookArgs) {
	rt := core.RuntimeOf(th)
	if c, ok := a.ExcType.(*core.Class); ok && c.IsSubclass(core.SystemExit) {
		return
	}
	name := ""
	if a.Thread != nil && a.Thread != starlark.None {
		if n, err := core.GetAttr(th, a.Thread, "name"); err == nil {
			name = str(n)
		}
	}
	var text string
	switch {
	case a.Traceback != nil && a.Traceback.Err != nil:
		text = FormatException(th, a.Traceback.Err)
	default:
		if v, ok := a.ExcValue.(*core.Instance); ok {
			text = excLine(v) + "\n"
		} else {
			text = str(a.ExcValue) + "\n"
		}
	}
	_, _ = rt.Stderr.WriteString("Exception in thread " + name + ":\n" + text)
}

// defaultExcepthook is threading.excepthook(args, /).
func defaultExcepthook(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(th)
	if rt == nil {
		return nil, fmt.Errorf("excepthook: no pyconc runtime")
	}
	a, ok := v.(*ExceptHookArgs)
	if !ok {
		a = &ExceptHookArgs{}
		for _, f := range []struct {
			name string
			dst  *starlark.Value
		}{{"exc_type", &a.ExcType}, {"exc_value", &a.ExcValue}, {"thread", &a.Thread}} {
			x, err := core.GetAttr(th, v, f.name)
			if err != nil {
				return nil, err
			}
			*f.dst = x
		}
	}
	if a.Thread == nil || a.Thread == starlark.None {
		if ts := core.StateOf(th); ts != nil {
			a.Thread = objectOf(ts)
		}
	}
	printException(th, a)
	return starlark.None, nil
}

// ExceptHookArgs is the argument of threading.excepthook
// (_thread._ExceptHookArgs): exc_type, exc_value, exc_traceback, thread.
type ExceptHookArgs struct {
	ExcType, ExcValue starlark.Value
	Traceback         *Traceback
	Thread            starlark.Value
}

var (
	_ starlark.HasAttrs  = (*ExceptHookArgs)(nil)
	_ starlark.Indexable = (*ExceptHookArgs)(nil)
)

func (a *ExceptHookArgs) fields() []starlark.Value {
	var tb starlark.Value = starlark.None
	if a.Traceback != nil {
		tb = a.Traceback
	}
	out := []starlark.Value{a.ExcType, a.ExcValue, tb, a.Thread}
	for i, v := range out {
		if v == nil {
			out[i] = starlark.None
		}
	}
	return out
}

// String returns "_thread._ExceptHookArgs(exc_type=..., ...)".
func (a *ExceptHookArgs) String() string {
	f := a.fields()
	return fmt.Sprintf("_thread._ExceptHookArgs(exc_type=%s, exc_value=%s, exc_traceback=%s, thread=%s)",
		f[0], core.ReprNoThread(f[1]), f[2], f[3])
}

// Type returns "_thread._ExceptHookArgs".
func (a *ExceptHookArgs) Type() string { return "_thread._ExceptHookArgs" }

// Freeze does nothing.
func (a *ExceptHookArgs) Freeze() {}

// Truth returns True.
func (a *ExceptHookArgs) Truth() starlark.Bool { return starlark.True }

// Hash reports that the object is unhashable, as a tuple of unhashables.
func (a *ExceptHookArgs) Hash() (uint32, error) {
	return 0, core.NewError(core.TypeError, "unhashable type: '_thread._ExceptHookArgs'")
}

// Index returns field i (it is a named tuple).
func (a *ExceptHookArgs) Index(i int) starlark.Value { return a.fields()[i] }

// Len returns 4.
func (a *ExceptHookArgs) Len() int { return 4 }

// Attr returns exc_type, exc_value, exc_traceback or thread.
func (a *ExceptHookArgs) Attr(name string) (starlark.Value, error) {
	return exceptHookArgsAttrs.Attr(a, name)
}

// AttrNames lists the fields.
func (a *ExceptHookArgs) AttrNames() []string { return exceptHookArgsAttrs.Names() }

// exceptHookArgsAttrs are the fields of an ExceptHookArgs, by index.
var exceptHookArgsAttrs = core.NewMethods(nil).WithProps(map[string]core.Getter{
	"exc_type":      exceptHookField(0),
	"exc_value":     exceptHookField(1),
	"exc_traceback": exceptHookField(2),
	"thread":        exceptHookField(3),
})

func exceptHookField(i int) core.Getter {
	return func(recv starlark.Value) (starlark.Value, error) { return recv.(*ExceptHookArgs).fields()[i], nil }
}

// newExceptHookArgs is threading.ExceptHookArgs((type, value, tb, thread)).
func newExceptHookArgs(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &seq); err != nil {
		return nil, err
	}
	t, err := toTuple(seq)
	if err != nil {
		return nil, err
	}
	if len(t) != 4 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", len(t)))
	}
	a := &ExceptHookArgs{ExcType: t[0], ExcValue: t[1], Thread: t[3]}
	if tb, ok := t[2].(*Traceback); ok {
		a.Traceback = tb
	}
	return a, nil
}

// Traceback is the traceback object of an exception that escaped a thread:
// it keeps the error, whose call stack the default hook prints.
type Traceback struct{ Err error }

// String returns "<traceback object at 0x...>".
func (t *Traceback) String() string { return fmt.Sprintf("<traceback object at %#x>", core.ID(t)) }

// Type returns "traceback".
func (t *Traceback) Type() string { return "traceback" }

// Freeze does nothing.
func (t *Traceback) Freeze() {}

// Truth returns True.
func (t *Traceback) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (t *Traceback) Hash() (uint32, error) { return uint32(core.ID(t) >> 3), nil }
