// Package interp is pyconc's embedding API and the engine behind the
// pyconc command: it parses Python-syntax source (package parser), lowers
// it to a go.starlark.net syntax tree (package lower), compiles and runs it
// on go.starlark.net under the runtime of package core, with the modules of
// package builtins (threading, queue, multiprocessing, time, os, ...).
//
// # Use
//
//	func main() {
//		if interp.RunWorkerIfChild(interp.Options{}) { // worker processes
//			return
//		}
//		in := interp.New(interp.Options{})  // the zero Options work
//		defer in.Close()
//		err := in.ExecFile(ctx, "script.py") // or in.Exec(ctx, "name", src)
//		...
//	}
//
// An error from Exec is a *SyntaxError (with file, line, column and the
// Python-style text), an *Error (an uncaught Python exception: class name,
// message, frames and the formatted traceback), an *ExitError (SystemExit
// with a non-zero code), or the context's error when ctx was cancelled:
// cancelling ctx stops every script thread promptly and terminates every
// child process.
//
// # Host and script
//
// Options give the script its streams, sys.argv, extra predeclared names
// and Go-defined modules (NewModule), an fs.FS for imported files, and
// limits: MaxThreads, MaxProcesses, MaxSteps.
//
// Globals, Get and Set read and write the main module's variables; Call
// calls a script function with Go or Starlark values (ToValue and
// FromValue convert between the two). Func wraps a Go function (GoFunc)
// for scripts: it runs WITHOUT the interpreter lock, so Go work called
// from several script threads runs in parallel; it returns an *Exception
// to raise a given Python exception.
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
//   - Call, Get, Globals, Interrupt and Close are safe from any goroutine
//     at any time, also while Exec runs: Call runs on a script thread of
//     its own (and finds the functions the running script has defined so
//     far), and they all take the interpreter lock when they need it.
//     Close stops everything: a running Exec returns context.Canceled.
//   - Call, Get, Globals and Set wait for the interpreter lock, so they
//     must not be called by Go code that holds it: a starlark.Builtin
//     called by a script, or a ModuleMaker. A Func's Go function does not
//     hold it and may call them.
//   - Script threads run concurrently with each other under the
//     interpreter lock; Go functions made with Func run outside it, in
//     parallel, and must synchronise their own shared state.
//   - ToValue and FromValue may be called from any goroutine; FromValue on
//     a value the script may change at the same time needs the lock (as
//     Call's result and a Func's arguments are converted).
//   - RunWorkerIfChild is called once, at the top of main.
//   - Different Interpreters are independent and may run in parallel.
package interp
