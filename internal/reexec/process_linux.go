package reexec

// This file defines how a child is started on Linux: with Pdeathsig =
// SIGKILL, from one goroutine locked to its OS thread.

import (
	"os/exec"
	"runtime"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

// socketpair returns a connected pair of close-on-exec stream sockets.
func socketpair() ([2]int, error) {
	return unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM|unix.SOCK_CLOEXEC, 0)
}

// starter is the goroutine, locked to its OS thread for the life of the
// process, that forks every child (Pdeathsig is tied to that thread).
var starter struct {
	once sync.Once
	mu   sync.Mutex
	reqs chan *exec.Cmd
	errs chan error
}

func startProcess(cmd *exec.Cmd) error {
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
	starter.mu.Lock()
	defer starter.mu.Unlock()
	starter.reqs <- cmd
	return <-starter.errs
}

// exited reports whether the process pid has ended, without reaping it.
func exited(pid int) bool {
	var info unix.Siginfo
	err := unix.Waitid(unix.P_PID, pid, &info, unix.WEXITED|unix.WNOHANG|unix.WNOWAIT, nil)
	return err != nil || info.Signo == int32(unix.SIGCHLD) // Linux zeroes info when nothing has ended
}
