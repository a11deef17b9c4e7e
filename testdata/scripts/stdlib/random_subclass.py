# A subclass of random.Random that overrides random() or getrandbits() is
# drawn through them, as CPython's methods are (uniform... through random(),
# choice, shuffle, sample, randrange through getrandbits, or random() when
# only it is overridden); non-integer arguments of randrange warn as in
# CPython 3.11 (randint's do not: CPython warns inside its random module).
import random
class Half(random.Random):
    def random(self):
        return 0.5
h = Half()
print(h.uniform(0, 10), h.triangular(0, 1), round(h.expovariate(1), 6), h.choices("abcd", k=3))
print(h.choice("abcd"), h.randrange(10), h.randint(1, 6), h.random())
x = list(range(6)); h.shuffle(x); print(x)
print(h.sample(range(10), 3))
class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, "calls", 0) + 1
        return (2 ** k - 1) if self.calls % 2 else 1
b = Bits()
print(b.choice("abcd"), b.randrange(5), b.calls)
class Both(Half):
    def getrandbits(self, k):
        return 0
print(Both().choice("xyz"), Both().uniform(0, 4))
class Bad(random.Random):
    def random(self):
        return "no"
try:
    Bad().uniform(0, 1)
except TypeError as e:
    print("TypeError")
class Sup(random.Random):
    def random(self):
        return super().random() * 0 + 0.25
print(Sup(1).uniform(0, 8))
print(random.randrange(3.0, 6.0, 1.0) in (3,4,5))
print(random.randint(1.0, 1.0))
for i in range(2):
    print(random.randrange(2, 3.0))
try:
    random.randrange(2.5)
except ValueError as e:
    print(e)

class Seq(random.Random):
    def __init__(self):
        super().__init__()
        self.vals = [0.1, 0.7, 0.3, 0.9, 0.25, 0.5, 0.6, 0.2] * 4
    def random(self):
        return self.vals.pop(0)
s = Seq()
print([round(s.gauss(1, 2), 9) for _ in range(3)])
print([round(s.normalvariate(0, 1), 9) for _ in range(2)])

# Output:
# 5.0 0.5 0.693147 ['c', 'c', 'c']
# a 6 5 0.5
# [2, 3, 5, 0, 1, 4]
# [6, 7, 0]
# b 1 4
# x 2.0
# TypeError
# 2.0
# True
# 1
# 2
# 2
# non-integer arg 1 for randrange()
# [3.51079339, 2.824198177, -0.326279943]
# [-0.857763885, 0.214440971]
# Stderr:
# re:.*random_subclass\.py:36: DeprecationWarning: non-integer arguments to randrange\(\) have been deprecated since Python 3\.10 and will be removed in a subsequent version
#   print(random.randrange(3.0, 6.0, 1.0) in (3,4,5))
# re:.*random_subclass\.py:39: DeprecationWarning: non-integer arguments to randrange\(\) have been deprecated since Python 3\.10 and will be removed in a subsequent version
#   print(random.randrange(2, 3.0))
# re:.*random_subclass\.py:41: DeprecationWarning: randrange\(\) will raise TypeError in the future
#   random.randrange(2.5)
