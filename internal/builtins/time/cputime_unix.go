//go:build unix

// This file defines the CPU time of the process on Unix systems.

package time

import "syscall"

// tmProcessTime returns the CPU time (user + system) of the process in
// nanoseconds.
func tmProcessTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
