//go:build !unix && !windows

package reexec

// This file defines the stand-ins for systems that cannot start worker
// processes (js, wasip1, plan9): Start fails, saying so.

import (
	"fmt"
	"net"
	"os/exec"
	"runtime"
	"syscall"
)

func sysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{} }

func startProcess(cmd *exec.Cmd) error { return cmd.Start() }

func startChannel(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	return nil, errUnsupported
}

func inheritedConn(string) (net.Conn, error) { return nil, errUnsupported }

func exited(pid int) bool { return false }

var errUnsupported = fmt.Errorf("starting worker processes is not supported on %s", runtime.GOOS)
