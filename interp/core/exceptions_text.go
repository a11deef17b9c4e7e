package core

// This file defines the repr/str helpers the exception code uses for the
// arguments of exceptions.

import "go.starlark.net/starlark"

// reprTh returns repr(v) for exception messages. Script __repr__ methods
// run on the thread holding the interpreter lock.
func reprTh(th *starlark.Thread, v starlark.Value) (string, error) {
	return ReprNoThread(v), nil
}

// strTh returns str(v) for exception messages.
func strTh(th *starlark.Thread, v starlark.Value) (string, error) {
	if s, ok := v.(starlark.String); ok {
		return string(s), nil
	}
	return ReprNoThread(v), nil
}
