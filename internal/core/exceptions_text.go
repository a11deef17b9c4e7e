package core

// This file defines the repr/str helpers the exception code uses for the
// arguments of exceptions.

import "go.starlark.net/starlark"

// reprTh returns repr(v) for exception messages, running script __repr__
// methods on th (or the lock holder when th is nil).
func reprTh(th *starlark.Thread, v starlark.Value) (string, error) {
	return Repr(th, v)
}

// strTh returns str(v) for exception messages.
func strTh(th *starlark.Thread, v starlark.Value) (string, error) {
	return Str(th, v)
}
