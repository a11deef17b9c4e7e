//go:build unix

package multiprocessing

// This file defines the tests' kill() on Unix: a signal.

import "syscall"

func killProcess(pid, sig int) error { return syscall.Kill(pid, syscall.Signal(sig)) }
