# The errors of import statements, with CPython's messages.
try:
    import _no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.nope
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import _pkg.helper.nope
except ModuleNotFoundError as e:
    print(e)
try:
    import os.nope
except ModuleNotFoundError as e:
    print(e)
try:
    from _pkg import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
try:
    from _pkg.helper import nope
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .helper import twice
except ImportError as e:
    print(e)
try:
    import _pkg.sub.beyond
except ImportError as e:
    print(e)
print(issubclass(ModuleNotFoundError, ImportError))


# Output:
# ModuleNotFoundError No module named '_no_such_module' _no_such_module
# init _pkg _pkg
# init _pkg.helper _pkg
# No module named '_pkg.nope' _pkg.nope
# No module named '_pkg.helper.nope'; '_pkg.helper' is not a package
# No module named 'os.nope'; 'os' is not a package
# ImportError cannot import name 'nope' from '_pkg' _pkg
# cannot import name 'nope' from '_pkg.helper'
# ImportError attempted relative import with no known parent package
# attempted relative import with no known parent package
# init _pkg.sub _pkg.sub
# init _pkg.sub.leaf _pkg.sub
# attempted relative import beyond top-level package
# True
