package queue

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines the module value.

// Make creates the queue module for rt. It is the module's builtins.Maker.
func Make(rt *core.Runtime) (starlark.Value, error) {
	return core.NewModule("queue", starlark.StringDict{
		"Queue":         QueueClass,
		"LifoQueue":     LifoQueueClass,
		"PriorityQueue": PriorityQueueClass,
		"SimpleQueue":   SimpleQueueClass,
		"Empty":         Empty,
		"Full":          Full,
	}), nil
}
