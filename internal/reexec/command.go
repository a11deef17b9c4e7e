package reexec

// This file defines Command and Start, which start a worker with its
// channel, and the child's side of the channel (openParent).

import (
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// Self returns the path that re-executes the running binary:
// /proc/self/exe on Linux, os.Executable otherwise.
func Self() string {
	if runtime.GOOS == "linux" {
		if _, err := os.Stat("/proc/self/exe"); err == nil {
			return "/proc/self/exe"
		}
	}
	if exe, err := os.Executable(); err == nil {
		return exe
	}
	return os.Args[0]
}

// Command returns a command that runs the entry point name in a new
// instance of the running binary, with args as os.Args[1:]. Its
// SysProcAttr is never nil; on Linux it has Pdeathsig = SIGKILL. Start it
// with Start, which adds the channel.
func Command(name string, args ...string) *exec.Cmd {
	cmd := &exec.Cmd{
		Path:        Self(),
		Args:        append([]string{name}, args...),
		Env:         append(os.Environ(), EnvName+"="+name),
		SysProcAttr: sysProcAttr(),
	}
	return cmd
}

// Start starts cmd (made by Command) with a new channel and returns the
// parent's end once both sides have authenticated with authkey. On
// failure the child, if started, is killed and waited for.
func Start(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	if len(authkey) == 0 {
		return nil, fmt.Errorf("reexec: empty authkey")
	}
	return startChannel(cmd, authkey)
}

// channelEnv returns the environment entries that hand the channel
// (a descriptor number, or tcp:ADDRESS) and the authkey to the child.
func channelEnv(channel string, authkey []byte) []string {
	return []string{EnvFD + "=" + channel, EnvKey + "=" + hex.EncodeToString(authkey)}
}

// abandon kills and waits for a child whose channel could not be set up.
func abandon(cmd *exec.Cmd, err error) error {
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	return fmt.Errorf("reexec: worker %s: %w", cmd.Args[0], err)
}

// openParent turns the channel named by the environment into the
// authenticated channel.
func openParent(channel, keyText string) (net.Conn, []byte, error) {
	key, err := hex.DecodeString(keyText)
	if err != nil || len(key) == 0 {
		return nil, nil, fmt.Errorf("no authkey in %s", EnvKey)
	}
	var conn net.Conn
	if addr, ok := strings.CutPrefix(channel, tcpPrefix); ok {
		conn, err = dialParent(addr)
	} else {
		conn, err = inheritedConn(channel)
	}
	if err != nil {
		return nil, nil, err
	}
	if err := authenticate(conn, key, false); err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, key, nil
}
