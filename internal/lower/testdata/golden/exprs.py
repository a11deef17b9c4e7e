a, *rest = xs = f(1, *args, 2, k=v, **kw, z=0)
print(f"{a!r:>{width}} and {rest=}", "%d%%" % 5, s % t, 2 ** n)
ok = low <= g(x) < high
import os.path, json as j
from threading import Thread, Lock as L
del a, xs[0], xs[1:2], xs.attr
assert ok, "bad"
