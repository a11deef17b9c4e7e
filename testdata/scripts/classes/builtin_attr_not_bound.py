# A built-in function stored as a class attribute is not bound to the
# instances (it is no descriptor); Python functions, staticmethod and
# classmethod bind as usual.
import time

class F:
    conv = time.gmtime
    size = len
    out = print
    def m(self, x):
        return ("m", x)
    s = staticmethod(lambda x: ("s", x))
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
    lam = lambda self, x: ("lam", type(self).__name__, x)

f = F()
print(f.conv(0).tm_year, F.conv(0).tm_year)
print(f.size([1, 2, 3]))
f.out("printed", 1)
print(f.m(1), f.s(2), f.c(3), f.lam(4))
print(F.m(f, 5), F.s(6), F.c(7))

class G(F):
    def size(self, x):
        return super().size(x) * 10
print(G().size([1, 2]))

# Output:
# 1970 1970
# 3
# printed 1
# ('m', 1) ('s', 2) ('F', 3) ('lam', 'F', 4)
# ('m', 5) ('s', 6) ('F', 7)
# 20
