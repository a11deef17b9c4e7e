package reexec

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
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
	// test-middle starts a test-echo grandchild, reports its pid, then waits.
	Register("test-middle", func() {
		cmd := Command("test-echo")
		if _, err := Start(cmd, AuthKey()); err != nil {
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
// it had started dies too.
func TestParentKilled(t *testing.T) {
	cmd := Command("test-middle")
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

// alive reports whether pid runs (a zombie counts as dead).
func alive(pid int) bool {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(data)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] != 'Z'
}

func countFDs(t *testing.T) int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc")
	}
	return len(ents)
}
