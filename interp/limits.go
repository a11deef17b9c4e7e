// This file defines the passing of Options' limits to the runtime.

package interp

import "github.com/pyconc/pyconc/internal/core"

// applyLimits gives the runtime the limits of opts; New calls it before it
// makes the main thread, so that every thread has its step budget.
func applyLimits(rt *core.Runtime, opts Options) {
	rt.MaxThreads = max(opts.MaxThreads, 0)
	rt.MaxProcesses = max(opts.MaxProcesses, 0)
	rt.MaxSteps = opts.MaxSteps
}
