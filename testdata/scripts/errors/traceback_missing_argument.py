def f(a, b):
    pass
x = f(1)

# Output:
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "traceback_missing_argument.py", line 3, in <module>
#     x = f(1)
#         ^^^^
# TypeError: f() missing 1 required positional argument: 'b'
