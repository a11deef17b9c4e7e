# concurrent.futures.process: ProcessPoolExecutor, as CPython 3.11's, on
# pyconc's worker processes.
#
# pyconc's own code, written from CPython's documented behaviour. The
# workers are those of a multiprocessing Pool (of mp_context), made at the
# first submit. As CPython's executor, this one hands the workers at most
# one call each and a queue of max_workers + 1 more (those are running: they
# can no longer be cancelled); the others wait here, pending. A call travels as a _Call, an
# instance of a class of this module, which runs the initializer once in
# each worker before its first call. A worker that dies (killed by a
# signal) breaks the pool: every call not finished fails with
# BrokenProcessPool, and submit raises it, as in CPython. A non-daemon
# thread keeps the program alive until the calls submitted have run, as
# CPython's executor manager thread does at the interpreter's exit.

import os
import time
import threading
import multiprocessing as mp

from concurrent.futures import _base

# Calls handed to the pool beyond one per worker, as CPython's
# EXTRA_QUEUED_CALLS.
EXTRA_QUEUED_CALLS = 1

_MANAGER_POLL = 0.05

# Set in a worker once its initializer ran (or failed).
_worker_state = {'initialized': False, 'failed': False}

# Taken at import (see thread.py): the main thread's end is seen from
# the manager thread.
_main_thread = threading.main_thread()


class _InitializerFailed:
    """What a worker whose initializer raised returns for every call."""


class _Call:
    """One call (or one chunk of map's calls), as it travels to a worker."""

    # A chunk of map's calls has chunk set, and args 'one' (one argument
    # each) or 'star' (a tuple of arguments each).

    def __init__(self, fn, args, kwargs, chunk, initializer, initargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs
        self.chunk = chunk
        self.initializer = initializer
        self.initargs = initargs

    def __call__(self):
        st = _worker_state
        if not st['initialized']:
            st['initialized'] = True
            if self.initializer is not None:
                initializer, initargs = self.initializer, self.initargs
                try:
                    initializer(*initargs)
                except BaseException:
                    _base.LOGGER.critical('Exception in initializer:', exc_info=True)
                    st['failed'] = True
        if st['failed']:
            return _InitializerFailed()
        fn = self.fn
        if self.chunk is None:
            return fn(*self.args, **self.kwargs)
        if self.args == 'one':
            return [fn(x) for x in self.chunk]
        return [fn(*args) for args in self.chunk]


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker process of a ProcessPoolExecutor ended abruptly
    (a signal) or its initializer failed: the pool runs nothing more."""


class _RemoteTraceback(Exception):
    """The cause of an exception raised in a worker: its traceback there."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _is_worker_lost(exc):
    return type(exc).__name__ == 'WorkerLostError'


class _MapIterator:
    """The iterator of ProcessPoolExecutor.map: the chunks' results, one
    element at a time."""

    def __init__(self, chunks):
        self._chunks = chunks
        self._items = []

    def __iter__(self):
        return self

    def __next__(self):
        items = self._items
        if items:
            return items.pop()
        while not items:
            items = next(self._chunks)
        items.reverse()
        self._items = items
        return items.pop()


class ProcessPoolExecutor(_base.Executor):
    """An Executor that runs the calls in at most max_workers worker
    processes."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Make an executor of max_workers processes (default
        os.cpu_count()) from mp_context (default the multiprocessing
        module), each calling initializer(*initargs) first and replaced
        after max_tasks_per_child calls when that is given."""
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers

        if mp_context is None:
            mp_context = mp
        self._mp_context = mp_context

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._initializer = initializer
        self._initargs = initargs

        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_tasks_per_child = max_tasks_per_child

        self._pool = None
        self._manager = None
        self._lock = threading.Condition()
        self._pending = []        # [future, _Call] not yet handed to the pool
        self._running = {}        # id(future) -> future, handed to the pool
        self._broken = False
        self._shutdown_thread = False

    # --- the pool and its manager thread

    def _start(self):
        kwargs = {}
        if self._max_tasks_per_child is not None:
            kwargs['maxtasksperchild'] = self._max_tasks_per_child
        self._pool = self._mp_context.Pool(self._max_workers, **kwargs)
        self._manager = threading.Thread(target=self._manage,
                                         name='ProcessPoolExecutorManager')
        self._manager.start()

    def _manage(self):
        lock = self._lock
        with lock:
            while True:
                if not self._pending and not self._running:
                    if self._shutdown_thread or self._broken or not _main_thread.is_alive():
                        break
                lock.wait(_MANAGER_POLL)
            broken = self._broken
        if broken:
            self._pool.terminate()
        else:
            self._pool.close()
        self._pool.join()

    def _feed(self):
        # Hand pending calls to the pool while fewer than 2 * max_workers
        # + 1 run: one in each worker and a queue of max_workers + 1, as
        # CPython's call queue. Holds self._lock.
        limit = 2 * self._max_workers + EXTRA_QUEUED_CALLS
        while self._pending and len(self._running) < limit:
            f, call = self._pending.pop(0)
            if not f.set_running_or_notify_cancel():
                continue
            self._running[id(f)] = f
            done, failed = self._done_callback(f), self._error_callback(f)
            try:
                if type(call) is tuple:
                    how, fn, chunk = call
                    if how == 'map':
                        self._pool.map_async(fn, chunk, len(chunk), done, failed)
                    else:
                        self._pool.starmap_async(fn, chunk, len(chunk), done, failed)
                else:
                    self._pool.apply_async(call, (), callback=done, error_callback=failed)
            except BaseException as exc:
                # Not sent (a value that cannot travel): the call fails.
                del self._running[id(f)]
                f.set_exception(exc)

    def _done_callback(self, f):
        def done(result):
            with self._lock:
                if self._running.pop(id(f), None) is None:
                    return
                if isinstance(result, _InitializerFailed):
                    self._break_locked(f)
                    return
                f.set_result(result)
                self._feed()
                self._lock.notify_all()
        return done

    def _error_callback(self, f):
        def failed(exc):
            with self._lock:
                if self._running.pop(id(f), None) is None:
                    return
                if _is_worker_lost(exc):
                    self._break_locked(f)
                    return
                cause = exc.__cause__
                if cause is not None and type(cause).__name__ == 'RemoteTraceback':
                    exc.__cause__ = _RemoteTraceback(str(cause))
                f.set_exception(exc)
                self._feed()
                self._lock.notify_all()
        return failed

    def _break_locked(self, first):
        # A worker died or could not start: every call not finished fails.
        self._broken = ('A child process terminated abruptly, the process '
                        'pool is not usable anymore')
        self._shutdown_thread = True
        bpe = BrokenProcessPool("A process in the process pool was "
                                "terminated abruptly while the future was "
                                "running or pending.")
        fs = [first] + list(self._running.values())
        self._running = {}
        for f, _ in self._pending:
            if f.set_running_or_notify_cancel():
                fs.append(f)
        self._pending = []
        for f in fs:
            if not f.done():
                f.set_exception(bpe)
        self._lock.notify_all()

    # --- the Executor

    def _submit_call(self, call):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown_thread:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            if self._pool is None:
                self._start()
            self._pending.append([f, call])
            self._feed()
            return f

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) in a worker process; return its Future."""
        return self._submit_call(_Call(fn, args, kwargs, None,
                                       self._initializer, self._initargs))

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """As Executor.map, the calls sent to the workers chunksize at a
        time; an error fails its whole chunk."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        end_time = None
        if timeout is not None:
            end_time = timeout + time.monotonic()
        # Without an initializer, a chunk is one call of the pool's own
        # map (or starmap), which loops over the chunk in the worker.
        direct = self._initializer is None
        if len(iterables) == 1:
            calls = list(iterables[0])
            how = 'map' if direct else 'one'
        else:
            calls = list(zip(*iterables))
            how = 'starmap' if direct else 'star'
        fs = []
        for i in range(0, len(calls), chunksize):
            chunk = calls[i:i + chunksize]
            if direct:
                call = (how, fn, chunk)
            else:
                call = _Call(fn, how, None, chunk, self._initializer, self._initargs)
            fs.append(self._submit_call(call))
        return _MapIterator(_base._MapIterator(fs, timeout, end_time))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with cancel_futures, cancel those pending;
        with wait, return when the calls have run and the workers ended."""
        with self._lock:
            self._shutdown_thread = True
            if cancel_futures:
                for f, _ in self._pending:
                    f.cancel()
                self._pending = []
            self._lock.notify_all()
            manager = self._manager
        if wait and manager is not None:
            manager.join()
