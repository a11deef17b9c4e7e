// This file defines FrameSummary, one entry of extract_tb and extract_stack.

package traceback

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// FrameSummary is one entry of a traceback or stack: filename, lineno,
// name and line, as CPython's traceback.FrameSummary.
type FrameSummary struct {
	frame core.Frame
	line  string
}

var (
	_ starlark.HasAttrs  = (*FrameSummary)(nil)
	_ starlark.Indexable = (*FrameSummary)(nil)
	_ starlark.Iterable  = (*FrameSummary)(nil)
)

// summaries makes the FrameSummary list of frames.
func summaries(rt *core.Runtime, frames []core.Frame) *starlark.List {
	out := make([]starlark.Value, len(frames))
	for i, fr := range frames {
		line := ""
		if rt != nil {
			line = rt.SourceLine(fr.File, fr.Line)
		}
		out[i] = &FrameSummary{frame: fr, line: line}
	}
	return starlark.NewList(out)
}

var summaryMethods = core.NewMethods(nil).WithProps(map[string]core.Getter{
	"filename": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.String(recv.(*FrameSummary).frame.File), nil
	},
	"lineno": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.MakeInt(recv.(*FrameSummary).frame.Line), nil
	},
	"name": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.String(recv.(*FrameSummary).frame.Func), nil
	},
	"line": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.String(recv.(*FrameSummary).line), nil
	},
})

// String returns CPython's "<FrameSummary file F, line N in f>".
func (s *FrameSummary) String() string {
	return fmt.Sprintf("<FrameSummary file %s, line %d in %s>", s.frame.File, s.frame.Line, s.frame.Func)
}

// Type returns "FrameSummary".
func (s *FrameSummary) Type() string { return "FrameSummary" }

// Freeze does nothing: a summary is immutable.
func (s *FrameSummary) Freeze() {}

// Truth returns True.
func (s *FrameSummary) Truth() starlark.Bool { return starlark.True }

// Hash is unsupported, as for CPython's (which defines __eq__ only).
func (s *FrameSummary) Hash() (uint32, error) {
	return 0, core.NewError(core.TypeError, "unhashable type: 'FrameSummary'")
}

// Attr returns filename, lineno, name or line.
func (s *FrameSummary) Attr(name string) (starlark.Value, error) { return summaryMethods.Attr(s, name) }

// AttrNames lists the attributes.
func (s *FrameSummary) AttrNames() []string { return summaryMethods.Names() }

// Len is 4: a summary unpacks as (filename, lineno, name, line).
func (s *FrameSummary) Len() int { return 4 }

// Index returns the i-th of (filename, lineno, name, line).
func (s *FrameSummary) Index(i int) starlark.Value {
	v, _ := s.Attr([...]string{"filename", "lineno", "name", "line"}[i])
	return v
}

// Iterate iterates over (filename, lineno, name, line).
func (s *FrameSummary) Iterate() starlark.Iterator {
	return starlark.Tuple{s.Index(0), s.Index(1), s.Index(2), s.Index(3)}.Iterate()
}
