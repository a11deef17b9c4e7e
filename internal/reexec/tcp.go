package reexec

// This file defines the loopback channel, used where there is no
// socketpair (Windows): the parent listens on 127.0.0.1, the child
// connects, and the authentication in both directions rejects any other
// local process that connects first.

import (
	"net"
	"os/exec"
	"time"
)

// tcpPrefix marks a loopback address in EnvFD.
const tcpPrefix = "tcp:"

// acceptPoll is how often a parent waiting for its child's connection
// checks that the child still runs.
const acceptPoll = 50 * time.Millisecond

// startTCP starts cmd and waits for it to connect to a loopback listener
// that exists for that start only.
func startTCP(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	ln, err := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		return nil, err
	}
	defer ln.Close()
	cmd.Env = append(cmd.Env, channelEnv(tcpPrefix+ln.Addr().String(), authkey)...)
	if err := startProcess(cmd); err != nil {
		return nil, err
	}
	return acceptChild(ln, cmd, authkey)
}

// acceptChild returns the first connection to ln that authenticates,
// giving up when the started cmd ends or the handshake time is over.
func acceptChild(ln *net.TCPListener, cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	deadline := time.Now().Add(handshakeTimeout)
	for {
		next := time.Now().Add(acceptPoll)
		if next.After(deadline) {
			next = deadline
		}
		ln.SetDeadline(next)
		c, err := ln.AcceptTCP()
		if err != nil {
			if ne, ok := err.(net.Error); ok && ne.Timeout() && time.Now().Before(deadline) && !exited(cmd.Process.Pid) {
				continue
			}
			if ne, ok := err.(net.Error); ok && ne.Timeout() {
				err = errNoConnection
			}
			return nil, abandon(cmd, err)
		}
		if err := authenticate(c, authkey, true); err != nil {
			c.Close() // not our child, or a child that is not ours to trust
			continue
		}
		c.SetNoDelay(true)
		return c, nil
	}
}

// dialParent connects to the parent's loopback listener.
func dialParent(addr string) (net.Conn, error) {
	return net.DialTimeout("tcp", addr, handshakeTimeout)
}
