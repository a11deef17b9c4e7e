# A traceback through a module pyconc writes in Python (heapq's nlargest,
# Python in CPython too) shows the module's file; its C part (_heapq) none.
import heapq
print(heapq.nlargest(1, [3, 1, 2]), heapq.__name__, type(heapq).__name__)
heapq.nlargest(2, [1, "a", 3])

# Exit: 1
# Output:
# [3] heapq module
# Stderr:
# Traceback (most recent call last):
#   File "library_traceback.py", line 5, in <module>
#     heapq.nlargest(2, [1, "a", 3])
# re:  File "heapq.py", line \d+, in nlargest
# TypeError: '<' not supported between instances of 'int' and 'str'
