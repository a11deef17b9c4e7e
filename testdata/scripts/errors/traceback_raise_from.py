def f():
    raise ValueError("a")

try:
    f()
except ValueError as e:
    raise RuntimeError("b") from e

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_raise_from.py", line 5, in <module>
#     f()
#   File "traceback_raise_from.py", line 2, in f
#     raise ValueError("a")
# ValueError: a
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback_raise_from.py", line 7, in <module>
#     raise RuntimeError("b") from e
# RuntimeError: b
