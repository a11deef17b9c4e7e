//go:build unix

package main

// This file defines peakKiB on Unix, from the child's rusage.

import (
	"os"
	"runtime"
	"syscall"
)

// peakKiB returns the peak resident set size of an ended process in KiB.
func peakKiB(ps *os.ProcessState) int64 {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "ios" {
		return int64(ru.Maxrss) / 1024 // bytes there, KiB elsewhere
	}
	return int64(ru.Maxrss)
}
