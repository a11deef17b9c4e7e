# The random module: ranges, errors, and seed making the sequence repeatable.
import random
from _errors import err

for i in range(2000):
    x = random.random()
    if not (0 <= x and x < 1):
        raise AssertionError("random() out of range: %r" % x)
    n = random.randint(1, 6)
    if n < 1 or n > 6:
        raise AssertionError("randint out of range: %r" % n)
    r = random.randrange(10, 20, 3)
    if r not in (10, 13, 16, 19):
        raise AssertionError("randrange step: %r" % r)
    r = random.randrange(10, 0, -2)
    if r not in (10, 8, 6, 4, 2):
        raise AssertionError("randrange negative step: %r" % r)
    u = random.uniform(2, 3)
    if u < 2 or u > 3:
        raise AssertionError("uniform: %r" % u)
    if random.randrange(5) not in range(5):
        raise AssertionError("randrange(5)")
seen = {}
for i in range(600):
    seen[random.randint(1, 3)] = True
print(repr(sorted(seen.keys())))
print(repr(random.randrange(3.0) in (0, 1, 2)))
big = random.randrange((1 << 100), (1 << 100) + 5)
print(repr(big >= (1 << 100) and big < (1 << 100) + 5))
print(repr(random.getrandbits(0)))
print(repr(random.getrandbits(200) < (1 << 200)))
print(err(random.getrandbits, -1))
print(err(random.randrange, 0))
print(err(random.randrange, 5, 2))
print(err(random.randint, 3, 1))
print(err(random.randrange, 1.5))
print(err(random.randrange, 0, 10, 0))
print(err(random.randrange, 0, 10, -1))
print(err(random.choice, []))
print(err(random.choice, set([1])))
print(repr(random.choice("a")))
print(repr(random.choice([7, 7])))
print(err(random.sample, [1], 2))
print(err(random.sample, set([1]), 1))
print(err(random.choices, [1], [1, 2]))
print(err(random.choices, [1, 2], [0, 0]))
print(err(random.choices, [1], 3))
print(err(random.choices, [1, 2], weights=[1, 1], cum_weights=[1, 2]))
print(err(random.shuffle, (1, 2)))
print(repr(len(random.choices([1, 2, 3], k=10))))
print(repr(random.choices(["a", "b"], weights=[0, 1], k=5)))
print(repr(random.choices(["a", "b"], cum_weights=[1, 1], k=5)))
s = random.sample(range(100), 10)
print(repr(len(s)))
print(repr(len(set(s))))
s = random.sample([1, 2, 3], 3)
print(repr(sorted(s)))
print(repr(sorted(random.sample(["a", "b"], 3, counts=[2, 1]))))
x = list(range(20))
random.shuffle(x)
print(repr(sorted(x)))
random.seed(42)
a = [random.random() for i in range(5)] + [random.randint(0, 1000)]
random.seed(42)
b = [random.random() for i in range(5)] + [random.randint(0, 1000)]
print("seed makes the sequence repeatable:", a == b)
random.seed("hello")
c = random.random()
random.seed("hello")
print(random.random() == c)
random.seed(2.0)
d = random.random()
random.seed(2)
print("seed(2.0) is seed(2):", random.random() == d)
random.seed()
print(err(random.seed, [1]))
g = [random.gauss(10, 0) for i in range(3)]
print(repr(g))
print(repr(random.normalvariate() != None))
print(repr(random.expovariate(2) >= 0))
t = random.triangular(1, 3)
print(repr(t >= 1 and t <= 3))
print(repr(len(random.randbytes(4))))


class Five:
    def __index__(self):
        return 5


print(random.randrange(Five()) in range(5), random.randrange(Five(), 6))

# Output:
# [1, 2, 3]
# True
# True
# 0
# True
# ValueError: number of bits must be non-negative
# ValueError: empty range for randrange()
# ValueError: empty range for randrange() (5, 2, -3)
# ValueError: empty range for randrange() (3, 2, -1)
# ValueError: non-integer arg 1 for randrange()
# ValueError: zero step for randrange()
# ValueError: empty range for randrange()
# IndexError: Cannot choose from an empty sequence
# TypeError: 'set' object is not subscriptable
# 'a'
# 7
# ValueError: Sample larger than population or is negative
# TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).
# ValueError: The number of weights does not match the population
# ValueError: Total of weights must be greater than zero
# TypeError: The number of choices must be a keyword argument: k=3
# TypeError: Cannot specify both weights and cumulative weights
# TypeError: 'tuple' object does not support item assignment
# 10
# ['b', 'b', 'b', 'b', 'b']
# ['a', 'a', 'a', 'a', 'a']
# 10
# 10
# [1, 2, 3]
# ['a', 'a', 'b']
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
# seed makes the sequence repeatable: True
# True
# seed(2.0) is seed(2): True
# TypeError: The only supported seed types are: None,
# int, float, str, bytes, and bytearray.
# [10.0, 10.0, 10.0]
# True
# True
# True
# 4
# True 5
