def kw(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(kw(1, c=3))
print(kw(1, 5, 6, 7, c=8, e=9))
def kwonly(*, key="k"):
    return key
print(kwonly(), kwonly(key="z"))

def deco(cls):
    cls.tagged = True
    return cls
@deco
class T:
    pass
print(T.tagged)

with_total = 0
class Acc:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
with Acc():
    for with_total in range(3):
        pass
print(with_total)

print({"a": 1, "b": 2, "a": 3})
big = 123456789012345678901234567890
print(big + 1, {1, 2} == {2, 1})

def unpack_call(*a, **k):
    return len(a), sorted(k)
print(unpack_call(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))

x = 5
def shadow():
    return [x for x in range(2)], x
print(shadow())

def gen_sum(n):
    return sum(i for i in range(n) if i % 2)
print(gen_sum(10))

def chained(v):
    return 0 <= v < 10 != v
print(chained(5), chained(10))

class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__)

def returns_in_with():
    with Acc() as a:
        for i in range(5):
            if i == 2:
                return i
print(returns_in_with())

def try_finally_order():
    log = []
    def inner():
        try:
            try:
                log.append("body")
                return "inner"
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    r = inner()
    return r, log
print(try_finally_order())

def make(n):
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
inc = make(10)
inc()
print(inc())
print(*[1, 2], sep="-")

def catch_param(v):
    try:
        v = int(v)
    except ValueError:
        v = 0
    return v
print(catch_param("7"), catch_param("x"))

class WithTry:
    try:
        value = 1 / 0
    except ZeroDivisionError:
        value = "inf"
print(WithTry.value)

# Output:
# (1, 2, (), 3, 4, {})
# (1, 5, (6, 7), 8, 4, {'e': 9})
# k z
# True
# 2
# {'a': 3, 'b': 2}
# 123456789012345678901234567891 True
# (3, ['x', 'y'])
# ([0, 1], 5)
# 25
# True False
# Outer.Inner
# 2
# ('inner', ['body', 'f1', 'f2'])
# 12
# 1-2
# 7 0
# inf
