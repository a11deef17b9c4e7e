"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all
k, counting elements from 0: a[0] is the smallest element. The primitives
come from _heapq (C in CPython); merge, nsmallest and nlargest are here.
"""

from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
from _heapq import _heapify_max, _heappop_max, _heapreplace_max

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]

_done = object()


class _Merge:
    """The iterator merge returns: it takes the first item of every input
    on its first step, then always the smallest (or, reversed, largest)
    head, the earlier input first among equal ones."""

    def __init__(self, iterables, key, reverse):
        self._iterables = iterables
        self._key = key
        self._reverse = reverse
        self._heap = None

    def __iter__(self):
        return self

    def _start(self):
        heap = []
        sign = -1 if self._reverse else 1
        for order, iterable in enumerate(self._iterables):
            it = iter(iterable)
            value = next(it, _done)
            if value is not _done:
                k = value if self._key is None else self._key(value)
                heap.append([k, order * sign, value, it])
        if self._reverse:
            _heapify_max(heap)
        else:
            heapify(heap)
        self._heap = heap

    def __next__(self):
        if self._heap is None:
            self._start()
        heap = self._heap
        if not heap:
            raise StopIteration
        entry = heap[0]
        value = entry[2]
        following = next(entry[3], _done)
        if following is _done:
            if self._reverse:
                _heappop_max(heap)
            else:
                heappop(heap)
        else:
            entry[0] = following if self._key is None else self._key(following)
            entry[2] = following
            if self._reverse:
                _heapreplace_max(heap, entry)
            else:
                heapreplace(heap, entry)
        return value


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns an iterator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    If *reverse* is True, assumes the inputs are sorted largest to smallest.
    """
    return _Merge(iterables, key, reverse)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
