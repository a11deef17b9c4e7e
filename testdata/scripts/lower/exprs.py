calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls = []
print(v(3) < v(2) < v(5), calls)
a = 1
print(0 < a < 2, 1 <= a == 1 > 0)
print(a is None, a is not None)
print(2 ** 10, 2 ** -1, 7 % 3, "%s-%r" % ("x", "y"))
s = "a%sb"
print(s % 1)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
x = y = [0]
x.append(1)
print(y)
d = {"k": 1}
d["k"] += 5
print(d)
def f(*args, **kwargs):
    return args, kwargs
xs = [1, 2]
print(f(0, *xs, 3, *xs, k=1, **{"m": 2}, z=3))
print([0, *xs, *range(2)], (*xs, 9), {**d, "n": 2})
print(sorted({1, *xs}))
print([i * i for i in range(5) if i % 2 == 0], {i: i + 1 for i in range(3)})
print(sum(x for x in range(4)))
print([(a, b) for a, *b in [(1, 2, 3), (4, 5)]])
name = "w"
w = 3.14159
print(f"{name}={w:.2f} {name!r} {w=:.1f} {{}}", f"{a=}")
print(f"{'x':>4}|")
lam = lambda x, y=2: x * y
print(lam(3), lam(3, y=4))
n = 10
n **= 2
print(n)
nums = [3, 1, 2]
nums.sort()
print(nums, "{}-{}".format(1, 2))
print(b"ab", 1 if a else 2, not a, -a, ~a)
print(10 ** 30)
del d["k"]
print(d)

# Output:
# True [1, 2, 3]
# False [3, 2]
# True True
# False True
# 1024 0.5 1 x-'y'
# a1b
# 1 [2, 3, 4]
# [1, 2] 3
# 1 [2, 3] 4
# [0, 1]
# {'k': 6}
# ((0, 1, 2, 3, 1, 2), {'k': 1, 'm': 2, 'z': 3})
# [0, 1, 2, 0, 1] (1, 2, 9) {'k': 6, 'n': 2}
# [1, 2]
# [0, 4, 16] {0: 1, 1: 2, 2: 3}
# 6
# [(1, [2, 3]), (4, [5])]
# w=3.14 'w' w=3.1 {} a=1
#    x|
# 6 12
# 100
# [1, 2, 3] 1-2
# b'ab' 1 False -1 -2
# 1000000000000000000000000000000
# {}
