package core

// This file defines how tracebacks are captured: a Starlark call stack is
// folded into the frames the user sees (see package hidden), and an
// exception's frames grow as CPython's do when it is re-raised.

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
)

// VisibleFrames folds a Starlark call stack (outermost first) into the
// frames of a Python traceback: built-in frames are dropped; a hidden
// function (name starting with hidden.Prefix) is not shown, its position
// replacing the position of the nearest shown frame below it; a class body
// (hidden.ClassBodyPrefix+Name) is shown "in Name"; hidden.MangledPrefix is
// stripped from names; the top level is shown as "<module>".
func VisibleFrames(stack starlark.CallStack) []Frame {
	out := make([]Frame, 0, len(stack))
	for _, fr := range stack {
		out = appendVisible(out, fr.Name, fr.Pos)
	}
	return out
}

// appendVisible adds one raw frame to a folded traceback.
func appendVisible(out []Frame, name string, pos syntax.Position) []Frame {
	file := pos.Filename()
	if file == "<builtin>" {
		return out
	}
	shown, ok := FrameName(name)
	if !ok && len(out) > 0 {
		last := &out[len(out)-1]
		last.File, last.Line, last.Col = file, int(pos.Line), int(pos.Col)
		return out
	}
	return append(out, Frame{File: file, Line: int(pos.Line), Col: int(pos.Col), Func: shown})
}

// FrameName returns the name a traceback shows for a Starlark function
// name, and false for a hidden function that is folded into its caller
// (the returned name is then the name stripped of hidden.Prefix).
func FrameName(name string) (string, bool) {
	switch {
	case name == "<toplevel>":
		return "<module>", true
	case name == "lambda":
		return "<lambda>", true
	case strings.HasPrefix(name, hidden.ClassBodyPrefix):
		return strings.TrimPrefix(name, hidden.ClassBodyPrefix), true
	case strings.HasPrefix(name, hidden.MangledPrefix):
		return strings.TrimPrefix(name, hidden.MangledPrefix), true
	case strings.HasPrefix(name, hidden.Prefix):
		return strings.TrimPrefix(name, hidden.Prefix), false
	}
	return name, true
}

// currentFrames returns the visible frames of th's call stack, skipping
// the top skip raw frames (the built-ins asking).
func currentFrames(th *starlark.Thread) []Frame {
	n := th.CallStackDepth()
	out := make([]Frame, 0, n)
	for i := n - 1; i >= 0; i-- {
		fr := th.CallFrame(i)
		out = appendVisible(out, fr.Name, fr.Pos)
	}
	return out
}

// visibleDepth returns the number of visible frames of th's call stack.
func visibleDepth(th *starlark.Thread) int {
	n, depth := th.CallStackDepth(), 0
	for i := n - 1; i >= 0; i-- {
		fr := th.CallFrame(i)
		if fr.Pos.Filename() == "<builtin>" {
			continue
		}
		if _, shown := FrameName(fr.Name); shown || depth == 0 {
			depth++
		}
	}
	return depth
}

// raisedHere records that exception st is raised afresh at the current
// point of th (explicit raise, or a Go error first converted): its
// traceback becomes the current frames, in front of the frames it already
// had if it was raised before (CPython's "raise e" of a caught exception).
func raisedHere(th *starlark.Thread, st *ExcState, cur []Frame) {
	if len(st.Traceback) > 0 {
		if st.inFlight == th && th != nil {
			// Still propagating on this thread: keep the part below the
			// current frame only.
			if k := len(cur) - 1; k >= 0 && k < len(st.Traceback) {
				st.Traceback = st.Traceback[k:]
			}
		}
		st.Traceback = append(append([]Frame(nil), cur...), st.Traceback...)
	} else {
		st.Traceback = cur
	}
	st.inFlight = th
}

// reraisedHere records a bare "raise" at the current point of th: the
// exception keeps its traceback, and the frames outside the current one
// are put in front when it had been caught (CPython's RERAISE adds no entry
// for the frame that re-raises).
func reraisedHere(th *starlark.Thread, st *ExcState) {
	if st.inFlight == th {
		return
	}
	cur := currentFrames(th)
	if len(cur) > 0 {
		cur = cur[:len(cur)-1]
	}
	st.Traceback = append(cur, st.Traceback...)
	st.inFlight = th
}

// caughtHere records that an exception propagating on th is caught in the
// current frame of th (depth visible frames deep): the traceback keeps the
// frames from the catching frame down, as CPython's does.
func caughtHere(th *starlark.Thread, st *ExcState) {
	if st.inFlight != th {
		return
	}
	if k := visibleDepth(th) - 1; k > 0 && k < len(st.Traceback) {
		st.Traceback = st.Traceback[k:]
	}
	st.inFlight = nil
}

// Landed marks an exception as no longer propagating: it was caught by Go
// code that keeps it (a thread's uncaught exception stored for join, a
// worker's result stored for Pool.get). When it is raised again, the frames
// of the new raise point are put in front of its traceback.
func (e *PyError) Landed() {
	if st := e.State(); st != nil {
		st.inFlight = nil
	}
}

// TracebackObject is the value of an exception's __traceback__: an opaque
// object holding its frames (tb_lineno, tb_next as CPython's).
type TracebackObject struct {
	Frames []Frame
}

var _ starlark.HasAttrs = (*TracebackObject)(nil)

// String returns "<traceback object at 0x...>".
func (t *TracebackObject) String() string {
	return fmt.Sprintf("<traceback object at %#x>", ID(t))
}

// Type returns "traceback".
func (t *TracebackObject) Type() string { return "traceback" }

// Freeze does nothing: the object is immutable.
func (t *TracebackObject) Freeze() {}

// Truth returns True.
func (t *TracebackObject) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (t *TracebackObject) Hash() (uint32, error) { return identityHash(t), nil }

// Attr gives tb_lineno (line of the first entry) and tb_next (the rest).
func (t *TracebackObject) Attr(name string) (starlark.Value, error) {
	switch name {
	case "tb_lineno":
		return starlark.MakeInt(t.Frames[0].Line), nil
	case "tb_next":
		if len(t.Frames) < 2 {
			return starlark.None, nil
		}
		return &TracebackObject{Frames: t.Frames[1:]}, nil
	}
	return nil, nil
}

// AttrNames lists the attributes.
func (t *TracebackObject) AttrNames() []string { return []string{"tb_lineno", "tb_next"} }

// tracebackValue returns __traceback__ of an exception: None when it has
// no frames.
func tracebackValue(st *ExcState) starlark.Value {
	if len(st.Traceback) == 0 {
		return starlark.None
	}
	return &TracebackObject{Frames: st.Traceback}
}

// TracebackOf returns __traceback__ of an exception instance (None when it
// has no frames or is no exception), without calling script code.
func TracebackOf(exc *Instance) starlark.Value {
	if st := ExcStateOf(exc); st != nil {
		return tracebackValue(st)
	}
	return starlark.None
}

// setTraceback sets __traceback__ (a traceback object or None).
func setTraceback(st *ExcState, v starlark.Value) error {
	switch tb := v.(type) {
	case starlark.NoneType:
		st.Traceback = nil
	case *TracebackObject:
		st.Traceback = append([]Frame(nil), tb.Frames...)
	default:
		return NewError(TypeError, "__traceback__ must be a traceback or None")
	}
	st.inFlight = nil
	return nil
}
