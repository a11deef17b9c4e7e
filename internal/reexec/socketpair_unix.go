//go:build unix

package reexec

// This file defines the channel on Unix: one end of a socketpair,
// inherited by the child.

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"strconv"

	"golang.org/x/sys/unix"
)

// startChannel starts cmd with the child's end of a new socketpair among
// its inherited descriptors.
func startChannel(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	fds, err := socketpair()
	if err != nil {
		return nil, fmt.Errorf("reexec: socketpair: %w", err)
	}
	mine := os.NewFile(uintptr(fds[0]), "reexec-parent")
	theirs := os.NewFile(uintptr(fds[1]), "reexec-child")
	defer mine.Close()
	cmd.ExtraFiles = append(cmd.ExtraFiles, theirs)
	childFD := 2 + len(cmd.ExtraFiles)
	cmd.Env = append(cmd.Env, channelEnv(strconv.Itoa(childFD), authkey)...)
	err = startProcess(cmd)
	theirs.Close()
	cmd.ExtraFiles = cmd.ExtraFiles[:len(cmd.ExtraFiles)-1]
	if err != nil {
		return nil, err
	}
	conn, err := net.FileConn(mine)
	if err == nil {
		if err = authenticate(conn, authkey, true); err != nil {
			conn.Close()
		}
	}
	if err != nil {
		return nil, abandon(cmd, err)
	}
	return conn, nil
}

// inheritedConn returns the socket inherited as descriptor fdText.
func inheritedConn(fdText string) (net.Conn, error) {
	fd, err := strconv.Atoi(fdText)
	if err != nil || fd < 3 {
		return nil, fmt.Errorf("no channel descriptor in %s", EnvFD)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return nil, fmt.Errorf("descriptor %d is not a socket", fd)
	}
	unix.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "reexec-channel")
	defer f.Close()
	return net.FileConn(f)
}
