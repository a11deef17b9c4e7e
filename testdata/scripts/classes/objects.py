# Classes defined in Python: dunders, attributes, inheritance, descriptors (was core's objectCases).

def show(e):
    s = str(e)
    print(type(e).__name__ + ": " + s if s else type(e).__name__)

# point-dunders
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

p, q = Point(1, 2), Point(0, 5)
print(p, [p, q], str(p), repr(q))
print(p == Point(1, 2), p != Point(1, 2), p == q, p == 1, q < p, p > q)
print(sorted([p, q, Point(0, 1)]), min(p, q), max([p, q]))
print(p in [q, Point(1, 2)], {p: "a"}[Point(1, 2)], len(set([p, Point(1, 2)])))

# eq-without-hash
class A:
    def __eq__(self, o):
        return True
print(A() == A())
try:
    hash(A())
except Exception as e:
    show(e)

# str-and-repr
class B:
    def __str__(self):
        return "str-B"
    def __repr__(self):
        return "repr-B"
class C:
    def __repr__(self):
        return "repr-C"
print(B(), [B()], str(C()), f"{B()}", f"{B()!r}", f"{C()!r:>8}")

# arithmetic
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __mul__(self, k):
        if type(k) != int:
            return NotImplemented
        return V(self.x * k)
    def __rmul__(self, k):
        return V(self.x * k * 10)
    def __neg__(self):
        return V(-self.x)
    def __repr__(self):
        return "V(%r)" % self.x
print(V(1) + V(2), V(2) * 3, 3 * V(2), -V(4), sum([V(1), V(2)], V(0)))
try:
    V(1) - V(2)
except Exception as e:
    show(e)

# container
class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __contains__(self, v):
        return v in self.items
b = Bag()
print(len(b), bool(b))
b.items.extend([1, 2, 3])
b[0] = 10
print(len(b), bool(b), b[0], 2 in b, 5 in b, list(b), [x * 2 for x in b], sorted(b, reverse=True))
try:
    b[7]
except Exception as e:
    show(e)

# iterator-protocol
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x for x in Count(2)], sum(Count(4)), 2 in Count(3), next(Count(5)), tuple([*Count(2)]))
for x in Count(2):
    print(x)

# call-and-attrs
class Adder:
    kind = "adder"
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
a = Adder(2)
print(a(3), callable(a), a.__class__ is Adder, a.__dict__, type(a).__name__, Adder.kind, a.kind)
Adder.kind = "other"
print(a.kind, Adder.__call__(a, 10), getattr(a, "n"), hasattr(a, "m"), vars(a))
setattr(a, "m", 1)
del a.n
print(a.__dict__)
try:
    a.zz
except Exception as e:
    show(e)

# class-attr-missing
class A: pass
try:
    A.y
except Exception as e:
    show(e)

# no-init-args
class A: pass
try:
    A(1)
except Exception as e:
    show(e)

# inheritance-super
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s says %s" % (self.name, self.speak())
class Dog(Animal):
    def __init__(self, name):
        super().__init__(name)
        self.tricks = 0
    def speak(self):
        return "Woof" + super().speak()
d = Dog("Rex")
print(d.describe(), d.tricks, isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog), Animal.speak(d))
print(Dog.__mro__, Dog.__bases__, Dog.__name__, Dog)

# exception-subclass
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
e = MyError(3)
print(str(e), repr(e), e.code, isinstance(e, ValueError), isinstance(e, Exception), e.args)

# descriptors
class T:
    def __init__(self, c):
        self._c = c
    @property
    def double(self):
        return self._c * 2
    @double.setter
    def double(self, v):
        self._c = v / 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def twice(v):
        return v * 2
    ro = property(double.fget)
t = T.make(4)
print(t.double, T.twice(3), t.twice(4))
t.double = 20
print(t._c, t.double)
try:
    t.ro = 1
except Exception as e:
    show(e)

# hidden-ops
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c, None is None, [] is [], 2 ** 10, 2 ** -2, 2.0 ** 0.5, -7 % 3, -7.5 % 2, "%5.1f|%-3s|%r" % (3.14159, "a", "b"))
d = {"a": 1, "b": 2}
del d["a"]
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[::2]
print(d, l, {**{"x": 1}, **{"y": 2, "x": 3}}, {*"abca"} == set(["a", "b", "c"]), (*"ab",))
try:
    a, *b, c = [1]
except Exception as e:
    show(e)

# delitem-missing
try:
    del {}["k"]
except Exception as e:
    show(e)

# routed-str-methods
s = "héllo wörld"
print(s.find("w"), s.index("l", 3), s.rfind("l"), s.count("l"), s.center(15, "*"), "42".zfill(5), "-42".zfill(5))
print("{} + {x} = {:>4}".format(1, 2, x="y"), "Hello".swapcase(), "a\tb".expandtabs(4), "é".encode(), b"\xc3\xa9".decode())
print("abc".translate({97: "x", 98: None}), "x1".isidentifier(), "12".isdecimal(), "ab".ljust(4, "-") + "|", b"ab".hex())
try:
    "abc".index("z")
except Exception as e:
    show(e)

# routed-list-methods
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

l = [Point(2, 0), Point(1, 5), Point(1, 1)]
l.sort()
print(l)
l.sort(key=lambda p: p.y, reverse=True)
print(l, l.index(Point(1, 1)), [1, 2, 1].count(1), (1, 2).index(2))
c = l.copy()
c.reverse()
print(c, l[0], {"a": 1}.copy(), {1, 2}.isdisjoint([3]), (255).bit_length(), (1.5).as_integer_ratio(), (2.0).is_integer())
s = set([1, 2, 3])
s.intersection_update([2, 3, 4])
print(s, (1024).to_bytes(2, "big"))
try:
    [1].index(5)
except Exception as e:
    show(e)

# method-fallback
class F:
    def format(self, x):
        return "mine " + x
print(F().format("ok"))
try:
    [].format()
except Exception as e:
    show(e)

# print-to-object
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, file=w)
print(w.parts)

# type-three-args
def K_hi(self):
    return "hi"
K = type("K", (object,), {"hi": K_hi, "n": 1})
print(K().hi(), K.n, K.__name__, type(K()) is K)

# new-override
class S:
    inst = None
    def __new__(cls, *args):
        if S.inst == None:
            S.inst = super().__new__(cls)
        return S.inst
    def __init__(self, v):
        self.v = v
a = S(1)
b = S(2)
print(a is b, a.v)

# dunder-attrs
def f(a, b=2, *c, d=3):
    "doc"
    pass
class A:
    def m(self):
        pass
print(f.__defaults__, f.__name__, f.__doc__, len.__name__, A().m.__name__, A.__doc__, (1).__class__.__name__)

# method-arity
class P:
    def __init__(self, x):
        self.x = x
try:
    P(1, 2)
except Exception as e:
    show(e)

# Output:
# Point(1, 2) [Point(1, 2), Point(0, 5)] Point(1, 2) Point(0, 5)
# True False False False True True
# [Point(0, 1), Point(0, 5), Point(1, 2)] Point(0, 5) Point(1, 2)
# True a 1
# True
# TypeError: unhashable type: 'A'
# str-B [repr-B] repr-C str-B repr-B   repr-C
# V(3) V(6) V(60) V(-4) V(3)
# TypeError: unsupported operand type(s) for -: 'V' and 'V'
# 0 False
# 3 True 10 True False [10, 2, 3] [20, 4, 6] [10, 3, 2]
# IndexError: list index out of range
# [1, 2, 3] [1, 2] 10 True 1 (1, 2)
# 1
# 2
# 5 True True {'n': 2} Adder adder adder
# other 12 2 False {'n': 2}
# {'m': 1}
# AttributeError: 'Adder' object has no attribute 'zz'
# AttributeError: type object 'A' has no attribute 'y'
# TypeError: A() takes no arguments
# Rex says Woof... 0 True True False ...
# (<class '__main__.Dog'>, <class '__main__.Animal'>, <class 'object'>) (<class '__main__.Animal'>,) Dog <class '__main__.Dog'>
# code 3 MyError('code 3') 3 True True ('code 3',)
# 8 6 8
# 10.0 20.0
# AttributeError: property 'ro' of 'T' object has no setter
# 1 [2, 3, 4] 5 True False 1024 0.25 1.4142135623730951 2 0.5   3.1|a  |'b'
# {'b': 2} [2, 4] {'x': 3, 'y': 2} True ('a', 'b')
# ValueError: not enough values to unpack (expected at least 2, got 1)
# KeyError: 'k'
# 6 3 9 3 **héllo wörld** 00042 -0042
# 1 + y =    2 hELLO a   b b'\xc3\xa9' é
# xc True True ab--| 6162
# ValueError: substring not found
# [Point(1, 1), Point(1, 5), Point(2, 0)]
# [Point(1, 5), Point(1, 1), Point(2, 0)] 1 2 1
# [Point(2, 0), Point(1, 1), Point(1, 5)] Point(1, 5) {'a': 1} True 8 (3, 2) True
# {2, 3} b'\x04\x00'
# ValueError: 5 is not in list
# mine ok
# AttributeError: 'list' object has no attribute 'format'
# ['a', ' ', '1', '\n']
# hi 1 K True
# True 2
# (2,) f doc len m None int
# TypeError: P.__init__() takes 2 positional arguments but 3 were given
