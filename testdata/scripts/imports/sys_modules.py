# sys.modules holds the modules imported; os.path is os's own submodule;
# a folder without __init__.py is a namespace package.
import sys
import os
p = os.path
import os.path
from os import path
print(p is os.path, path is os.path, sys.modules["os.path"] is os.path, sys.modules["os"] is os)
import _pkg.helper
print(sys.modules["_pkg"] is _pkg, sys.modules["_pkg.helper"] is _pkg.helper, "sys" in sys.modules)
del sys.modules["_pkg.helper"]
import _pkg.helper as again
print(again is _pkg.helper, again.twice(5))
sys.modules["_planted"] = "a planted value"
import _planted
print(_planted)
import _ns.leaf
from _ns import leaf
print(leaf.V, leaf is _ns.leaf, _ns.__file__, _ns.__package__, len(_ns.__path__))
try:
    from _ns import nope
except ImportError as e:
    print(e)
import concurrent
print(concurrent.__name__, concurrent.__package__, sys.modules["concurrent"] is concurrent)
try:
    import concurrent.nope
except ModuleNotFoundError as e:
    print(e)

# Output:
# True True True True
# init _pkg _pkg
# init _pkg.helper _pkg
# True True True
# init _pkg.helper _pkg
# True 10
# a planted value
# leaf of a namespace package True None _ns 1
# cannot import name 'nope' from '_ns' (unknown location)
# concurrent concurrent True
# No module named 'concurrent.nope'
