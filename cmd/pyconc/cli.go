package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/pyconc/pyconc/interp"
)

// Version is pyconc's version.
const Version = "0.1.0"

const usage = `usage: pyconc [-h] [--version] [-c CODE | - | FILE] [ARGS...]

Runs Python-style scripts about threads, queues and processes.

  FILE        run the script in FILE (any extension)
  -c CODE     run CODE
  -           run the script read from standard input
  (nothing)   interactive prompt; if standard input is not a terminal,
              read the whole script from it
  -h, --help  show this help
  --version   show the version
`

// run is the whole command; it returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var (
		filename string
		src      []byte
		argv     []string
	)
	switch {
	case len(args) == 0:
		if f, ok := stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			return runREPL(f, stdout, stderr)
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pyconc: cannot read standard input: %v\n", err)
			return 1
		}
		filename, src, argv = "<stdin>", data, []string{""}
	case args[0] == "-h" || args[0] == "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case args[0] == "--version" || args[0] == "-V":
		fmt.Fprintf(stdout, "pyconc %s (Python 3.11 subset on go.starlark.net)\n", Version)
		return 0
	case args[0] == "-c":
		if len(args) < 2 {
			fmt.Fprintf(stderr, "Argument expected for the -c option\n%s", usage)
			return 2
		}
		filename, src, argv = "<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...)
	case args[0] == "-":
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "pyconc: cannot read standard input: %v\n", err)
			return 1
		}
		filename, src, argv = "<stdin>", data, append([]string{"-"}, args[1:]...)
	case strings.HasPrefix(args[0], "-") && args[0] != "-":
		fmt.Fprintf(stderr, "unknown option %s\n%s", args[0], usage)
		return 2
	default:
		data, err := os.ReadFile(args[0])
		if err != nil {
			fmt.Fprintf(stderr, "pyconc: can't open file '%s': %s\n", args[0], describeOpenError(err))
			return 2
		}
		filename, src, argv = args[0], data, args
	}
	return runSource(filename, src, argv, stdin, stdout, stderr)
}

// runSource runs one script and maps its outcome to an exit status.
func runSource(filename string, src []byte, argv []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "pyconc: internal error: %v\n", r)
			code = 1
		}
	}()
	in := interp.New(interp.Options{Stdin: stdin, Stdout: stdout, Stderr: stderr, Argv: argv})
	defer in.Close()

	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			select {
			case s := <-sigs:
				if s == syscall.SIGTERM {
					cancel()
					return
				}
				in.Interrupt()
			case <-ctx.Done():
				return
			}
		}
	}()

	var err error
	if filename == "<string>" || filename == "<stdin>" {
		err = in.Exec(ctx, filename, src)
	} else {
		err = in.ExecFile(ctx, filename)
	}
	return report(err, stderr)
}

// report prints an error as Python would and returns the exit status.
func report(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var (
		se *interp.SyntaxError
		pe *interp.Error
		ee *interp.ExitError
		de *interp.DeadlockError
	)
	switch {
	case errors.As(err, &se):
		fmt.Fprintln(stderr, se.Error())
		return 1
	case errors.As(err, &pe):
		fmt.Fprint(stderr, ensureNewline(pe.Traceback))
		if pe.Class == "KeyboardInterrupt" {
			return 130
		}
		return 1
	case errors.As(err, &ee):
		if ee.Message != "" {
			fmt.Fprintln(stderr, ee.Message)
		}
		return ee.Code
	case errors.As(err, &de):
		fmt.Fprint(stderr, ensureNewline(de.Report))
		return 1
	case errors.Is(err, context.Canceled):
		return 143
	}
	fmt.Fprintln(stderr, err)
	return 1
}

func ensureNewline(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}

// describeOpenError words a file error as CPython does.
func describeOpenError(err error) string {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "[Errno 2] No such file or directory"
	case errors.Is(err, os.ErrPermission):
		return "[Errno 13] Permission denied"
	}
	return err.Error()
}
