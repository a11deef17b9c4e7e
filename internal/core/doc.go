// Package core is pyconc's runtime: the interpreter lock and the script
// threads, the object model (classes, instances, bound methods, super,
// descriptors), exceptions and tracebacks, the hidden built-ins that lowered
// code calls (see package hidden), and the Python built-in functions.
//
// Concurrency model. Starlark values are not safe for concurrent use, so all
// Starlark code of one Runtime runs under one interpreter lock (GIL), as in
// CPython. Each Python thread is a goroutine with its own starlark.Thread and
// ThreadState. The lock is handed over every SwitchSteps execution steps and
// released by every built-in that blocks (see Block). Go code that runs while
// holding the lock may call back into Starlark using the thread that holds
// it (GIL.Holder), which is how dunder methods such as __eq__ are called from
// interfaces (starlark.Comparable...) that receive no thread.
package core
