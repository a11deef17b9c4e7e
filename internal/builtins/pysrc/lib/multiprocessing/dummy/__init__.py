"""multiprocessing.dummy: multiprocessing's interface over threads:
Process is a thread, Pool a ThreadPool, Queue queue.Queue, Manager() this
module."""

import sys
import threading

from multiprocessing.dummy.connection import Pipe
from threading import Lock, RLock, Semaphore, BoundedSemaphore
from threading import Event, Condition, Barrier
from queue import Queue

__all__ = [
    'Process', 'current_process', 'active_children', 'freeze_support',
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'Event', 'Barrier', 'Queue', 'Manager', 'Pipe', 'Pool', 'JoinableQueue'
    ]

_list = type([])

# The children each thread started, by parent thread (CPython keeps them
# in a weak dictionary on the thread).
_children = {}


class DummyProcess(threading.Thread):
    """A thread with the interface of a Process."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError(
                "Parent is {0!r} but current_process is {1!r}".format(
                    self._parent, current_process()))
        self._start_called = True
        _children.setdefault(self._parent, {})[self] = None
        threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


Process = DummyProcess
current_process = threading.current_thread


def active_children():
    children = _children.get(current_process(), {})
    for p in _list(children):
        if not p.is_alive():
            children.pop(p, None)
    return _list(children)


def freeze_support():
    pass


class Namespace(object):
    def __init__(self, /, **kwds):
        for name, value in kwds.items():
            setattr(self, name, value)

    def __repr__(self):
        temp = []
        for name, value in _list(self.__dict__.items()):
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


# (the module binds the names dict and list: the built-ins by their type)
dict = type({})
list = type([])


def Array(typecode, sequence, lock=True):
    # CPython's is an array.array; pyconc has no array module: a list.
    if isinstance(sequence, int):
        return [0] * sequence
    return _list(sequence)


class Value(object):
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Manager():
    return sys.modules[__name__]


def shutdown():
    pass


def Pool(processes=None, initializer=None, initargs=()):
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)


JoinableQueue = Queue
