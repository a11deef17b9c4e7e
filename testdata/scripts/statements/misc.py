# del, assert, decorators, chained assignment, star unpacking in calls.
a = b = c = 0
b = 5
print(a, b, c)
x, y = y, x = 1, 2
print(x, y)

d = {"a": 1, "b": 2, "c": 3}
del d["a"]
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[1:3]
print(d, lst)

class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)

def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

def times(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@trace
@times(2)
def hello(who):
    return "hi " + who

print(hello("you"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class Plugin:
    pass
print(registry)

def total(*nums, scale=1):
    return sum(nums) * scale
parts = [1, 2]
more = (3, 4)
opts = {"scale": 10}
print(total(*parts, *more), total(*parts, 5, **opts), total(0, *more, scale=2))
print(max(*[3, 9], *[4]), [*parts, *more], {*parts, 3})

try:
    import not_a_module
except ImportError as e:
    print("ImportError:", e)
try:
    from os import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
import os.path
import time as t, random
from os import path as p, getpid
print(p.basename("/a/b.txt"), callable(getpid), type(t.time()).__name__, os.path.join("a", "b"))
print(__name__)


# Output:
# 0 5 0
# 2 1
# {'b': 2, 'c': 3} [1, 4, 5]
# False 2
# calling wrapper ('you',)
# ['hi you', 'hi you']
# ['Plugin']
# 10 80 14
# 9 [1, 2, 3, 4] {1, 2, 3}
# ImportError: No module named 'not_a_module'
# ImportError cannot import name 'no_such_name' from 'os'
# b.txt True float a/b
# __main__
