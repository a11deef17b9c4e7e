package reexec

import (
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
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
// instance of the running binary, with args as os.Args[1:], and
// Pdeathsig = SIGKILL. Start it with Start, which adds the channel.
func Command(name string, args ...string) *exec.Cmd {
	cmd := &exec.Cmd{
		Path: Self(),
		Args: append([]string{name}, args...),
		Env:  append(os.Environ(), EnvName+"="+name),
		SysProcAttr: &syscall.SysProcAttr{
			Pdeathsig: syscall.SIGKILL,
		},
	}
	return cmd
}

// starter is the goroutine, locked to its OS thread for the life of the
// process, that forks every child (Pdeathsig is tied to that thread).
var starter struct {
	once sync.Once
	reqs chan *exec.Cmd
	errs chan error
}

func startLocked(cmd *exec.Cmd) error {
	starter.once.Do(func() {
		starter.reqs = make(chan *exec.Cmd)
		starter.errs = make(chan error)
		go func() {
			runtime.LockOSThread() // never unlocked: the thread lives as long as the process
			for c := range starter.reqs {
				starter.errs <- c.Start()
			}
		}()
	})
	starterMu.Lock()
	defer starterMu.Unlock()
	starter.reqs <- cmd
	return <-starter.errs
}

var starterMu sync.Mutex

// Start starts cmd (made by Command) with a new channel and returns the
// parent's end once both sides have authenticated with authkey. On
// failure the child, if started, is killed and waited for.
func Start(cmd *exec.Cmd, authkey []byte) (net.Conn, error) {
	if len(authkey) == 0 {
		return nil, fmt.Errorf("reexec: empty authkey")
	}
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("reexec: socketpair: %w", err)
	}
	mine := os.NewFile(uintptr(fds[0]), "reexec-parent")
	theirs := os.NewFile(uintptr(fds[1]), "reexec-child")
	defer mine.Close()
	cmd.ExtraFiles = append(cmd.ExtraFiles, theirs)
	childFD := 2 + len(cmd.ExtraFiles)
	cmd.Env = append(cmd.Env, EnvFD+"="+strconv.Itoa(childFD), EnvKey+"="+hex.EncodeToString(authkey))
	err = startLocked(cmd)
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
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		return nil, fmt.Errorf("reexec: worker %s: %w", cmd.Args[0], err)
	}
	return conn, nil
}

// openParent turns the inherited descriptor into the authenticated channel.
func openParent(fdText, keyText string) (net.Conn, []byte, error) {
	fd, err := strconv.Atoi(fdText)
	if err != nil || fd < 3 {
		return nil, nil, fmt.Errorf("no channel descriptor in %s", EnvFD)
	}
	key, err := hex.DecodeString(keyText)
	if err != nil || len(key) == 0 {
		return nil, nil, fmt.Errorf("no authkey in %s", EnvKey)
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil || st.Mode&unix.S_IFMT != unix.S_IFSOCK {
		return nil, nil, fmt.Errorf("descriptor %d is not a socket", fd)
	}
	unix.CloseOnExec(fd)
	f := os.NewFile(uintptr(fd), "reexec-channel")
	conn, err := net.FileConn(f)
	f.Close()
	if err != nil {
		return nil, nil, err
	}
	if err := authenticate(conn, key, false); err != nil {
		conn.Close()
		return nil, nil, err
	}
	return conn, key, nil
}
