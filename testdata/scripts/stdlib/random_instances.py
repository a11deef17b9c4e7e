# random.Random(seed) and random.SystemRandom(): instances with the
# module's methods, each its own generator; Random is subclassable, its
# __init__ calls self.seed; getstate/setstate replay a sequence.
# (Values are compared among themselves: pyconc's generator is not
# CPython's Mersenne Twister.)
import random

a, b = random.Random(42), random.Random(42)
sa = [a.random() for _ in range(5)]
print(sa == [b.random() for _ in range(5)], all(0 <= x < 1 for x in sa))
print(random.Random(1).randint(1, 10**6) == random.Random(1).randint(1, 10**6))
r = random.Random("seed")
print(1 <= r.randint(1, 6) <= 6, r.choice("abc") in "abc", 0 <= r.randrange(10) < 10)
items = list(range(10)); r.shuffle(items); print(sorted(items) == list(range(10)))
s = r.sample(range(100), 5); print(len(s), len(set(s)))
print(2.0 <= r.uniform(2, 3) <= 3.0, type(r.gauss(0, 1)).__name__, 0 <= r.getrandbits(8) < 256)
print(len(r.choices("xy", k=4)), len(r.randbytes(3)), r.triangular(0, 1) <= 1, r.expovariate(1) > 0)
st = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(st)
print(first == [r.random() for _ in range(3)], type(st).__name__, st[0])
r.seed(7); x = r.random(); r.seed(7); print(x == r.random())
print(isinstance(r, random.Random), type(r).__name__, repr(r).startswith("<random.Random object at 0x"))

class Seeded(random.Random):
    def seed(self, a=None):
        print("seed called with", a)
        super().seed(a)
    def roll(self):
        return self.randint(1, 6)
d = Seeded(3)
print(1 <= d.roll() <= 6, isinstance(d, random.Random))

sr = random.SystemRandom()
print(isinstance(sr, random.Random), 0 <= sr.random() < 1, 1 <= sr.randint(1, 3) <= 3, sr.seed(5))
for f in (sr.getstate, lambda: sr.setstate(None)):
    try:
        f()
    except NotImplementedError as e:
        print(e)
st = random.getstate()
m = [random.random() for _ in range(2)]
random.setstate(st)
print(m == [random.random() for _ in range(2)])
try:
    random.setstate((9, (), None))
except ValueError as e:
    print(e)

# Output:
# True True
# True
# True True True
# True
# 5 5
# True float True
# 4 3 True True
# True tuple 3
# True
# True Random True
# seed called with 3
# True True
# True True True None
# System entropy source does not have state.
# System entropy source does not have state.
# True
# state with version 9 passed to Random.setstate() of version 3
