# A package beside the script: import pkg.mod binds pkg and sets its
# attributes; relative imports inside the package; module names.
import os.path
import _pkg.sub.leaf
print(_pkg.LEVEL, _pkg.helper.twice(3), _pkg.twice(4), _pkg.sub.h is _pkg.helper)
print(_pkg.sub.LEVEL, _pkg.sub.leaf.up, _pkg.sub.leaf.where())
import _pkg.sub.leaf as leaf
print(leaf is _pkg.sub.leaf, leaf.__name__, leaf.__package__, _pkg.sub.__package__, _pkg.__package__)
from _pkg import sub
from _pkg.sub import leaf as leaf2
print(sub is _pkg.sub, leaf2 is leaf)
print(os.path.basename(_pkg.__file__), os.path.basename(leaf.__file__))
print(os.path.basename(os.path.dirname(_pkg.sub.__file__)), type(_pkg.__path__).__name__, len(_pkg.__path__))
print(type(_pkg).__name__, repr(_pkg).startswith("<module '_pkg' from "))
print(__name__, __package__)
import _pkg
import _pkg.helper
print(sorted(n for n in dir(_pkg.helper) if not n.startswith("__")))

# Output:
# init _pkg _pkg
# init _pkg.helper _pkg
# init _pkg.sub _pkg.sub
# init _pkg.sub.leaf _pkg.sub
# top 6 8 True
# top top _pkg.sub.leaf in _pkg.sub
# True _pkg.sub.leaf _pkg.sub _pkg.sub _pkg
# True True
# __init__.py leaf.py
# sub list 1
# module True
# __main__ None
# ['fail', 'twice']
