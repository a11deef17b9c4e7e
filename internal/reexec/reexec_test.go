package reexec

// This file tests the entry points, the channel and its authentication.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

func init() {
	Register("test-echo", func() {
		c := Parent()
		buf := make([]byte, 1024)
		for {
			n, err := c.Read(buf)
			if err != nil {
				os.Exit(0) // end-of-file: the parent is gone
			}
			c.Write(buf[:n])
		}
	})
	Register("test-exit3", func() { os.Exit(3) })
	Register("test-args", func() {
		fmt.Fprintf(Parent(), "%s|%d\n", strings.Join(os.Args[1:], ","), len(AuthKey()))
		io.Copy(io.Discard, Parent())
	})
	// test-middle starts a test-echo grandchild, reports its pid, then
	// waits. With the argument "eof" the grandchild has no Pdeathsig (as
	// on systems other than Linux), with "tcp" it has the loopback channel
	// too: only end-of-file tells it of its parent's death.
	Register("test-middle", func() {
		cmd := Command("test-echo")
		start := Start
		if len(os.Args) > 1 {
			cmd.SysProcAttr = &syscall.SysProcAttr{}
			if os.Args[1] == "tcp" {
				start = startTCP
			}
		}
		if _, err := start(cmd, AuthKey()); err != nil {
			fmt.Fprintln(Parent(), "error", err)
			os.Exit(1)
		}
		fmt.Fprintln(Parent(), cmd.Process.Pid)
		io.Copy(io.Discard, Parent())
		os.Exit(0)
	})
}

func TestMain(m *testing.M) {
	if Init() {
		return
	}
	os.Exit(m.Run())
}

func TestEcho(t *testing.T) {
	before := countFDs(t)
	cmd := Command("test-echo")
	c, err := Start(cmd, NewAuthKey())
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(c, "hello")
	buf := make([]byte, 5)
	if _, err := io.ReadFull(c, buf); err != nil || string(buf) != "hello" {
		t.Fatalf("echo: %q %v", buf, err)
	}
	c.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child ended with %v after end-of-file", err)
	}
	if after := countFDs(t); after != before {
		t.Errorf("descriptors: %d before, %d after", before, after)
	}
}

func TestExitCodeAndArgs(t *testing.T) {
	cmd := Command("test-exit3")
	c, err := Start(cmd, NewAuthKey())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := cmd.Wait(); cmd.ProcessState.ExitCode() != 3 {
		t.Errorf("exit: %v", err)
	}

	cmd = Command("test-args", "a", "b c")
	c2, err := Start(cmd, NewAuthKey())
	if err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(c2).ReadString('\n')
	if line != "a,b c|32\n" {
		t.Errorf("child saw %q", line)
	}
	c2.Close()
	cmd.Wait()
}

func TestByHandFails(t *testing.T) {
	for _, env := range [][]string{
		{EnvName + "=test-echo"},
		{EnvName + "=test-echo", EnvFD + "=1", EnvKey + "=00"},
		{EnvName + "=nope"},
	} {
		cmd := exec.Command(Self())
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		if cmd.ProcessState.ExitCode() != 2 || !strings.Contains(string(out), "worker mode is for processes started by their parent") {
			t.Errorf("%v: %v\n%s", env, err, out)
		}
	}
}

func countFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc")
	}
	return len(ents)
}
