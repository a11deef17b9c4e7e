package reexec

// This file tests the loopback channel (Windows' channel) on every system.

import (
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

func TestTCPEcho(t *testing.T) {
	cmd := Command("test-echo")
	c, err := startTCP(cmd, NewAuthKey())
	if err != nil {
		t.Fatal(err)
	}
	c.Write([]byte("hello"))
	buf := make([]byte, 5)
	if _, err := io.ReadFull(c, buf); err != nil || string(buf) != "hello" {
		t.Fatalf("echo: %q %v", buf, err)
	}
	c.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child ended with %v after end-of-file", err)
	}
}

// TestTCPIntruder connects to the listener before the child, without the
// key: the parent rejects it and takes the child's connection.
func TestTCPIntruder(t *testing.T) {
	key := NewAuthKey()
	ln, err := net.ListenTCP("tcp", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	intruder, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer intruder.Close()
	verdict := make(chan []byte, 1)
	go func() {
		io.ReadFull(intruder, make([]byte, nonceSize))
		intruder.Write(make([]byte, 32))
		v, _ := io.ReadAll(intruder)
		verdict <- v
	}()
	cmd := Command("test-echo")
	cmd.Env = append(cmd.Env, channelEnv(tcpPrefix+ln.Addr().String(), key)...)
	if err := startProcess(cmd); err != nil {
		t.Fatal(err)
	}
	c, err := acceptChild(ln, cmd, key)
	if err != nil {
		t.Fatal(err)
	}
	if v := <-verdict; string(v) != "\x00" {
		t.Errorf("intruder was told %q", v)
	}
	c.Write([]byte("x"))
	if _, err := io.ReadFull(c, make([]byte, 1)); err != nil {
		t.Errorf("child: %v", err)
	}
	c.Close()
	cmd.Wait()
}

// TestTCPWrongKeyRejected plays a parent that does not know the key: the
// child refuses it and exits with status 2.
func TestTCPWrongKeyRejected(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cmd := Command("test-echo")
	cmd.Env = append(cmd.Env, EnvFD+"="+tcpPrefix+ln.Addr().String(), EnvKey+"=0102")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c, err := ln.Accept()
	if err != nil {
		t.Fatal(err)
	}
	c.Write(make([]byte, nonceSize))
	io.ReadFull(c, make([]byte, 32))
	c.Write([]byte{1})
	io.ReadFull(c, make([]byte, nonceSize))
	c.Write(make([]byte, 32))
	c.Close()
	cmd.Wait()
	if cmd.ProcessState.ExitCode() != 2 {
		t.Errorf("exit %d, stderr %s", cmd.ProcessState.ExitCode(), stderr.String())
	}
}

// TestTCPChildDies checks that a child that ends before connecting is
// noticed at once, not after the handshake timeout.
func TestTCPChildDies(t *testing.T) {
	cmd := Command("no-such-entry")
	begin := time.Now()
	if _, err := startTCP(cmd, NewAuthKey()); err == nil || !strings.Contains(err.Error(), "did not connect") {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(begin); d > handshakeTimeout/2 {
		t.Errorf("took %v", d)
	}
}
