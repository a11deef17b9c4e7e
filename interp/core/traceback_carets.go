package core

// This file defines the caret line CPython 3.11 prints under the source
// line of a traceback entry.

// caretLine returns the line of carets under fr's source line ("" when
// CPython shows none).
func caretLine(rt *Runtime, fr *Frame) string {
	return ""
}
