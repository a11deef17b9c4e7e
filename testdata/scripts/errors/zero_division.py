def inner(x):
    return 10 / x

def outer():
    print("before")
    return inner(0)

outer()
print("never")

# Output:
# before
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "zero_division.py", line 8, in <module>
#     outer()
#   File "zero_division.py", line 6, in outer
#     return inner(0)
#   File "zero_division.py", line 2, in inner
#     return 10 / x
# ZeroDivisionError: division by zero
