def f(n):
    return g(n)
def g(n):
    raise KeyError(n)
def r(n):
    if n == 0:
        return f(n)
    return r(n - 1)
r(10)

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_recursion.py", line 9, in <module>
#     r(10)
#   File "traceback_recursion.py", line 8, in r
#     return r(n - 1)
#            ^^^^^^^^
#   File "traceback_recursion.py", line 8, in r
#     return r(n - 1)
#            ^^^^^^^^
#   File "traceback_recursion.py", line 8, in r
#     return r(n - 1)
#            ^^^^^^^^
#   [Previous line repeated 7 more times]
#   File "traceback_recursion.py", line 7, in r
#     return f(n)
#            ^^^^
#   File "traceback_recursion.py", line 2, in f
#     return g(n)
#            ^^^^
#   File "traceback_recursion.py", line 4, in g
#     raise KeyError(n)
# KeyError: 0
