# pyconc: builtin
"""Heap queue primitives on lists: what CPython writes in C as _heapq.

A heap is a list with heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]
for every k; heap[0] is its smallest item. Items are compared with < only.
The _max functions keep the reversed invariant, for heapq's nlargest and
merge(reverse=True).
"""


def _check(fn, heap, arg):
    if not isinstance(heap, list):
        raise TypeError("%s() argument%s must be list, not %s" % (fn, arg, type(heap).__name__))


def _siftdown(heap, startpos, pos):
    """Move heap[pos] up towards startpos while it is smaller than its parent."""
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not newitem < parent:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup(heap, pos):
    """Move the smaller child up until heap[pos]'s item reaches a leaf, then sift it down into place."""
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not parent < newitem:
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    _check("heappush", heap, " 1")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check("heappop", heap, "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    item = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return item


def heapreplace(heap, item):
    """Pop and return the current smallest value, and add the new item."""
    _check("heapreplace", heap, " 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _check("heappushpop", heap, " 1")
    if heap and heap[0] < item:
        smallest = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return smallest
    return item


def heapify(heap):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check("heapify", heap, "")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _check("_heappop_max", heap, "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    item = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return item


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _check("_heapreplace_max", heap, " 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Maxheap version of a heapify."""
    _check("_heapify_max", heap, "")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)
