# concurrent.futures.thread: ThreadPoolExecutor, as CPython 3.11's.
#
# pyconc's own code, written from CPython's documented behaviour. pyconc has
# no atexit hook in threading nor weak references: a worker that finds the
# queue empty looks every _IDLE_POLL seconds whether the main thread has
# ended, and then leaves once the queue is drained, as CPython's workers do
# when the interpreter exits (it runs what was submitted, then stops).

import os
import queue
import threading

from concurrent.futures import _base

_IDLE_POLL = 0.05

# Set when the program ends: no new futures are accepted.
_shutdown = False
_global_shutdown_lock = threading.Lock()


class _WorkItem:
    """One submitted call and its future."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


# Taken at import: pyconc's threading marks the main thread stopped at the
# program's end only if its object exists by then.
_main_thread = threading.main_thread()


def _main_ended():
    return not _main_thread.is_alive()


def _worker(executor, work_queue, initializer, initargs):
    global _shutdown
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True)
            executor._initializer_failed()
            return
    try:
        while True:
            if work_queue.empty():
                try:
                    work_item = work_queue.get(True, _IDLE_POLL)
                except queue.Empty:
                    if _main_ended():
                        # The program's end: what is queued ran; leave,
                        # waking a worker blocked below.
                        _shutdown = True
                        work_queue.put(None)
                        return
                    continue
            else:
                # No try on the busy path (a try costs pyconc a call). If
                # another worker took the item first, this one blocks
                # until the next item or the None that ends it.
                work_item = work_queue.get()
            if work_item is not None:
                work_item.run()
                work_item = None
                executor._idle_semaphore.release()
                continue
            if _shutdown or executor._shutdown:
                executor._shutdown = True
                # Wake the next worker: it leaves too.
                work_queue.put(None)
                return
    except BaseException:
        _base.LOGGER.critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when a worker thread of a ThreadPoolExecutor failed to start
    (its initializer raised)."""


class ThreadPoolExecutor(_base.Executor):
    """An Executor that runs the calls on a pool of at most max_workers
    threads, started as the calls come."""

    # Numbers the executors without a thread_name_prefix.
    _executors = 0
    _executors_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Make an executor of at most max_workers threads (default
        min(32, os.cpu_count() + 4)), named thread_name_prefix + '_N',
        each of which calls initializer(*initargs) first."""
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")

        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            cls = ThreadPoolExecutor
            with cls._executors_lock:
                n = cls._executors
                cls._executors = n + 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % n
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs) on a worker thread; return its Future."""
        lock = self._shutdown_lock
        lock.acquire()
        if self._broken or self._shutdown or _shutdown:
            lock.release()
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            raise RuntimeError('cannot schedule new futures after '
                               'interpreter shutdown')
        # No with statement (it costs pyconc a call): nothing below raises
        # but a failure to start a thread, which releases the lock.
        f = _base.Future()
        self._work_queue.put(_WorkItem(f, fn, args, kwargs))
        if self._idle_semaphore.acquire(False):
            lock.release()
            return f
        try:
            self._adjust_thread_count()
        finally:
            lock.release()
        return f

    def _adjust_thread_count(self):
        # submit has seen no idle worker (CPython's _adjust_thread_count
        # looks at the idle semaphore first): start one if fewer than
        # max_workers run.
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            thread_name = '%s_%d' % (self._thread_name_prefix or self, num_threads)
            t = threading.Thread(name=thread_name, target=_worker,
                                 args=(self, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # The calls not started fail.
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Accept no more calls; with cancel_futures, cancel those not
        started; with wait, return when the workers have finished."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            # Wake the workers: each leaves and wakes the next.
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
