package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"

	"github.com/chzyer/readline"

	"github.com/pyconc/pyconc/interp"
)

// The prompts, as CPython's sys.ps1 and sys.ps2.
const (
	ps1 = ">>> "
	ps2 = "... "
)

// historyName is the history file kept in the home folder between sessions.
const historyName = ".pyconc_history"

// banner returns the two lines printed when the prompt starts.
func banner() string {
	return fmt.Sprintf("pyconc %s (Python 3.11 subset on go.starlark.net, %s) on %s\n"+
		"Type \"exit()\" or Ctrl-D to leave; Tab completes names, modules and attributes.\n",
		Version, runtime.Version(), runtime.GOOS)
}

// historyPath returns ~/.pyconc_history, HOME taken from the environment,
// or "" (no history kept) without a home folder.
func historyPath() string {
	home := os.Getenv("HOME")
	if home == "" {
		return ""
	}
	return filepath.Join(home, historyName)
}

// screenWidth returns the terminal's width, 80 when the terminal does not
// tell (the line editor would not complete on a width of 0).
func screenWidth() int {
	if w := readline.GetScreenWidth(); w > 0 {
		return w
	}
	return 80
}

// runREPL runs the interactive prompt on the terminal tty (standard
// input) and returns the exit status.
func runREPL(tty *os.File, stdout, stderr io.Writer) int {
	comp := &completer{}
	rl, err := readline.NewEx(&readline.Config{
		Prompt:          ps1,
		AutoComplete:    comp,
		HistoryFile:     historyPath(),
		HistoryLimit:    1000,
		InterruptPrompt: "\n", // readline: print only the newline
		EOFPrompt:       "\n",
		Stdin:           readline.NewCancelableStdin(tty),
		Stdout:          stdout,
		Stderr:          stderr,
		FuncGetWidth:    screenWidth,
	})
	if err != nil {
		fmt.Fprintf(stderr, "pyconc: cannot start the prompt: %v\n", err)
		return 1
	}
	defer rl.Close()
	r := &repl{rl: rl}
	r.stdout = &promptWriter{plain: stdout, prompt: rl.Stdout(), reading: &r.reading}
	r.stderr = &promptWriter{plain: stderr, prompt: rl.Stderr(), reading: &r.reading}
	in := interp.New(interp.Options{Stdout: r.stdout, Stderr: r.stderr, Argv: []string{""}})
	defer in.Close()
	r.s = in.NewSession()
	r.pending.s = r.s
	comp.s = r.s
	r.it = startInterrupter(in)
	defer r.it.stop()
	fmt.Fprint(r.stderr, banner())
	return r.loop()
}

// repl is one interactive session on a terminal.
type repl struct {
	rl             *readline.Instance
	s              *interp.Session
	it             *interrupter
	stdout, stderr io.Writer
	pending        chunk
	reading        atomic.Bool // a line is being read at the prompt
}

// loop reads and runs statements until Ctrl-D or sys.exit, and returns
// the exit status.
func (r *repl) loop() int {
	for {
		if r.pending.empty() {
			r.rl.SetPrompt(ps1)
		} else {
			r.rl.SetPrompt(ps2)
		}
		r.reading.Store(true)
		line, err := r.rl.Readline()
		r.reading.Store(false)
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			r.pending.reset()
			fmt.Fprintln(r.stderr, "KeyboardInterrupt")
			continue
		case errors.Is(err, io.EOF):
			if r.pending.empty() {
				return r.close()
			}
			// Ctrl-D at "... " ends the statement, as in CPython.
			if code, exit := r.runChunk(r.pending.take()); exit {
				return code
			}
			continue
		case err != nil:
			fmt.Fprintf(r.stderr, "pyconc: %v\n", err)
			return r.close()
		}
		ready, err := r.pending.add(line)
		if err != nil {
			report(err, r.stderr)
			continue
		}
		if !ready {
			continue
		}
		if code, exit := r.runChunk(r.pending.take()); exit {
			return code
		}
	}
}

// runChunk runs one statement, prints its value or its error, and
// reports whether the session ends (sys.exit) with which status.
func (r *repl) runChunk(src string) (code int, exit bool) {
	var (
		echo string
		err  error
	)
	r.it.run(func() { echo, err = r.s.Run(context.Background(), src) })
	if echo != "" {
		fmt.Fprintln(r.stdout, echo)
	}
	if err == nil {
		return 0, false
	}
	var ee *interp.ExitError
	if errors.As(err, &ee) {
		if ee.Message != "" {
			fmt.Fprintln(r.stderr, ee.Message)
		}
		if c := r.close(); c != 0 {
			return c, true
		}
		return ee.Code, true
	}
	report(err, r.stderr)
	return 0, false
}

// close ends the session as CPython's prompt ends: it waits for the
// non-daemon threads and child processes (Ctrl-C interrupts the wait).
func (r *repl) close() int {
	var err error
	r.it.run(func() { err = r.s.Close(context.Background()) })
	return report(err, r.stderr)
}
