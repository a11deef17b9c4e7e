// This file defines the Interpreter: New, Exec, ExecFile, Interrupt,
// Close, and the conversion of a run's error to the package's errors.

package interp

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/importer"
)

// Interpreter runs Python-syntax scripts. Make one with New; Close it when
// done.
type Interpreter struct {
	opts     Options
	rt       *core.Runtime
	universe starlark.StringDict
	makers   map[string]maker
	main     *core.ThreadState

	imp *importer.Importer

	mu      sync.Mutex
	globals starlark.StringDict // the main module's globals
	session *Session            // the interactive session, if any
	dir     string              // folder of the main script, for imports
}

// maker makes a module for a runtime: the built-in modules' makers, and
// ModuleMakers adapted by hostModule.
type maker = func(rt *core.Runtime) (starlark.Value, error)

// New makes an interpreter. It panics when a value of opts.Predeclared
// cannot be converted (see ToValue): that is the host's mistake, the same
// at every run.
func New(opts Options) *Interpreter {
	predeclared, err := toValues(opts.Predeclared)
	if err != nil {
		panic(fmt.Sprintf("interp.New: Options.Predeclared: %v", err))
	}
	rt := core.NewRuntime(context.Background())
	if opts.Stdin != nil {
		rt.Stdin = opts.Stdin
	}
	if opts.Stdout != nil {
		rt.Stdout = core.NewOutput(opts.Stdout)
	}
	if opts.Stderr != nil {
		rt.Stderr = core.NewOutput(opts.Stderr)
	}
	rt.Argv = append([]string(nil), opts.Argv...)
	if len(rt.Argv) == 0 {
		rt.Argv = []string{""}
	}
	in := &Interpreter{
		opts:     opts,
		rt:       rt,
		universe: core.Universe(),
		makers:   map[string]maker{},
	}
	for k, v := range predeclared {
		in.universe[k] = v
	}
	for k, mk := range builtins.Modules() {
		in.makers[k] = mk
	}
	for k, mk := range opts.Modules {
		in.makers[k] = hostModule(k, mk)
	}
	in.imp = in.newImporter()
	rt.Import = in.imp.Import
	rt.Initializing = in.imp.Initializing
	rt.SysModules = in.imp.Modules()
	applyLimits(rt, opts)
	in.main = rt.NewThread("MainThread")
	return in
}

// Close stops every script thread and child process and frees the
// interpreter's resources.
func (in *Interpreter) Close() {
	in.rt.Close()
}

// isPredeclared reports the names every module sees.
func (in *Interpreter) isPredeclared(name string) bool {
	if _, ok := in.universe[name]; ok {
		return true
	}
	for _, n := range moduleNames {
		if n == name {
			return true
		}
	}
	return false
}

// predeclared returns the predeclared names of a module named name.
func (in *Interpreter) predeclared(name, file string) starlark.StringDict {
	d := make(starlark.StringDict, len(in.universe)+2)
	for k, v := range in.universe {
		d[k] = v
	}
	d["__name__"] = starlark.String(name)
	d["__file__"] = starlark.String(file)
	d["__package__"] = starlark.None
	return d
}

// ExecFile runs the script at path as the main module.
func (in *Interpreter) ExecFile(ctx context.Context, path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	in.mu.Lock()
	if in.dir == "" {
		in.dir = dirOf(path)
	}
	in.mu.Unlock()
	in.recordMainSpec(path, src, true)
	return in.run(ctx, path, src, "__main__", nil)
}

// Exec runs src as the main module (__name__ == "__main__"), then waits for
// the script's non-daemon threads and child processes, as Python does at
// exit. filename is shown in tracebacks ("<string>" for -c, "<stdin>" for
// standard input).
func (in *Interpreter) Exec(ctx context.Context, filename string, src []byte) error {
	in.recordMainSpec(filename, src, false)
	return in.run(ctx, filename, src, "__main__", nil)
}

// dirOf returns the folder of a script path.
func dirOf(path string) string { return filepath.Dir(path) }

// run compiles src and runs it as module name on the main thread; then,
// holding the interpreter lock, after (and then body, for a worker
// process); then it waits for non-daemon threads and child processes.
func (in *Interpreter) run(ctx context.Context, filename string, src []byte, name string, after func(th *starlark.Thread, globals starlark.StringDict) error) (err error) {
	defer recoverInternal(&err, filename)
	in.rt.Sources.Store(filename, src)
	if in.rt.MainPath == "" {
		in.rt.MainPath = filename
	}
	prog, err := compile(filename, src, in.isPredeclared)
	if err != nil {
		return err
	}
	return in.runProgram(ctx, prog, in.predeclared(name, filename), nil, after)
}

// runProgram runs a compiled main module on the main thread: before (if
// not nil) first, then the module, then after with the module's globals
// (which before's result, if not nil, joins), then the wait for the
// non-daemon threads and the end of the child processes.
func (in *Interpreter) runProgram(ctx context.Context, prog *starlark.Program, predeclared starlark.StringDict, before func(th *starlark.Thread) starlark.StringDict, after func(th *starlark.Thread, globals starlark.StringDict) error) error {
	if ctx == nil {
		ctx = context.Background()
	}
	stop := context.AfterFunc(ctx, func() { in.rt.Abort(context.Cause(ctx)) })
	defer stop()
	th := in.main.Thread
	runErr := in.rt.RunMain(in.main, func() error {
		var extra starlark.StringDict
		if before != nil {
			extra = before(th)
		}
		globals, err := prog.Init(th, predeclared)
		if globals == nil {
			globals = starlark.StringDict{}
		}
		for k, v := range extra {
			if !globals.Has(k) {
				globals[k] = v
			}
		}
		in.mu.Lock()
		if in.globals == nil {
			in.globals = globals
		} else {
			for k, v := range globals {
				in.globals[k] = v
			}
		}
		in.mu.Unlock()
		if err == nil && after != nil {
			err = after(th, globals)
		}
		if err != nil && isKeyboardInterrupt(err) {
			return err // no waiting for threads after Ctrl-C
		}
		if werr := waitForThreads(th); err == nil {
			err = werr
		}
		logProcessesExit(th)
		return err
	})
	shutdownProcesses(in, runErr)
	return in.convertError(ctx, runErr)
}

// convertError turns the error of a run into the package's error types.
func (in *Interpreter) convertError(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var dl *core.DeadlockError
	if errors.As(in.rt.Err(), &dl) {
		return &DeadlockError{Report: dl.Report}
	}
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	var ee *core.ExitError
	if errors.As(in.rt.Err(), &ee) || errors.As(err, &ee) {
		return &ExitError{Code: ee.Code}
	}
	pe, ok := core.AsPyError(in.main.Thread, err)
	if !ok {
		if rerr := in.rt.Err(); rerr != nil {
			return rerr // stopped by Close
		}
		return &InternalError{Msg: err.Error()}
	}
	if pe.Value.Class.IsSubclass(core.SystemExit) {
		code, _ := core.ExitCode(pe) // prints a non-integer code, as Python does
		if code == 0 {
			return nil
		}
		return &ExitError{Code: code}
	}
	var frames []Frame
	if st := pe.State(); st != nil {
		frames = framesOf(st.Traceback)
	}
	return &Error{
		Class:     pe.Value.Class.Name(),
		Message:   core.ExcMessage(pe.Value),
		Frames:    frames,
		Traceback: core.FormatException(in.rt, pe),
		Err:       err,
	}
}

// isKeyboardInterrupt reports whether err is an uncaught KeyboardInterrupt.
func isKeyboardInterrupt(err error) bool {
	var pe *core.PyError
	return errors.As(err, &pe) && pe.Value.Class.IsSubclass(core.KeyboardInterrupt)
}

// IsKeyboardInterrupt reports whether err (from Exec) is an uncaught
// KeyboardInterrupt (Ctrl-C).
func IsKeyboardInterrupt(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Class == "KeyboardInterrupt"
}

// Interrupt delivers KeyboardInterrupt to the main script thread (Ctrl-C).
func (in *Interpreter) Interrupt() { in.rt.InterruptMain() }

// recoverInternal turns a panic of pyconc's own code into an
// *InternalError (see core.NewInternalError), so that no Go panic reaches
// a user.
func recoverInternal(err *error, where string) {
	if r := recover(); r != nil {
		ie := core.NewInternalError(r, where)
		*err = &InternalError{Where: ie.Where, Msg: ie.Msg}
	}
}
