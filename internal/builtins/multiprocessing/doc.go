// Package multiprocessing is pyconc's multiprocessing module: Process,
// Queue, Pipe, Lock, current_process... A child is the running binary
// re-executed (package reexec); it receives its Process object (serialised
// with package wire) and calls its run method, after loading the main
// script by its start method:
//
//   - 'spawn' (and 'forkserver', the same here): the script runs again as
//     module "__mp_main__", so code under the __main__ guard does not.
//   - 'fork' (the default on Linux, as CPython 3.11's): fork's semantics
//     without fork. At start() the parent encodes the main module's
//     globals one by one (a snapshot: values by wire, functions and
//     classes by name, instances by class and attributes, shared objects
//     by handle; what cannot be encoded is recorded by name, type and
//     reason). The child compiles the same source, keeps only the
//     top-level def, class, import and name = lambda statements, lowers
//     them as the interactive prompt's chunks are (every module variable a
//     cell), fills the snapshot's cells before running them (so defaults,
//     decorators and base classes read the parent's values) and again
//     after (the values that name the definitions). A global that was not
//     carried leaves its cell raising a RuntimeError naming it, so it is
//     an error only if the child uses it. This was chosen over running the
//     whole top level with a flag: nothing of the top level but
//     definitions runs twice, and it is the rule the prompt's children
//     already follow, applied to files.
//
// # What the interpreter must wire
//
//  1. main calls the worker dispatch first thing (interp.RunWorkerIfChild,
//     which calls reexec.Init); this package's one registration (worker.go)
//     makes WorkerEntry an entry point of reexec.
//  2. Before running a main script, the interpreter calls
//     SetMainSpec(rt, MainSpec{Path, Source, Name, Argv}): the file's path,
//     or the source text for -c, stdin and the REPL (Path "").
//  3. The interpreter sets LoadMain (see its documentation): the child
//     uses it to load the main script as "__mp_main__" and then run body.
//  4. At the end of every program (after the main module and the
//     non-daemon threads, without the interpreter lock) the interpreter
//     calls Shutdown(rt): daemon children are terminated, the others
//     joined, as CPython's atexit handler does. On Ctrl-C or abort it calls
//     TerminateAll(rt).
//
// Children must not catch SIGTERM (terminate() must end them with
// exitcode -15).
//
// # Shared objects
//
// Queues, locks, pipes and the other shared objects live in the store of
// the root process of the process tree (the first pyconc process), kept
// by package broker: one broker per root runtime, and in a worker the
// client of its parent. Objects are handles (an id); every operation is a
// broker request: a direct call in the root, and in a child a message on
// its channel to its parent, which serves it from its own broker (the
// store, or its own parent: requests of grandchildren are forwarded).
// Requests that may wait are served on their own goroutine and wait on
// channels (no polling); a child interrupted (Ctrl-C, cancellation) sends
// a cancel and takes the final answer, so an item is never handed to a
// request that was abandoned. Queue items are serialised at put() and
// stored whole in the store, so an item put by a child that exits at once
// is never lost, and join() never waits for a feeder thread. A pipe end
// knows its holders (one per process holding a copy); recv() raises
// EOFError once the other end has no holder left (closed, or its process
// ended). Every wait runs in core.Block with forever=false, since another
// process may end it.
//
// RLock, Semaphore, BoundedSemaphore, Event, Condition (an RLock by
// default; wait releases, waits and re-takes the lock in one request),
// Barrier (threading.Barrier's rules and threading.BrokenBarrierError;
// the action runs in the last process to arrive), JoinableQueue and
// SimpleQueue are store objects too. In a child, an unbounded put is
// one-way and gets take adaptive batches. Value, Array, RawValue and
// RawArray keep their C data in the broker's shared memory, mapped by
// every process that uses them; element accesses are single loads and
// stores and do not take the lock. Manager() needs no server process: its
// dict, list, Namespace and Value live in the store and their proxies work
// from any process; str/repr show the referent.
//
// # Pool
//
// Pool workers are PoolWorker processes (spawned like Process) that ask
// their owner for the next task with the result of the previous one, so a
// worker only ever holds the task it runs: when it dies (signal,
// os._exit), that call fails at once with multiprocessing.pool.
// WorkerLostError naming the worker, its pid and the signal, and a new
// worker replaces it. A worker's exception is raised again by get() with
// the worker's traceback as its RemoteTraceback cause. Callbacks run on a
// handler thread under the interpreter lock. imap and imap_unordered
// return lists (Starlark has no generators). terminate() fails the calls
// still pending (CPython leaves them hanging). Children are put in their
// own process group, so Ctrl-C reaches only the parent, which terminates
// them (TerminateAll): only the parent reports the KeyboardInterrupt.
//
// # Errors
//
// A value that cannot be sent fails where it is sent (start(), put(),
// send()) with CPython's pickling message, e.g. "_pickle.PicklingError:
// Can't pickle <function <lambda> at 0x...>: attribute lookup <lambda> on
// __main__ failed (while sending the Process object 'Process-1' to the
// child process)". A child that raises prints "Process NAME:" and the
// traceback on its stderr and exits with status 1; sys.exit(n) gives n; a
// signal N gives -N. Process.start() while a child is still loading its
// main module raises CPython's RuntimeError about the bootstrapping phase.
//
// # Platforms
//
// A child learns of its parent's death by the end of its channel to the
// parent (its broker client then exits the process), on every system; on
// Linux the child is also started with Pdeathsig. The shared memory of
// Value and Array is a memfd on Linux, a file in a private temporary
// folder on other Unix systems (removed when the root's program ends), a
// named file mapping on Windows (cross-compiled, not yet run there);
// elsewhere Value, Array, RawValue and RawArray raise OSError saying
// there is none. Windows has no signals: terminate() and kill() end the child,
// whose exitcode is then -15 or -9 as CPython reports. Process.sentinel is
// a pidfd on Linux and raises NotImplementedError elsewhere.
package multiprocessing
