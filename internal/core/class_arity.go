package core

// This file makes Starlark's argument-count errors for methods name the
// method as CPython does ("P.__init__() takes 2 positional arguments but 3
// were given") instead of by its bare function name.

import (
	"strings"

	"go.starlark.net/starlark"
)

// qualifyCallError rewrites the message of err, returned by
// starlark.Call(th, fn, ...), when it is fn's own argument error (not one
// raised deeper inside fn): "function m ..." becomes "function Owner.m ...",
// which the error conversion turns into "Owner.m() ...".
func qualifyCallError(th *starlark.Thread, err error, fn starlark.Value, owner string) error {
	f, ok := fn.(*starlark.Function)
	if !ok || owner == "" {
		return err
	}
	ee, ok := err.(*starlark.EvalError)
	if !ok || len(ee.CallStack) != th.CallStackDepth()+1 {
		return err
	}
	prefix := "function " + f.Name() + " "
	if strings.HasPrefix(ee.Msg, prefix) {
		ee.Msg = "function " + owner + "." + cleanName(f.Name()) + " " + ee.Msg[len(prefix):]
	}
	return err
}
