# The built-in __import__ and importlib.import_module, with CPython's results
# and errors.
import importlib
m = __import__('os.path'); print(m.__name__)
m = __import__('os.path', fromlist=['join']); print(m.__name__ in ("posixpath", "os.path"), m is importlib.import_module("os.path"))
m = __import__('_star', fromlist=['first', 'nope']); print(m.__name__, m.first.NAME)
m = __import__('_star', fromlist=['*']); print(hasattr(m, 'second'))
for args in [("",), ("x", None, None, (), 1), ("x", {"__package__": None}, None, (), 1), (5,), ("os", None, None, (), -1), ("x", {"__name__": "top"}, None, (), 1)]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.import_module('.x')
except Exception as e:
    print(type(e).__name__, e)
print(importlib.import_module('_star.first').NAME, importlib.import_module('.second', '_star').NAME, importlib.import_module('..first', '_star.second').NAME)
try:
    importlib.import_module('..x', '_star')
except Exception as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('nope_mod')
except Exception as e:
    print(type(e).__name__, e)
print(importlib.invalidate_caches())
print(__import__("first", {"__name__": "_star", "__path__": []}, None, (), 1).__name__, __import__("_pkg.sub", fromlist=["leaf"]).__name__)


# Output:
# os
# True True
# _star first
# True
# ValueError Empty module name
# TypeError globals must be a dict
# KeyError "'__name__' not in globals"
# TypeError module name must be a string
# ValueError level must be >= 0
# ImportError attempted relative import with no known parent package
# TypeError the 'package' argument is required to perform a relative import for '.x'
# first second first
# ImportError attempted relative import beyond top-level package
# ModuleNotFoundError No module named 'nope_mod'
# None
# init _pkg _pkg
# init _pkg.helper _pkg
# init _pkg.sub _pkg.sub
# init _pkg.sub.leaf _pkg.sub
# _star.first _pkg.sub
