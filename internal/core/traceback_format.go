package core

// This file defines FormatException: the text CPython prints for an
// uncaught exception, with its chain of causes and contexts.

import (
	"errors"
	"fmt"
	"strings"

	"go.starlark.net/starlark"
)

// recursiveCutoff is how many identical consecutive frames CPython shows
// before "[Previous line repeated N more times]".
const recursiveCutoff = 3

// FormatException renders err as CPython prints an uncaught exception:
// "Traceback (most recent call last):", one entry per frame with its source
// line (from rt.Sources), the chain of __cause__ / __context__ exceptions,
// and the last line "Type: message". The text ends with a newline. It is
// the one traceback formatter: with rt nil (a process that has no sources)
// the entries have no source lines, and an exception value exc alone is
// formatted as FormatException(rt, &PyError{Value: exc}).
//
// A script __str__ of the exception runs on the thread holding the
// interpreter lock when one does (the caller must then be that holder), else
// FormatException takes the lock for it. Errors that are not Python
// exceptions (see AsPyError) are rendered as their message. Call AsPyError
// on the thread that got err first when the exception may have come from
// another thread, so that the frames of its new raise point are included.
func FormatException(rt *Runtime, err error) string {
	if rt != nil && needsScript(err) {
		if th := rt.GIL.Holder(); th != nil {
			return formatException(rt, th, err)
		}
		th := &starlark.Thread{Name: "traceback"}
		leave := rt.Enter(th)
		defer leave()
		return formatException(rt, th, err)
	}
	return formatException(rt, nil, err)
}

// FormatExceptionLocked is FormatException for a caller running on th
// while holding the interpreter lock (threading.excepthook,
// traceback.print_exc).
func FormatExceptionLocked(th *starlark.Thread, err error) string {
	return formatException(RuntimeOf(th), th, err)
}

// needsScript reports whether formatting err may run script code (a
// __str__ defined by a script class, or arguments that are instances).
func needsScript(err error) bool {
	var pe *PyError
	if !errors.As(err, &pe) {
		return false
	}
	seen := map[*Instance]bool{}
	for _, inst := range chainOf(pe.Value, seen) {
		if f, _ := inst.Class.Lookup("__str__"); f != nil {
			if _, isGo := f.(*GoMethod); !isGo {
				return true
			}
		}
		for _, a := range ExcStateOf(inst).Args {
			if _, ok := a.(*Instance); ok {
				return true
			}
		}
	}
	return false
}

// chainOf lists inst and the exceptions of its cause/context chain.
func chainOf(inst *Instance, seen map[*Instance]bool) []*Instance {
	var out []*Instance
	for inst != nil && !seen[inst] {
		seen[inst] = true
		out = append(out, inst)
		st := ExcStateOf(inst)
		if st == nil {
			break
		}
		if c, ok := st.Cause.(*Instance); ok {
			out = append(out, chainOf(c, seen)...)
		}
		inst, _ = st.Context.(*Instance)
	}
	return out
}

// formatException renders err, running script code on th (may be nil).
func formatException(rt *Runtime, th *starlark.Thread, err error) string {
	pe, ok := AsPyError(nil, err)
	if !ok {
		msg := errorMessage(err)
		if msg == cancelPrefix+KeyboardInterruptReason {
			// A Ctrl-C that no except clause saw.
			pe = &PyError{Value: NewException(KeyboardInterrupt)}
			pe.State().Traceback = raiseFrames(nil, err, false)
		} else {
			return msg + "\n"
		}
	}
	var b strings.Builder
	f := &tbFormatter{rt: rt, th: th, b: &b, seen: map[*Instance]bool{}}
	f.chain(pe.Value)
	return b.String()
}

// tbFormatter accumulates the text of an exception chain.
type tbFormatter struct {
	rt   *Runtime
	th   *starlark.Thread
	b    *strings.Builder
	seen map[*Instance]bool
}

// chain writes inst preceded by its cause or context, as CPython does.
func (f *tbFormatter) chain(inst *Instance) {
	f.seen[inst] = true
	st := ExcStateOf(inst)
	if st != nil {
		cause, _ := st.Cause.(*Instance)
		ctx, _ := st.Context.(*Instance)
		switch {
		case st.RemoteTraceback != "":
			fmt.Fprintf(f.b, "multiprocessing.pool.RemoteTraceback: \n\"\"\"\n%s\"\"\"\n", ensureNewline(st.RemoteTraceback))
			f.b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		case cause != nil && !f.seen[cause]:
			f.chain(cause)
			f.b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		case ctx != nil && !st.SuppressContext && !f.seen[ctx]:
			f.chain(ctx)
			f.b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
		f.frames(st.Traceback)
	}
	if inst.Class.IsSubclass(SyntaxError) {
		f.b.WriteString(syntaxErrorBlock(f.th, inst))
		f.b.WriteByte('\n')
		return
	}
	f.b.WriteString(f.lastLine(inst))
	f.b.WriteByte('\n')
}

// frames writes the traceback entries, collapsing repeated lines.
func (f *tbFormatter) frames(frames []Frame) {
	if len(frames) == 0 {
		return
	}
	f.b.WriteString("Traceback (most recent call last):\n")
	var last *Frame
	count := 0
	flush := func() {
		if count > recursiveCutoff {
			n := count - recursiveCutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(f.b, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for i := range frames {
		fr := &frames[i]
		if last == nil || last.File != fr.File || last.Line != fr.Line || last.Func != fr.Func {
			flush()
			last, count = fr, 0
		}
		count++
		if count > recursiveCutoff {
			continue
		}
		f.frame(fr)
	}
	flush()
}

// frame writes one traceback entry and its source line.
func (f *tbFormatter) frame(fr *Frame) {
	fmt.Fprintf(f.b, "  File \"%s\", line %d, in %s\n", fr.File, fr.Line, fr.Func)
	if f.rt == nil {
		return
	}
	if line := f.rt.SourceLine(fr.File, fr.Line); line != "" {
		fmt.Fprintf(f.b, "    %s\n", line)
		f.b.WriteString(caretLine(f.rt, fr))
	}
}

// lastLine returns "Type: message", or "Type" when str(exc) is empty.
func (f *tbFormatter) lastLine(inst *Instance) string {
	name := ExcTypeName(inst.Class)
	msg := excStrForTraceback(f.th, inst)
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// ExcTypeName returns the name a traceback's last line shows for an
// exception class: "ValueError", "MyError", "queue.Full" (qualified unless
// the class belongs to builtins or __main__).
func ExcTypeName(c *Class) string {
	if c.Module == "" || c.Module == "builtins" || c.Module == "__main__" {
		return c.QualName
	}
	return c.Module + "." + c.QualName
}

// excStrForTraceback returns str(exc), running a script __str__ on th;
// "<exception str() failed>" when it fails, as CPython prints.
func excStrForTraceback(th *starlark.Thread, inst *Instance) string {
	if ExcStateOf(inst) == nil {
		return ""
	}
	f, owner := inst.Class.Lookup("__str__")
	if f == nil || owner == BaseException || owner == OSError {
		msg, err := excMessageTh(th, inst)
		if err != nil {
			return "<exception str() failed>"
		}
		return msg
	}
	if th == nil {
		return ExcMessage(inst)
	}
	v, err := starlark.Call(th, f, starlark.Tuple{inst}, nil)
	if err != nil {
		return "<exception str() failed>"
	}
	s, ok := v.(starlark.String)
	if !ok {
		return "<exception str() failed>"
	}
	return string(s)
}

// ensureNewline returns s ending with a newline.
func ensureNewline(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}
