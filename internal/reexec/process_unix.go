//go:build unix && !linux

package reexec

// This file defines how a child is started on Unix systems other than
// Linux: without Pdeathsig, so the child learns of its parent's death by
// end-of-file on the channel alone.

import (
	"os/exec"
	"syscall"

	"golang.org/x/sys/unix"
)

func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }

// socketpair returns a connected pair of close-on-exec stream sockets.
// Without SOCK_CLOEXEC, the fork lock keeps a concurrent exec from
// inheriting the pair before it is marked.
func socketpair() ([2]int, error) {
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		return fds, err
	}
	unix.CloseOnExec(fds[0])
	unix.CloseOnExec(fds[1])
	return fds, nil
}

func startProcess(cmd *exec.Cmd) error { return cmd.Start() }

// exited reports whether the process has ended; it is used only by the
// loopback channel, which Unix does not use, so it never says so.
func exited(pid int) bool { return false }
