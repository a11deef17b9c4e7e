print("a begins")
FIRST = 1
import _circ_b
SECOND = 2


def later():
    return _circ_b.B
