package core

// This file defines FormatEntries: the text of traceback entries one by
// one, for the traceback module's format_tb and format_stack.

import "strings"

// FormatEntries renders each frame as CPython's traceback module does, one
// string per entry: the "  File ..., line N, in f" line, its source line
// and, when carets is true (a traceback, not a stack), the caret line.
// It is the formatter uncaught exceptions use, entry by entry.
func FormatEntries(rt *Runtime, frames []Frame, carets bool) []string {
	out := make([]string, 0, len(frames))
	for i := range frames {
		var b strings.Builder
		f := &tbFormatter{rt: rt, b: &b}
		if carets {
			f.frame(&frames[i])
		} else {
			fr := frames[i]
			fr.Col = 0
			f.frame(&fr)
		}
		out = append(out, b.String())
	}
	return out
}
