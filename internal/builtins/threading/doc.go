// Package threading is pyconc's threading module: Python threads as
// goroutines running under the runtime's interpreter lock (package core).
// Every blocking call releases the lock while it waits (through core.Block,
// via Wait), honours its timeout, is interrupted by Ctrl-C and the end of
// the runtime, and, when it has no timeout, counts for the deadlock
// detector. Nothing polls.
//
// The module (made per runtime by Make, registered as "threading"):
//
//	Thread(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None)
//	    start(), run(), join(timeout=None), is_alive(),
//	    name, ident, native_id, daemon,
//	    getName(), setName(name), isDaemon(), setDaemon(daemonic), isAlive()
//	Timer(interval, function, args=None, kwargs=None)   # a Thread; cancel()
//	Lock() -> lock: acquire(blocking=True, timeout=-1), release(), locked()
//	RLock() -> RLock: acquire(blocking=True, timeout=-1), release()
//	Condition(lock=None): acquire(*args), release(), wait(timeout=None),
//	    wait_for(predicate, timeout=None), notify(n=1), notify_all(), notifyAll()
//	Semaphore(value=1): acquire(blocking=True, timeout=None), release(n=1)
//	BoundedSemaphore(value=1)
//	Event(): is_set(), isSet(), set(), clear(), wait(timeout=None)
//	Barrier(parties, action=None, timeout=None): wait(timeout=None), reset(),
//	    abort(), parties, n_waiting, broken
//	BrokenBarrierError, ThreadError
//	local()
//	current_thread(), currentThread(), main_thread(), enumerate(),
//	active_count(), activeCount(), get_ident(), get_native_id(),
//	stack_size(size=0), settrace(f), setprofile(f), gettrace(), getprofile()
//	excepthook(args, /), __excepthook__, ExceptHookArgs(seq)
//	TIMEOUT_MAX
//
// The deprecated aliases (currentThread, activeCount, getName, setName,
// isDaemon, setDaemon, Event.isSet, Condition.notifyAll, and isAlive,
// removed in Python 3.9) issue CPython 3.11's DeprecationWarning through
// core.Warn.
//
// The _thread module (made by MakeThread, registered as "_thread") shares
// the threads and locks of threading (threading.Lock is
// _thread.allocate_lock):
//
//	start_new_thread(function, args, kwargs=None, /), start_new
//	allocate_lock(), allocate, LockType, RLock
//	get_ident(), get_native_id(), exit(), exit_thread(),
//	interrupt_main(signum=SIGINT), stack_size(size=0), _count()
//	TIMEOUT_MAX, error (RuntimeError), _local, _excepthook, _ExceptHookArgs
//
// Every lock-like object is a context manager (__enter__/__exit__).
// Thread, Timer, Condition, Semaphore, BoundedSemaphore, Event, Barrier and
// local are classes that scripts may subclass; Lock and RLock are factory
// functions, as in CPython.
//
// The interpreter calls WaitForThreads when the main module has finished,
// and sets FormatException and AsPyError to core.FormatExceptionLocked and
// core.AsPyError. Wait, Waiters and Deadline are the waiting primitives
// that package queue (and others) build on.
//
// Lock, RLock and ExceptHookArgs are Go types, the other classes core
// classes; all of them take their methods and properties from a
// core.Methods table (ClassDict for the classes) and every timeout
// argument is a core.Timeout.
package threading
