//go:build !linux

package multiprocessing

// This file defines Process.sentinel where pyconc has none (no pidfd):
// reading it raises an error saying so.

import (
	"runtime"

	"github.com/pyconc/pyconc/internal/core"
)

func openSentinel(int) (int, error) {
	return -1, core.NewError(core.NotImplementedError, "Process.sentinel is not supported by pyconc on "+runtime.GOOS)
}

func closeSentinel(int) {}
