package multiprocessing

// This file defines how a child process is grouped, signalled and reaped
// on Windows, which has no signals: terminate() and kill() end the child
// (TerminateProcess), and its exitcode is then -SIGTERM or -SIGKILL, as
// CPython reports for terminate().

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
)

// ownProcessGroup starts the child in a new process group: Ctrl-C in the
// console reaches only the parent, which terminates its children.
func ownProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr.CreationFlags |= syscall.CREATE_NEW_PROCESS_GROUP
}

// sendSignal ends the child, whatever sig.
func sendSignal(p *os.Process, _ syscall.Signal) error { return p.Kill() }

// exitStatus is the exitcode of a child whose Wait returned err: -sent
// when it was ended by terminate() or kill(), else its status.
func exitStatus(err error, sent syscall.Signal) int {
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case sent != 0:
		return -int(sent)
	case errors.As(err, &ee):
		return ee.ExitCode()
	}
	return 1
}
