// This file defines the CPU time of the process on Windows.

package time

import "syscall"

// tmProcessTime returns the CPU time (user + kernel) of the process in
// nanoseconds.
func tmProcessTime() int64 {
	h, err := syscall.GetCurrentProcess()
	if err != nil {
		return 0
	}
	var creation, exit, kernel, user syscall.Filetime
	if err := syscall.GetProcessTimes(h, &creation, &exit, &kernel, &user); err != nil {
		return 0
	}
	// Filetime counts 100-nanosecond intervals.
	ticks := func(ft syscall.Filetime) int64 { return int64(ft.HighDateTime)<<32 | int64(ft.LowDateTime) }
	return (ticks(kernel) + ticks(user)) * 100
}
