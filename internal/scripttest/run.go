// This file defines the running of script tests: Run, Differential and the runners.

package scripttest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pyconc/pyconc/interp"
)

// Timeout bounds one run of a script.
const Timeout = 60 * time.Second

// A Runner runs the script file at path and returns what it gave.
type Runner func(t *testing.T, path string) Result

// Files lists the script tests under dir (recursively, sorted), leaving
// out helper modules and packages (names starting with "_").
func Files(t testing.TB, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && path != dir && strings.HasPrefix(d.Name(), "_") {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") && !strings.HasPrefix(d.Name(), "_") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no script tests under %s", dir)
	}
	sort.Strings(files)
	return files
}

// each runs f in a parallel subtest per script under dir, named by the
// script's path below dir without ".py", with its parsed expectation.
func each(t *testing.T, dir string, f func(t *testing.T, path string, want Expectation)) {
	for _, path := range Files(t, dir) {
		path := path
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			rel = path
		}
		t.Run(strings.TrimSuffix(filepath.ToSlash(rel), ".py"), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := Parse(src)
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			f(t, path, want)
		})
	}
}

// Run runs every script test under dir with run, one parallel subtest each,
// and checks each against its expectation block.
func Run(t *testing.T, dir string, run Runner) {
	each(t, dir, func(t *testing.T, path string, want Expectation) {
		r := run(t, path)
		if err := want.Check(r); err != nil {
			t.Errorf("%s: %v\n--- stdout:\n%s--- stderr:\n%s", path, err, r.Stdout, r.Stderr)
		}
	})
}

// Differential runs every script test under dir with python3, one parallel
// subtest each, and checks CPython's run against the expectation block (the
// one Run checks pyconc's against). Scripts marked "# Skip-python3:" are
// skipped, and the whole test when python3 is not on PATH.
func Differential(t *testing.T, dir string) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on PATH")
	}
	run := Command(py, "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	each(t, dir, func(t *testing.T, path string, want Expectation) {
		if want.SkipPython3 != "" {
			t.Skip(want.SkipPython3)
		}
		r := run(t, path)
		if err := want.Check(r); err != nil {
			t.Errorf("python3 disagrees with the block of %s: %v\n--- stdout:\n%s--- stderr:\n%s", path, err, r.Stdout, r.Stderr)
		}
	})
}

// Command returns a Runner that runs the program name with the script's
// base name as its argument, in the script's folder, with env added to the
// environment. A run killed by a signal has exit status -1.
func Command(name string, env ...string) Runner {
	return func(t *testing.T, path string) Result {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), Timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, name, filepath.Base(path))
		cmd.Dir = filepath.Dir(path)
		cmd.Env = append(os.Environ(), env...)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		err := cmd.Run()
		code := 0
		if err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("running %s %s: %v", name, path, err)
			}
			code = ee.ExitCode()
		}
		if ctx.Err() != nil {
			t.Fatalf("%s %s: still running after %v", name, path, Timeout)
		}
		return Result{Stdout: out.String(), Stderr: errb.String(), Exit: code}
	}
}

// InProcess returns a Runner that runs the script on a new interp.Interpreter
// made with opts (its streams and Argv replaced) in this process, and maps
// the outcome to an exit status and standard error as the pyconc command
// does. A script that starts processes needs the test binary's TestMain to
// call interp.RunWorkerIfChild first; a script that depends on the working
// directory needs Command.
func InProcess(opts interp.Options) Runner {
	return func(t *testing.T, path string) Result {
		t.Helper()
		var out, errb bytes.Buffer
		o := opts
		o.Stdin = strings.NewReader("")
		o.Stdout, o.Stderr = &out, &errb
		o.Argv = []string{path}
		in := interp.New(o)
		defer in.Close()
		ctx, cancel := context.WithTimeout(context.Background(), Timeout)
		defer cancel()
		err := in.ExecFile(ctx, path)
		if ctx.Err() != nil {
			t.Fatalf("%s: still running after %v", path, Timeout)
		}
		code := report(err, &errb)
		return Result{Stdout: out.String(), Stderr: errb.String(), Exit: code}
	}
}

// report writes err to stderr as the pyconc command does and returns the
// exit status.
func report(err error, stderr *bytes.Buffer) int {
	var (
		se *interp.SyntaxError
		pe *interp.Error
		ee *interp.ExitError
	)
	switch {
	case err == nil:
		return 0
	case errors.As(err, &se):
		fmt.Fprintln(stderr, se.Error())
	case errors.As(err, &pe):
		fmt.Fprint(stderr, withNewline(pe.Traceback))
		if pe.Class == "KeyboardInterrupt" {
			return 130
		}
	case errors.As(err, &ee):
		if ee.Message != "" {
			fmt.Fprintln(stderr, ee.Message)
		}
		return ee.Code
	default: // a deadlock report, or another error
		fmt.Fprint(stderr, withNewline(err.Error()))
	}
	return 1
}

func withNewline(s string) string {
	if strings.HasSuffix(s, "\n") {
		return s
	}
	return s + "\n"
}
