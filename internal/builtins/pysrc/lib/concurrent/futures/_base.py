# concurrent.futures._base: Future, Executor, wait, as_completed and the
# package's exceptions, as CPython 3.11 defines them.
#
# pyconc's own code, written from CPython's documented behaviour. pyconc has
# no generators yet: as_completed and Executor.map return iterator objects.

import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a Future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_SETTLED_STATES = (CANCELLED_AND_NOTIFIED, FINISHED)


class _Logger:
    """The "concurrent.futures" logger, imported from logging at its first
    use: pyconc's workers re-run the main module, which imports this
    package, and need logging only to report a failure."""

    def _logger(self):
        import logging
        return logging.getLogger("concurrent.futures")

    def __getattr__(self, name):
        return getattr(self._logger(), name)


LOGGER = _Logger()


class Error(Exception):
    """The base of the exceptions of concurrent.futures."""
    pass


class CancelledError(Error):
    """Raised by result() and exception() of a cancelled Future."""
    pass


from concurrent.futures._builtin import builtin_timeout_error as TimeoutError


class InvalidStateError(Error):
    """Raised by set_result() and set_exception() of a done Future."""
    pass


class BrokenExecutor(RuntimeError):
    """Raised when an executor can run nothing more (a worker died or failed to start)."""
    pass


class _Waiter:
    """Collects the futures that finish while a wait or as_completed waits."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []

    def add_result(self, future):
        self.finished_futures.append(future)

    def add_exception(self, future):
        self.finished_futures.append(future)

    def add_cancelled(self, future):
        self.finished_futures.append(future)


class _AsCompletedWaiter(_Waiter):
    """The waiter of as_completed: wakes it at each finished future."""

    def __init__(self):
        _Waiter.__init__(self)
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    def add_exception(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()

    def add_cancelled(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self.event.set()


class _FirstCompletedWaiter(_Waiter):
    """The waiter of wait(FIRST_COMPLETED)."""

    def add_result(self, future):
        self.finished_futures.append(future)
        self.event.set()

    def add_exception(self, future):
        self.finished_futures.append(future)
        self.event.set()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self.event.set()


class _AllCompletedWaiter(_Waiter):
    """The waiter of wait(ALL_COMPLETED) and wait(FIRST_EXCEPTION)."""

    def __init__(self, num_pending_calls, stop_on_exception):
        _Waiter.__init__(self)
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = threading.Lock()

    def _decrement_pending_calls(self):
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):
        self.finished_futures.append(future)
        self._decrement_pending_calls()

    def add_exception(self, future):
        self.finished_futures.append(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):
        self.finished_futures.append(future)
        self._decrement_pending_calls()


class _AcquireFutures:
    """Holds the conditions of several futures, taken in one order (by id)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = 0
        for f in fs:
            if f._state not in _SETTLED_STATES:
                pending_count += 1
        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            if waiter in f._waiters:
                f._waiters.remove(waiter)


class _AsCompletedIterator:
    """The iterator as_completed returns: the futures as they finish."""

    def __init__(self, fs, timeout):
        self._fs = fs
        self._timeout = timeout
        self._started = False
        self._ended = False
        self._ready = []      # finished futures not given yet, the next last
        self._pending = None
        self._waiter = None

    def __iter__(self):
        return self

    def _start(self):
        # As CPython's generator, nothing happens before the first next().
        self._started = True
        if self._timeout is not None:
            self._end_time = self._timeout + time.monotonic()
        fs = set(self._fs)
        self._fs = fs
        self._total = len(fs)
        with _AcquireFutures(fs):
            finished = set()
            for f in fs:
                if f._state in _SETTLED_STATES:
                    finished.add(f)
            self._pending = fs - finished
            self._waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
        self._ready = list(finished)

    def _end(self):
        self._ended = True
        _remove_waiter(self._fs, self._waiter)

    def __next__(self):
        if self._ended:
            raise StopIteration
        if not self._started:
            self._start()
        try:
            while True:
                if self._ready:
                    f = self._ready.pop()
                    self._pending.discard(f)
                    with f._condition:
                        if self._waiter in f._waiters:
                            f._waiters.remove(self._waiter)
                    return f
                if not self._pending:
                    break
                if self._timeout is None:
                    wait_timeout = None
                else:
                    wait_timeout = self._end_time - time.monotonic()
                    if wait_timeout < 0:
                        raise TimeoutError('%d (of %d) futures unfinished' % (
                            len(self._pending), self._total))
                self._waiter.event.wait(wait_timeout)
                waiter = self._waiter
                with waiter.lock:
                    finished = waiter.finished_futures
                    waiter.finished_futures = []
                    waiter.event.clear()
                finished.reverse()
                self._ready = finished
        except BaseException:
            self._end()
            raise
        self._end()
        raise StopIteration


def as_completed(fs, timeout=None):
    """Give the futures of fs (each once) as they finish: those already
    done first. Past timeout seconds from the first next(), next() raises
    TimeoutError naming how many are unfinished."""
    return _AsCompletedIterator(fs, timeout)


class DoneAndNotDoneFutures:
    """What wait() returns: the named pair (done, not_done) of sets."""

    __slots__ = ('done', 'not_done')

    def __init__(self, done, not_done):
        self.done = done
        self.not_done = not_done

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __eq__(self, other):
        if isinstance(other, DoneAndNotDoneFutures):
            other = (other.done, other.not_done)
        return (self.done, self.not_done) == other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self.done, self.not_done)

    def _asdict(self):
        return {'done': self.done, 'not_done': self.not_done}


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Block until return_when holds for the futures of fs (one finished,
    one raised, or all done) or timeout seconds pass; give the pair of sets
    (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set()
        for f in fs:
            if f._state in _SETTLED_STATES:
                done.add(f)
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            for f in done:
                if not f.cancelled() and f.exception() is not None:
                    return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _create_and_install_waiters(fs, return_when)

    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future:
    """The outcome of a call that runs elsewhere: pending, running, then
    finished (with a result or an exception) or cancelled."""

    def __init__(self):
        """A pending Future (executors make them; tests may too)."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__,
                id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel the call unless it already runs or is done; True when the
        future is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """Whether the future is cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """Whether the call runs now."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """Whether the future is finished or cancelled."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future is done (in the thread that
        finishes it), or now if it already is; what fn raises is logged."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value, waiting at most timeout seconds: the
        call's exception is raised again; CancelledError or TimeoutError
        when it was cancelled or is not done in time."""
        # The common case, a finished future, without a with statement
        # (which costs pyconc a call).
        cond = self._condition
        cond.acquire()
        if self._state == FINISHED:
            cond.release()
            if self._exception:
                return self.__get_result()
            return self._result
        cond.release()
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()

            self._condition.wait(timeout)

            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            else:
                raise TimeoutError()

    def exception(self, timeout=None):
        """The call's exception (None when it returned), waiting at most
        timeout seconds; CancelledError or TimeoutError as result()."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception

            self._condition.wait(timeout)

            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            elif self._state == FINISHED:
                return self._exception
            else:
                raise TimeoutError()

    # The methods below are for Executor implementations and unit tests.

    def set_running_or_notify_cancel(self):
        """What an executor calls before running the call: True (and the
        future runs) if it was pending, False (its waiters told) if it was
        cancelled; RuntimeError in any other state."""
        cond = self._condition
        cond.acquire()
        if self._state == PENDING:
            self._state = RUNNING
            cond.release()
            return True
        cond.release()
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            elif self._state == PENDING:
                self._state = RUNNING
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s',
                                id(self), self._state)
                raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        """Finish the future with a result (executors call this)."""
        cond = self._condition
        cond.acquire()
        if self._state in _DONE_STATES:
            cond.release()
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        if self._waiters:
            try:
                for waiter in self._waiters:
                    waiter.add_result(self)
            finally:
                cond.notify_all()
                cond.release()
        else:
            cond.notify_all()
            cond.release()
        if self._done_callbacks:
            self._invoke_callbacks()

    def set_exception(self, exception):
        """Finish the future with an exception (executors call this)."""
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        if self._done_callbacks:
            self._invoke_callbacks()


class _MapIterator:
    """The iterator Executor.map returns: the results in the order of the
    calls, each waited for in turn; the calls not reached are cancelled when
    one raises or the time is out."""

    def __init__(self, fs, timeout, end_time):
        fs.reverse()
        self._fs = fs
        self._timeout = timeout
        self._end_time = end_time

    def __iter__(self):
        return self

    def __next__(self):
        fs = self._fs
        if not fs:
            raise StopIteration
        try:
            if self._timeout is None:
                return _result_or_cancel(fs.pop())
            return _result_or_cancel(fs.pop(), self._end_time - time.monotonic())
        except BaseException:
            for future in fs:
                future.cancel()
            self._fs = []
            raise


class Executor:
    """The base of executors: submit() is theirs; map(), shutdown() and
    the with statement are built on it."""

    def submit(self, fn, /, *args, **kwargs):
        """Arrange for fn(*args, **kwargs) to run; give its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Submit fn over the arguments of iterables (as zip pairs them) at
        once; give an iterator over the results in order, raising a
        call's exception at its place, or TimeoutError past timeout
        seconds from this call."""
        end_time = None
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _MapIterator(fs, timeout, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Release the executor's resources (calling it again does
        nothing); submit() fails afterwards."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False

