package core

import (
	"io"
	"sync"
)

// Output is a standard stream shared by all threads: each Write reaches the
// underlying writer in one call, under a mutex, so that lines printed by
// concurrent threads never tear.
type Output struct {
	mu sync.Mutex
	w  io.Writer
}

// NewOutput wraps w.
func NewOutput(w io.Writer) *Output { return &Output{w: w} }

// Write writes p with a single call of the underlying writer.
func (o *Output) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.w.Write(p)
}

// WriteString writes s with a single call of the underlying writer.
func (o *Output) WriteString(s string) (int, error) { return o.Write([]byte(s)) }

// Writer returns the underlying writer.
func (o *Output) Writer() io.Writer { return o.w }

// Flush flushes the underlying writer when it can be flushed.
func (o *Output) Flush() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if f, ok := o.w.(interface{ Sync() error }); ok {
		_ = f.Sync() // errors of Sync on pipes and terminals are meaningless
	}
	if f, ok := o.w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}
