# A circular import sees the partly initialised module, as in CPython.
import _circ_a
print(_circ_a.later(), _circ_a.SECOND, _circ_a._circ_b.B)
import _circ_b
print(_circ_b._circ_a is _circ_a)


# Output:
# a begins
# b begins
# b sees 1 False
# cannot import name 'SECOND' from partially initialized module '_circ_a' (most likely due to a circular import)
# from b 2 from b
# True
