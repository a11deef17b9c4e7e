def counter():
    count = 0
    def inc():
        nonlocal count
        try:
            count += 1
        finally:
            pass
        return count
    return inc
c = counter()
c(); c()
print(c())

def after_try():
    try:
        value = int("12")
    except ValueError:
        value = -1
    return value * 2
print(after_try())

def only_inside():
    try:
        tmp = [1, 2]
        print("inside", tmp)
    except KeyError as e:
        print("no", e)
    return "done"
print(only_inside())

def in_loop():
    out = []
    for i in range(3):
        try:
            if i == 0:
                first = i
            out.append(first)
        finally:
            pass
    return out
print(in_loop())

try:
    def defined_in_try(x):
        return x + 1
    class InTry:
        v = 5
except Exception:
    pass
print(defined_in_try(1), InTry.v)

def fn_try():
    try:
        def inner():
            return "inner"
    finally:
        pass
    return inner()
print(fn_try())

class P:
    def __init__(self, fn):
        self.fn = fn
    def also(self, fn):
        return P(fn)
@P
def thing():
    return 1
@thing.also
def thing():
    return 2
print(thing.fn())

def rec(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(rec(5))

fns = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fns])

class K:
    xs = [1, 2, 3]
    ys = [v * 2 for v in xs]
    z = 1 < 2 < 3
print(K.ys, K.z)

g = 0
class G:
    global g
    g = 7
print(g)

def gone():
    x = 1
    del x
    try:
        print(x)
    except NameError as e:
        print("NameError", type(e) == UnboundLocalError)
gone()

def checker(v):
    try:
        assert v > 0, "must be positive"
        assert v < 10
    except AssertionError as e:
        print("assert:", e)
checker(-1)
checker(20)
checker(5)

def outer():
    class Inner:
        def hi(self):
            return "hi"
    class Sub(Inner):
        def hi(self):
            return super().hi() + "!"
    return Sub().hi()
print(outer())

def while_with_try():
    n = 0
    while n < 5:
        n += 1
        try:
            if n % 2:
                continue
        finally:
            pass
        print("even", n)
while_with_try()

try:
    undefined_name
except NameError as e:
    print(e)

items = {"a": 1}
for key, val in items.items():
    try:
        res = key * val
    except TypeError:
        res = None
print(res)

# Output:
# 3
# 24
# inside [1, 2]
# done
# [0, 0, 0]
# 2 5
# inner
# 2
# 120
# [0, 10, 20]
# [2, 4, 6] True
# 7
# NameError True
# assert: must be positive
# assert: 
# hi!
# even 2
# even 4
# name 'undefined_name' is not defined
# a
