# An exception's args can be assigned any iterable; it becomes a tuple.

e = ValueError(1)
e.args = "ab"
print(e.args)
e.args = [3]
print(e, repr(e))
try:
    e.args = 5
except TypeError as x:
    print(x)

# Output:
# ('a', 'b')
# 3 ValueError(3)
# 'int' object is not iterable
