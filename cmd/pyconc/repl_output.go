package main

import (
	"io"
	"sync/atomic"
)

// promptWriter is a standard stream of the interpreter at the prompt.
// While a line is being read (a thread started earlier prints something),
// it writes through the line editor, which clears the line being typed
// and draws it again below the text; otherwise it writes straight to the
// terminal.
type promptWriter struct {
	plain   io.Writer
	prompt  io.Writer
	reading *atomic.Bool
}

// Write implements io.Writer.
func (w *promptWriter) Write(p []byte) (int, error) {
	if w.reading.Load() {
		return w.prompt.Write(p)
	}
	return w.plain.Write(p)
}
