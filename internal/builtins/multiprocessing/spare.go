package multiprocessing

// This file defines the spare child: once a program has started a
// process, the next child is started ahead of time — executed, its Go
// runtime initialised and its channel authenticated — and waits for its
// boot message (the main script and the Process to run), as CPython's
// forkserver keeps a process ready. Process.start then only sends that
// message. Spawn semantics are unchanged: the child loads the main script
// only once it has been given its Process.
//
// A spare is used only if the environment and the working directory of
// the parent are still what the spare inherited; otherwise it is discarded
// and a child is started afresh. Shutdown and TerminateAll discard the
// spare, so no process outlives the program.

import (
	"net"
	"os"
	"os/exec"
	"slices"
	"sync"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/reexec"
)

// spare is a child started ahead of time, waiting for its boot message.
type spare struct {
	cmd  *exec.Cmd
	conn net.Conn
	env  []string
	dir  string
}

// spares holds the spare child of a runtime.
type spares struct {
	mu       sync.Mutex
	ready    *spare
	starting sync.WaitGroup
	busy     bool // a spare is being started
	closed   bool // the program is ending: no more spares
}

// newChildCmd returns the command of a child process of rt.
func newChildCmd(rt *core.Runtime) *exec.Cmd {
	cmd := reexec.Command(WorkerEntry)
	ownProcessGroup(cmd)
	cmd.Stdout = streamOf(rt.Stdout, os.Stdout)
	cmd.Stderr = streamOf(rt.Stderr, os.Stderr)
	return cmd
}

// take returns the ready spare if it still fits the parent's environment
// and working directory, or nil.
func (s *spares) take() *spare {
	s.mu.Lock()
	sp := s.ready
	s.ready = nil
	s.mu.Unlock()
	if sp == nil {
		return nil
	}
	dir, _ := os.Getwd()
	if dir != sp.dir || !slices.Equal(os.Environ(), sp.env) {
		sp.discard()
		return nil
	}
	return sp
}

// refill starts a new spare in the background unless one is ready, being
// started, or the program is ending.
func (s *spares) refill(rt *core.Runtime, authkey []byte) {
	s.mu.Lock()
	if s.ready != nil || s.busy || s.closed {
		s.mu.Unlock()
		return
	}
	s.busy = true
	s.starting.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.starting.Done()
		env := os.Environ()
		dir, _ := os.Getwd()
		cmd := newChildCmd(rt)
		conn, err := reexec.Start(cmd, authkey)
		s.mu.Lock()
		s.busy = false
		if err == nil && !s.closed {
			s.ready = &spare{cmd: cmd, conn: conn, env: env, dir: dir}
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
		if err == nil {
			(&spare{cmd: cmd, conn: conn}).discard()
		}
	}()
}

// close discards the spare and stops making new ones; it returns once no
// spare process is left.
func (s *spares) close() {
	s.mu.Lock()
	s.closed = true
	sp := s.ready
	s.ready = nil
	s.mu.Unlock()
	if sp != nil {
		sp.discard()
	}
	s.starting.Wait()
}

// discard ends a spare child that will not be used.
func (sp *spare) discard() {
	sp.conn.Close()
	_ = sp.cmd.Process.Kill()
	_ = sp.cmd.Wait()
}
