print("b begins")
import _circ_a
print("b sees", _circ_a.FIRST, hasattr(_circ_a, "SECOND"))
B = "from b"
try:
    from _circ_a import SECOND
except ImportError as e:
    print(str(e).rsplit(" (", 1)[0])
