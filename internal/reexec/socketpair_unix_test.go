//go:build unix

package reexec

// This file tests the socketpair channel and Pdeathsig (or end-of-file)
// on Unix.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestWrongKeyRejected(t *testing.T) {
	cmd := Command("test-echo")
	fds, _ := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	mine := os.NewFile(uintptr(fds[0]), "x")
	theirs := os.NewFile(uintptr(fds[1]), "y")
	cmd.ExtraFiles = []*os.File{theirs}
	cmd.Env = append(cmd.Env, EnvFD+"=3", EnvKey+"=0102")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	theirs.Close()
	// Play a parent that does not know the key: accept the child's answer,
	// then answer the child's challenge with garbage.
	mine.Write(make([]byte, nonceSize))
	io.ReadFull(mine, make([]byte, 32))
	mine.Write([]byte{1})
	io.ReadFull(mine, make([]byte, nonceSize))
	mine.Write(make([]byte, 32))
	mine.Close()
	cmd.Wait()
	if cmd.ProcessState.ExitCode() != 2 {
		t.Errorf("exit %d, stderr %s", cmd.ProcessState.ExitCode(), stderr.String())
	}
}

// TestParentKilled kills a worker with SIGKILL and checks that the worker
// it had started dies too: by Pdeathsig, or by end-of-file on its
// socketpair or loopback channel alone.
func TestParentKilled(t *testing.T) {
	for _, how := range [][]string{nil, {"eof"}, {"tcp"}} {
		t.Run(fmt.Sprint(how), func(t *testing.T) { testParentKilled(t, how...) })
	}
}

func testParentKilled(t *testing.T, how ...string) {
	cmd := Command("test-middle", how...)
	c, err := Start(cmd, NewAuthKey())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	line, err := bufio.NewReader(c).ReadString('\n')
	pid, perr := strconv.Atoi(strings.TrimSpace(line))
	if err != nil || perr != nil {
		t.Fatalf("middle said %q (%v)", line, err)
	}
	if !alive(pid) {
		t.Fatalf("grandchild %d not running", pid)
	}
	cmd.Process.Kill()
	cmd.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for alive(pid) {
		if time.Now().After(deadline) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("grandchild %d outlived its parent", pid)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// alive reports whether pid runs (a zombie counts as dead, where /proc
// tells).
func alive(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return syscall.Kill(pid, 0) == nil
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] != 'Z'
}
