//go:build unix

package interp

// This file defines processGone on Unix for the tests.

import "syscall"

// processGone reports whether no process pid exists.
func processGone(pid int) bool { return syscall.Kill(pid, 0) == syscall.ESRCH }
