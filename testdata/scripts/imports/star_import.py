# from pkg import * binds the names of __all__, importing the submodules it
# names; without __all__, the public names (submodules imported so far too).
from _star import *
print(first.NAME, second.NAME, VALUE)
import _star.third
import _pkg.helper
from _pkg.helper import *
print(twice(21))


# Output:
# first second 3
# init _pkg _pkg
# init _pkg.helper _pkg
# 42
