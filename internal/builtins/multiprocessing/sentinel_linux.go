package multiprocessing

// This file defines Process.sentinel on Linux: a pidfd of the child,
// readable once it has ended.

import (
	"golang.org/x/sys/unix"

	"github.com/pyconc/pyconc/internal/core"
)

func openSentinel(pid int) (int, error) {
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		return -1, core.MapError(err)
	}
	return fd, nil
}

func closeSentinel(fd int) { unix.Close(fd) }
