# heapq, written in Python and embedded: heap order as CPython's C _heapq, merge,
# nsmallest, nlargest, the errors; no traceback entry inside the C part.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nsmallest, nlargest, merge
data = [38, 71, 4, 93, 15, 62, 4, 27, 88, 50, 9, 71, 33, 0, 56, 81, 12, 45, 99, 20, 4, 67, 30, 18, 75, 52, 6, 41, 88, 23]
h = []
for x in data:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(len(h))] == sorted(data))
d2 = list(data)
heapify(d2)
print(d2)
print(heapreplace(d2, 50), heappushpop(d2, 1), heappushpop(d2, 99), d2[:8])
print(nsmallest(3, data), nlargest(4, data), nsmallest(0, data), nlargest(2, iter(data)))
words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
print(nsmallest(2, words, key=len), nlargest(3, words, key=len))
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9, 10])))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)), list(merge()), list(merge([], [1])))
print(list(merge(["b", "dd"], ["a", "ccc"], key=len)))
tasks = []
heappush(tasks, (2, "write"))
heappush(tasks, (1, "plan"))
heappush(tasks, (3, "test"))
while tasks:
    print(heappop(tasks))
for bad in [lambda: heappush((), 1), lambda: heappop([]), lambda: heapify(()), lambda: heapreplace([], 1), lambda: heappushpop((), 1)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(sorted(heapq.__all__))
heappush([1, 2], "x")

# Output:
# [0, 4, 4, 12, 9, 6, 4, 27, 45, 15, 30, 33, 18, 38, 23, 93, 81, 88, 99, 71, 20, 67, 50, 71, 75, 62, 52, 41, 88, 56]
# True
# [0, 4, 4, 12, 9, 6, 4, 27, 45, 15, 30, 18, 33, 38, 23, 81, 93, 88, 99, 20, 50, 67, 71, 71, 75, 52, 62, 41, 88, 56]
# 0 1 4 [4, 4, 6, 12, 9, 18, 23, 27]
# [0, 4, 4] [99, 93, 88, 88] [] [99, 93]
# ['fig', 'pear'] ['banana', 'apple', 'pear']
# [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
# [8, 7, 5, 4, 2, 1] [] [1]
# ['b', 'a', 'dd', 'ccc']
# (1, 'plan')
# (2, 'write')
# (3, 'test')
# TypeError heappush() argument 1 must be list, not tuple
# IndexError index out of range
# TypeError heapify() argument must be list, not tuple
# IndexError index out of range
# TypeError heappushpop() argument 1 must be list, not tuple
# ['heapify', 'heappop', 'heappush', 'heappushpop', 'heapreplace', 'merge', 'nlargest', 'nsmallest']
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "stdlib_heapq.py", line 33, in <module>
#     heappush([1, 2], "x")
# TypeError: '<' not supported between instances of 'str' and 'int'
