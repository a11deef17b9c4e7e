//go:build unix

package multiprocessing

// This file defines how a child process is grouped, signalled and reaped
// on Unix systems.

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
)

// ownProcessGroup puts the child in its own process group: Ctrl-C on the
// terminal reaches only the parent, which terminates its children.
func ownProcessGroup(cmd *exec.Cmd) { cmd.SysProcAttr.Setpgid = true }

// sendSignal sends sig (SIGTERM or SIGKILL) to the child.
func sendSignal(p *os.Process, sig syscall.Signal) error { return p.Signal(sig) }

// exitStatus is the exitcode of a child whose Wait returned err: its
// status, or -N when signal N ended it. sent, the last signal sent to it,
// is not needed here: the system tells.
func exitStatus(err error, _ syscall.Signal) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return -int(ws.Signal())
		}
		return ee.ExitCode()
	}
	if err != nil {
		return 1
	}
	return 0
}
