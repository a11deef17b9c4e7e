# bisect, written in Python and embedded: bisect/insort with lo, hi, key, as CPython 3.11's.
import bisect
from bisect import bisect_left, bisect_right, insort, insort_left
a = [1, 2, 2, 2, 3, 5, 8]
print([bisect.bisect(a, x) for x in range(10)])
print([bisect_left(a, x) for x in range(10)])
print(bisect_right(a, 2, 2), bisect_left(a, 2, 0, 2), bisect_left(a, 9, hi=-1), bisect_left(a, 9, 3, -5))
grades = "FDCBA"
breaks = [60, 70, 80, 90]
print([grades[bisect.bisect(breaks, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
people = [("ann", 20), ("bob", 31), ("cy", 44)]
print(bisect_left(people, 31, key=lambda p: p[1]), bisect_right(people, 31, key=lambda p: p[1]))
insort(people, ("dee", 31), key=lambda p: p[1])
insort_left(people, ("eve", 31), key=lambda p: p[1])
print(people)
xs = []
for v in [5, 1, 4, 1, 3]:
    insort(xs, v)
print(xs)
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
print(bisect.__name__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect_left.__name__)
bisect.bisect_left([1, 2], "x")

# Output:
# [0, 1, 4, 5, 5, 6, 6, 6, 7, 7]
# [0, 0, 1, 4, 5, 5, 6, 6, 6, 7]
# 4 1 7 3
# ['F', 'A', 'C', 'C', 'B', 'A', 'A']
# 1 2
# [('ann', 20), ('eve', 31), ('bob', 31), ('dee', 31), ('cy', 44)]
# [1, 1, 3, 4, 5]
# ValueError lo must be non-negative
# bisect True True
# bisect_left
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "stdlib_bisect.py", line 26, in <module>
#     bisect.bisect_left([1, 2], "x")
# TypeError: '<' not supported between instances of 'int' and 'str'
