package queue

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines queue.Empty and queue.Full.

// Empty is queue.Empty (CPython's _queue.Empty), raised by a non-blocking
// or timed get on an empty queue.
var Empty = core.MustClass("Empty", "_queue", []*core.Class{core.Exception}, map[string]starlark.Value{})

// Full is queue.Full, raised by a non-blocking or timed put on a full queue.
var Full = core.MustClass("Full", "queue", []*core.Class{core.Exception}, map[string]starlark.Value{})

func errEmpty() error { return &core.PyError{Value: core.NewException(Empty)} }
func errFull() error  { return &core.PyError{Value: core.NewException(Full)} }
