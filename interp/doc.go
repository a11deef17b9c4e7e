// Package interp is pyconc's embedding API, and the engine behind the
// pyconc command: it runs Python-syntax scripts about threads, queues and
// processes (threading, queue, multiprocessing, time, os, ...) on the
// go.starlark.net engine, with CPython 3.11's behaviour.
//
// # Use
//
//	func main() {
//		opts := interp.Options{Predeclared: map[string]any{"shout": shout}}
//		if interp.RunWorkerIfChild(opts) { // worker processes stop here
//			return
//		}
//		in := interp.New(opts) // the zero Options work
//		defer in.Close()
//		err := in.ExecFile(ctx, "script.py") // or in.Exec(ctx, "name", src)
//		...
//	}
//
// An error from Exec is a *SyntaxError (with file, line, column and the
// Python-style text), an *Error (an uncaught Python exception: class name,
// message, Frames and the formatted traceback), an *ExitError (SystemExit
// with a non-zero code), a *DeadlockError (every thread waited forever),
// or the context's error when ctx was cancelled: cancelling ctx stops
// every script thread promptly and terminates every child process.
//
// # Host and script
//
// Options give the script its streams, sys.argv, extra built-in names
// (Predeclared) and Go-defined modules (Modules, see ModuleMaker and
// NewModule), an fs.FS for imported files, and limits: MaxThreads,
// MaxProcesses, MaxSteps. Predeclared names and module members are Go
// values, converted by ToValue: numbers, strings, byte slices, slices and
// maps of them, and Go functions of GoFunc's signature, which become
// script functions named by their keys. A host needs no import of
// go.starlark.net to write Options.
//
// Script values are go.starlark.net's starlark.Value. Globals, Get and
// Set read and write the main module's variables; Call calls a script
// function with Go values or starlark.Values; ToValue and FromValue
// convert between Go values and script values. A GoFunc runs WITHOUT the
// interpreter lock, so Go work called from several script threads runs in
// parallel; it returns an *Exception to raise a given Python exception.
// Func makes a named script function of a GoFunc (for Call's arguments,
// say).
//
// A Session runs chunks of source one after the other in one module, as
// Python's interactive prompt does: NeedsMore says whether the lines typed
// so far make a statement, Run runs it and returns the repr to echo,
// Complete lists the completions of a word (Tab).
//
// A script may start processes (multiprocessing) only if the host's main
// calls RunWorkerIfChild first thing: a child is the host binary run
// again in worker mode. Otherwise Process.start raises a RuntimeError
// that says so.
//
// # Concurrency
//
//   - Exec, ExecFile, Set, NewSession and a Session's methods must not be
//     called concurrently with each other on the same Interpreter (they
//     may be called from different goroutines one after the other).
//     Session.NeedsMore may be called at any time, Session.Complete while
//     script threads run (see their docs).
//   - Call, Get, Globals, Interrupt and Close are safe from any goroutine
//     at any time, also while Exec runs: Call runs on a script thread of
//     its own (and finds the functions the running script has defined so
//     far), and they all take the interpreter lock when they need it.
//     Close stops everything: a running Exec returns context.Canceled.
//   - Call, Get, Globals and Set wait for the interpreter lock, so they
//     must not be called by Go code that holds it: a starlark.Builtin
//     called by a script, or a ModuleMaker. A GoFunc does not hold it and
//     may call them.
//   - Script threads run concurrently with each other under the
//     interpreter lock; GoFuncs run outside it, in parallel, and must
//     synchronise their own shared state.
//   - ToValue and FromValue may be called from any goroutine; FromValue on
//     a value the script may change at the same time needs the lock (as
//     Call's result and a GoFunc's arguments are converted).
//   - RunWorkerIfChild is called once, at the top of main.
//   - Different Interpreters are independent and may run in parallel.
package interp
