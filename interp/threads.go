// This file defines the wait for non-daemon threads at exit.

package interp

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/threading"
)

// waitForThreads waits, as Python does at exit, for every non-daemon
// script thread.
func waitForThreads(th *starlark.Thread) error {
	return threading.WaitForThreads(th)
}
