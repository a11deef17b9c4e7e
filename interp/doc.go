// Package interp is pyconc's embedding API and the engine behind the
// pyconc command: it parses Python-syntax source (package parser), lowers
// it to a go.starlark.net syntax tree (package lower), compiles and runs it
// on go.starlark.net under the runtime of package core, with the modules of
// package builtins (threading, queue, multiprocessing, time, os, ...).
//
// # Use
//
//	in := interp.New(interp.Options{})      // the zero Options work
//	defer in.Close()
//	err := in.ExecFile(ctx, "script.py")    // or in.Exec(ctx, "name", src)
//
// An error from Exec is a *SyntaxError (with file, line, column and the
// Python-style text), an *Error (an uncaught Python exception: class name,
// message, frames and the formatted traceback), an *ExitError (SystemExit
// with a non-zero code), or the context's error when ctx was cancelled.
//
// # Concurrency
//
// An Interpreter runs one script at a time: Exec, ExecFile, Call, Get and
// Set must not be called concurrently on the same Interpreter (they may be
// called from different goroutines one after the other). Script threads
// started by the script run concurrently with each other under the
// interpreter lock. Cancelling the context given to Exec or Call stops every
// script thread promptly and terminates every child process. Different
// Interpreters are independent and may run in parallel.
package interp
