# A module's own __getattr__ (PEP 562) answers for the attributes it lacks:
# attribute reads, hasattr, getattr with a default, from-imports, import *.
import _lazy
print(_lazy.EAGER, _lazy.LAZY_ONE, getattr(_lazy, "LAZY_TWO"), hasattr(_lazy, "nope"), getattr(_lazy, "nope", "default"))
from _lazy import LAZY_THREE, heapq
print(LAZY_THREE, heapq.__name__, _lazy._made)
try:
    _lazy.missing
except AttributeError as e:
    print(e)
try:
    from _lazy import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])

# Output:
# lazy module runs
# eager lazy_one lazy_two False default
# lazy_three heapq ['LAZY_ONE', 'LAZY_TWO', 'LAZY_THREE']
# module '_lazy' has no attribute 'missing'
# ImportError cannot import name 'missing' from '_lazy'
