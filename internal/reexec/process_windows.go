package reexec

// This file defines the channel on Windows, which has no socketpair: a
// loopback TCP connection (see tcp.go), and how a child is started.

import (
	"errors"
	"net"
	"os/exec"
	"syscall"

	"golang.org/x/sys/windows"
)

func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }

func startProcess(cmd *exec.Cmd) error { return cmd.Start() }

func startChannel(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	return startTCP(cmd, authkey)
}

func inheritedConn(string) (net.Conn, error) {
	return nil, errors.New("no channel address in " + EnvFD)
}

// exited reports whether the process pid has ended (its handle is
// signalled), without waiting for it.
func exited(pid int) bool {
	h, err := windows.OpenProcess(windows.SYNCHRONIZE, false, uint32(pid))
	if err != nil {
		return true
	}
	defer windows.CloseHandle(h)
	ev, err := windows.WaitForSingleObject(h, 0)
	return err != nil || ev == windows.WAIT_OBJECT_0
}
