package core

// This file defines InternalError, what a panic of pyconc's own code
// becomes: every place that recovers one (compilation, a run, a thread)
// turns it into an error here, never into a crash of the host.

import (
	"fmt"
	"os"
	"runtime/debug"
)

// InternalError reports a failure of pyconc itself (never the user's
// mistake): a panic recovered at Where (a script's file name, a thread).
type InternalError struct {
	Where string
	Msg   string // the panic's value; with PYCONC_DEBUG=1 also the Go stack
}

// Error returns the error's message.
func (e *InternalError) Error() string {
	if e.Where != "" {
		return fmt.Sprintf("pyconc internal error at %s: %s", e.Where, e.Msg)
	}
	return "pyconc internal error: " + e.Msg
}

// NewInternalError returns the error reporting r, a value recovered from a
// panic at where. Called in the deferred function that recovered r, it
// keeps the Go stack of the panic when the environment has PYCONC_DEBUG=1.
func NewInternalError(r any, where string) *InternalError {
	msg := fmt.Sprint(r)
	if os.Getenv("PYCONC_DEBUG") == "1" {
		msg += "\n" + string(debug.Stack())
	}
	return &InternalError{Where: where, Msg: msg}
}
