"""multiprocessing.pool: Pool (the pool of processes, written in Go in
package multiprocessing) and ThreadPool, the same interface over a pool
of threads, with its results (ApplyResult, MapResult, IMapIterator)."""

import os
import queue
import threading

from multiprocessing import Pool, TimeoutError

__all__ = ['Pool', 'ThreadPool']

RUN = "RUN"
CLOSE = "CLOSE"
TERMINATE = "TERMINATE"


class ApplyResult:
    """The result of ThreadPool.apply_async."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, success, value):
        self._success, self._value = success, value
        if success and self._callback:
            self._callback(value)
        if not success and self._error_callback:
            self._error_callback(value)
        self._event.set()
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of ThreadPool.map_async and starmap_async: the chunks'
    values in order, or the first exception once every chunk is done."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._pool = None
            if callback:
                callback(self._value)
        else:
            self._number_left = length // chunksize + (1 if length % chunksize else 0)

    def _set(self, i, success, result):
        self._number_left -= 1
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
        elif not success and self._success:
            self._success = False
            self._value = result
        if self._number_left == 0:
            if self._success and self._callback:
                self._callback(self._value)
            if not self._success and self._error_callback:
                self._error_callback(self._value)
            self._event.set()
            self._pool = None


class IMapIterator:
    """The iterator of ThreadPool.imap: the values in the order of the
    input; next(timeout) raises TimeoutError when none comes in time."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._items = {}
        self._index = 0
        self._length = None
        self._stopped = False

    def __iter__(self):
        return self

    def _ready(self):
        return self._stopped or self._index in self._items or (self._length is not None and self._index >= self._length)

    def next(self, timeout=None):
        with self._cond:
            if not self._ready():
                self._cond.wait_for(self._ready, timeout)
                if not self._ready():
                    raise TimeoutError
            if self._stopped or self._index not in self._items:
                self._pool = None
                raise StopIteration
            success, value, last = self._items.pop(self._index)
            self._index += 1
            if last:
                self._stopped = True
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, success, value, last=False):
        with self._cond:
            self._items[i] = (success, value, last)
            self._cond.notify()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class IMapUnorderedIterator(IMapIterator):
    """The iterator of ThreadPool.imap_unordered: the values as they
    come."""

    def _set(self, i, success, value, last=False):
        with self._cond:
            self._items[len(self._items) + self._index] = (success, value, last)
            self._cond.notify()


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def worker(pool):
    """The loop of a ThreadPool's thread: its initializer, then the tasks
    until the sentinel None."""
    if pool._initializer is not None:
        pool._initializer(*pool._initargs)
    while True:
        task = pool._taskqueue.get()
        if task is None:
            return
        result, i, func, args, kwds, kind = task
        try:
            if kind == "apply":
                value = func(*args, **kwds)
            elif kind == "star":
                value = [func(*a) for a in args]
            else:
                value = [func(a) for a in args]
            success = True
        except Exception as e:
            value, success = e, False
        if isinstance(result, IMapIterator):
            if success:
                for k, v in enumerate(value):
                    result._set(i + k, True, v)
            else:
                # A failed chunk of more than one item ends the iteration
                # once raised, as CPython's chained generator does.
                result._set(i, False, value, len(args) > 1)
            continue
        with pool._callback_lock:
            result._set(i, success, value)


class ThreadPool:
    """ThreadPool(processes=None, initializer=None, initargs=()): a Pool
    whose workers are threads of this process."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._taskqueue = queue.SimpleQueue()
        self._callback_lock = threading.Lock()
        self._state = RUN
        self._pool = []
        for _ in range(processes):
            t = threading.Thread(target=worker, args=(self,))
            t.daemon = True
            t.start()
            self._pool.append(t)

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (
            type(self).__module__, type(self).__qualname__, self._state, len(self._pool))

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put((result, 0, func, tuple(args), dict(kwds), "apply"))
        return result

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(items) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        if chunksize > 0:
            for i, chunk in enumerate(_chunks(items, chunksize)):
                self._taskqueue.put((result, i, func, chunk, None, kind))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, "map", chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, "map", chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, "star", chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, "star", chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, result):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        items = list(iterable)
        for i in range(0, len(items), chunksize):
            self._taskqueue.put((result, i, func, items[i:i + chunksize], None, "map"))
        result._set_length(len(items))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapIterator(self))

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator(self))

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._taskqueue.put(None)

    def terminate(self):
        if self._state == RUN:
            for _ in self._pool:
                self._taskqueue.put(None)
        self._state = TERMINATE

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        for t in self._pool:
            if t is not threading.current_thread():
                t.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc_info):
        self.terminate()
