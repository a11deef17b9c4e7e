package core_test

import (
	"context"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// pointStar defines class Point the way the lowering does.
const pointStar = `
def Point__init__(self, x, y):
    self.x = x
    self.y = y
def Point__repr__(self):
    return __pc_mod("Point(%d, %d)", (self.x, self.y))
def Point__eq__(self, other):
    if not isinstance(other, Point):
        return NotImplemented
    return (self.x, self.y) == (other.x, other.y)
def Point__lt__(self, other):
    return (self.x, self.y) < (other.x, other.y)
def Point__hash__(self):
    return hash((self.x, self.y))
Point = __pc_class("Point", (), {"__init__": Point__init__, "__repr__": Point__repr__,
    "__eq__": Point__eq__, "__lt__": Point__lt__, "__hash__": Point__hash__}, "__main__", "Point")
`

// pointPy is the same class in Python.
const pointPy = `
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
`

var objectCases = []objCase{
	{"point-dunders",
		pointStar + `
p, q = Point(1, 2), Point(0, 5)
print(p, [p, q], str(p), repr(q))
print(p == Point(1, 2), p != Point(1, 2), p == q, p == 1, q < p, p > q)
print(sorted([p, q, Point(0, 1)]), min(p, q), max([p, q]))
print(p in [q, Point(1, 2)], {p: "a"}[Point(1, 2)], len(set([p, Point(1, 2)])))
`,
		pointPy + `
p, q = Point(1, 2), Point(0, 5)
print(p, [p, q], str(p), repr(q))
print(p == Point(1, 2), p != Point(1, 2), p == q, p == 1, q < p, p > q)
print(sorted([p, q, Point(0, 1)]), min(p, q), max([p, q]))
print(p in [q, Point(1, 2)], {p: "a"}[Point(1, 2)], len(set([p, Point(1, 2)])))
`,
		"Point(1, 2) [Point(1, 2), Point(0, 5)] Point(1, 2) Point(0, 5)\nTrue False False False True True\n[Point(0, 1), Point(0, 5), Point(1, 2)] Point(0, 5) Point(1, 2)\nTrue a 1\n"},
	{"eq-without-hash",
		`
def A__eq__(self, o):
    return True
A = __pc_class("A", (), {"__eq__": A__eq__}, "__main__", "A")
print(A() == A())
hash(A())
`,
		`
class A:
    def __eq__(self, o):
        return True
print(A() == A())
hash(A())
`,
		"True\nTypeError: unhashable type: 'A'\n"},
	{"str-and-repr",
		`
def B__str__(self):
    return "str-B"
def B__repr__(self):
    return "repr-B"
B = __pc_class("B", (), {"__str__": B__str__, "__repr__": B__repr__}, "__main__", "B")
def C__repr__(self):
    return "repr-C"
C = __pc_class("C", (), {"__repr__": C__repr__}, "__main__", "C")
print(B(), [B()], str(C()), __pc_fmt(B(), "", ""), __pc_fmt(B(), "r", ""), __pc_fmt(C(), "r", ">8"))
`,
		`
class B:
    def __str__(self):
        return "str-B"
    def __repr__(self):
        return "repr-B"
class C:
    def __repr__(self):
        return "repr-C"
print(B(), [B()], str(C()), f"{B()}", f"{B()!r}", f"{C()!r:>8}")
`,
		"str-B [repr-B] repr-C str-B repr-B   repr-C\n"},
	{"arithmetic",
		`
def V__init__(self, x):
    self.x = x
def V__add__(self, o):
    return V(self.x + o.x)
def V__mul__(self, k):
    if type(k) != int:
        return NotImplemented
    return V(self.x * k)
def V__rmul__(self, k):
    return V(self.x * k * 10)
def V__neg__(self):
    return V(-self.x)
def V__repr__(self):
    return __pc_mod("V(%r)", self.x)
V = __pc_class("V", (), {"__init__": V__init__, "__add__": V__add__, "__mul__": V__mul__,
    "__rmul__": V__rmul__, "__neg__": V__neg__, "__repr__": V__repr__}, "__main__", "V")
print(V(1) + V(2), V(2) * 3, 3 * V(2), -V(4), sum([V(1), V(2)], V(0)))
V(1) - V(2)
`,
		`
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
V(1) - V(2)
`,
		"V(3) V(6) V(60) V(-4) V(3)\nTypeError: unsupported operand type(s) for -: 'V' and 'V'\n"},
	{"container",
		`
def Bag__init__(self):
    self.items = []
def Bag__len__(self):
    return len(self.items)
def Bag__getitem__(self, i):
    return self.items[i]
def Bag__setitem__(self, i, v):
    self.items[i] = v
def Bag__contains__(self, v):
    return v in self.items
Bag = __pc_class("Bag", (), {"__init__": Bag__init__, "__len__": Bag__len__, "__getitem__": Bag__getitem__,
    "__setitem__": Bag__setitem__, "__contains__": Bag__contains__}, "__main__", "Bag")
b = Bag()
print(len(b), bool(b))
b.items.extend([1, 2, 3])
b[0] = 10
print(len(b), bool(b), b[0], 2 in b, 5 in b, list(b), [x * 2 for x in b], sorted(b, reverse=True))
b[7]
`,
		`
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
b[7]
`,
		"0 False\n3 True 10 True False [10, 2, 3] [20, 4, 6] [10, 3, 2]\nIndexError: list index out of range\n"},
	{"iterator-protocol",
		`
def Count__init__(self, n):
    self.n = n
    self.i = 0
def Count__iter__(self):
    return self
def Count__next__(self):
    if self.i >= self.n:
        __pc_raise(StopIteration)
    self.i += 1
    return self.i
Count = __pc_class("Count", (), {"__init__": Count__init__, "__iter__": Count__iter__, "__next__": Count__next__}, "__main__", "Count")
print(list(Count(3)), [x for x in Count(2)], sum(Count(4)), 2 in Count(3), next(Count(5)), tuple(__pc_list(Count(2))))
for x in Count(2):
    print(x)
`,
		`
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
`,
		"[1, 2, 3] [1, 2] 10 True 1 (1, 2)\n1\n2\n"},
	{"call-and-attrs",
		`
def Adder__init__(self, n):
    self.n = n
def Adder__call__(self, x):
    return x + self.n
Adder = __pc_class("Adder", (), {"__init__": Adder__init__, "__call__": Adder__call__, "kind": "adder"}, "__main__", "Adder")
a = Adder(2)
print(a(3), callable(a), __pc_is(a.__class__, Adder), a.__dict__, type(a).__name__, Adder.kind, a.kind)
Adder.kind = "other"
print(a.kind, Adder.__call__(a, 10), getattr(a, "n"), hasattr(a, "m"), vars(a))
setattr(a, "m", 1)
__pc_delattr(a, "n")
print(a.__dict__)
a.zz
`,
		`
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
a.zz
`,
		"5 True True {'n': 2} Adder adder adder\nother 12 2 False {'n': 2}\n{'m': 1}\nAttributeError: 'Adder' object has no attribute 'zz'\n"},
	{"class-attr-missing", `
A = __pc_class("A", (), {}, "__main__", "A")
A.y
`, `
class A: pass
A.y
`, "AttributeError: type object 'A' has no attribute 'y'\n"},
	{"no-init-args", `
A = __pc_class("A", (), {}, "__main__", "A")
A(1)
`, `
class A: pass
A(1)
`, "TypeError: A() takes no arguments\n"},
	{"inheritance-super",
		`
def Animal__init__(self, name):
    self.name = name
def Animal_speak(self):
    return "..."
def Animal_describe(self):
    return __pc_mod("%s says %s", (self.name, self.speak()))
Animal = __pc_class("Animal", (), {"__init__": Animal__init__, "speak": Animal_speak, "describe": Animal_describe}, "__main__", "Animal")
def Dog__init__(self, name):
    __pc_super(Dog, self).__init__(name)
    self.tricks = 0
def Dog_speak(self):
    return "Woof" + __pc_super(Dog, self).speak()
Dog = __pc_class("Dog", (Animal,), {"__init__": Dog__init__, "speak": Dog_speak}, "__main__", "Dog")
d = Dog("Rex")
print(d.describe(), d.tricks, isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog), Animal.speak(d))
print(Dog.__mro__, Dog.__bases__, Dog.__name__, Dog)
`,
		`
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
`,
		"Rex says Woof... 0 True True False ...\n(<class '__main__.Dog'>, <class '__main__.Animal'>, <class 'object'>) (<class '__main__.Animal'>,) Dog <class '__main__.Dog'>\n"},
	{"exception-subclass",
		`
def MyError__init__(self, code):
    __pc_super(MyError, self).__init__(__pc_mod("code %d", code))
    self.code = code
MyError = __pc_class("MyError", (ValueError,), {"__init__": MyError__init__}, "__main__", "MyError")
e = MyError(3)
print(str(e), repr(e), e.code, isinstance(e, ValueError), isinstance(e, Exception), e.args)
`,
		`
class MyError(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
e = MyError(3)
print(str(e), repr(e), e.code, isinstance(e, ValueError), isinstance(e, Exception), e.args)
`,
		"code 3 MyError('code 3') 3 True True ('code 3',)\n"},
	{"descriptors",
		`
def T__init__(self, c):
    self._c = c
def T_get(self):
    return self._c * 2
def T_set(self, v):
    self._c = v / 2
def T_make(cls, v):
    return cls(v)
def T_twice(v):
    return v * 2
T = __pc_class("T", (), {"__init__": T__init__, "double": property(T_get, T_set),
    "make": classmethod(T_make), "twice": staticmethod(T_twice), "ro": property(T_get)}, "__main__", "T")
t = T.make(4)
print(t.double, T.twice(3), t.twice(4))
t.double = 20
print(t._c, t.double)
t.ro = 1
`,
		`
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
t.ro = 1
`,
		"8 6 8\n10.0 20.0\nAttributeError: property 'ro' of 'T' object has no setter\n"},
	{"hidden-ops",
		`
a, b, c = __pc_unpack([1, 2, 3, 4, 5], 1, 1)
print(a, b, c, __pc_is(None, None), __pc_is([], []), __pc_pow(2, 10), __pc_pow(2, -2), __pc_pow(2.0, 0.5), __pc_mod(-7, 3), __pc_mod(-7.5, 2), __pc_mod("%5.1f|%-3s|%r", (3.14159, "a", "b")))
d = {"a": 1, "b": 2}
__pc_delitem(d, "a")
l = [0, 1, 2, 3, 4, 5]
__pc_delitem(l, 0)
__pc_delitem(l, __pc_slice(None, None, 2))
print(d, l, __pc_dictmerge({"x": 1}, {"y": 2, "x": 3}), __pc_set("abca") == set(["a", "b", "c"]), __pc_tuple("ab"))
__pc_unpack([1], 1, 1)
`,
		`
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c, None is None, [] is [], 2 ** 10, 2 ** -2, 2.0 ** 0.5, -7 % 3, -7.5 % 2, "%5.1f|%-3s|%r" % (3.14159, "a", "b"))
d = {"a": 1, "b": 2}
del d["a"]
l = [0, 1, 2, 3, 4, 5]
del l[0]
del l[::2]
print(d, l, {**{"x": 1}, **{"y": 2, "x": 3}}, {*"abca"} == set(["a", "b", "c"]), (*"ab",))
a, *b, c = [1]
`,
		"1 [2, 3, 4] 5 True False 1024 0.25 1.4142135623730951 2 0.5   3.1|a  |'b'\n{'b': 2} [2, 4] {'x': 3, 'y': 2} True ('a', 'b')\nValueError: not enough values to unpack (expected at least 2, got 1)\n"},
	{"delitem-missing", `__pc_delitem({}, "k")`, `del {}["k"]`, "KeyError: 'k'\n"},
	{"routed-str-methods",
		`
s = "héllo wörld"
print(__pc_method(s, "find", "w"), __pc_method(s, "index", "l", 3), __pc_method(s, "rfind", "l"), __pc_method(s, "count", "l"), __pc_method(s, "center", 15, "*"), __pc_method("42", "zfill", 5), __pc_method("-42", "zfill", 5))
print(__pc_method("{} + {x} = {:>4}", "format", 1, 2, x="y"), __pc_method("Hello", "swapcase"), __pc_method("a\tb", "expandtabs", 4), __pc_method("é", "encode"), __pc_method(b"\xc3\xa9", "decode"))
print(__pc_method("abc", "translate", {97: "x", 98: None}), __pc_method("x1", "isidentifier"), __pc_method("12", "isdecimal"), __pc_method("ab", "ljust", 4, "-") + "|", __pc_method(b"ab", "hex"))
__pc_method("abc", "index", "z")
`,
		`
s = "héllo wörld"
print(s.find("w"), s.index("l", 3), s.rfind("l"), s.count("l"), s.center(15, "*"), "42".zfill(5), "-42".zfill(5))
print("{} + {x} = {:>4}".format(1, 2, x="y"), "Hello".swapcase(), "a\tb".expandtabs(4), "é".encode(), b"\xc3\xa9".decode())
print("abc".translate({97: "x", 98: None}), "x1".isidentifier(), "12".isdecimal(), "ab".ljust(4, "-") + "|", b"ab".hex())
"abc".index("z")
`,
		"6 3 9 3 **héllo wörld** 00042 -0042\n1 + y =    2 hELLO a   b b'\\xc3\\xa9' é\nxc True True ab--| 6162\nValueError: substring not found\n"},
	{"routed-list-methods",
		pointStar + `
l = [Point(2, 0), Point(1, 5), Point(1, 1)]
__pc_method(l, "sort")
print(l)
__pc_method(l, "sort", key=lambda p: p.y, reverse=True)
print(l, __pc_method(l, "index", Point(1, 1)), __pc_method([1, 2, 1], "count", 1), __pc_method((1, 2), "index", 2))
c = __pc_method(l, "copy")
__pc_method(c, "reverse")
print(c, l[0], __pc_method({"a": 1}, "copy"), __pc_method(set([1, 2]), "isdisjoint", [3]), __pc_method(255, "bit_length"), __pc_method(1.5, "as_integer_ratio"), __pc_method(2.0, "is_integer"))
s = set([1, 2, 3])
__pc_method(s, "intersection_update", [2, 3, 4])
print(s, __pc_method(1024, "to_bytes", 2, "big"))
__pc_method([1], "index", 5)
`,
		pointPy + `
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
[1].index(5)
`,
		"[Point(1, 1), Point(1, 5), Point(2, 0)]\n[Point(1, 5), Point(1, 1), Point(2, 0)] 1 2 1\n[Point(2, 0), Point(1, 1), Point(1, 5)] Point(1, 5) {'a': 1} True 8 (3, 2) True\n{2, 3} b'\\x04\\x00'\nValueError: 5 is not in list\n"},
	{"method-fallback",
		`
def F_format(self, x):
    return "mine " + x
F = __pc_class("F", (), {"format": F_format}, "__main__", "F")
print(__pc_method(F(), "format", "ok"))
__pc_method([], "format")
`,
		`
class F:
    def format(self, x):
        return "mine " + x
print(F().format("ok"))
[].format()
`,
		"mine ok\nAttributeError: 'list' object has no attribute 'format'\n"},
	{"print-to-object",
		`
def W__init__(self):
    self.parts = []
def W_write(self, s):
    self.parts.append(s)
W = __pc_class("W", (), {"__init__": W__init__, "write": W_write}, "__main__", "W")
w = W()
print("a", 1, file=w)
print(w.parts)
`,
		`
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", 1, file=w)
print(w.parts)
`,
		"['a', ' ', '1', '\\n']\n"},
	{"type-three-args",
		`
def K_hi(self):
    return "hi"
K = type("K", (object,), {"hi": K_hi, "n": 1})
print(K().hi(), K.n, K.__name__, __pc_is(type(K()), K))
`,
		`
def K_hi(self):
    return "hi"
K = type("K", (object,), {"hi": K_hi, "n": 1})
print(K().hi(), K.n, K.__name__, type(K()) is K)
`,
		"hi 1 K True\n"},
	{"new-override",
		`
def S__new__(cls, *args):
    if S.inst == None:
        S.inst = __pc_super(S, cls).__new__(cls)
    return S.inst
def S__init__(self, v):
    self.v = v
S = __pc_class("S", (), {"__new__": staticmethod(S__new__), "__init__": S__init__, "inst": None}, "__main__", "S")
a = S(1)
b = S(2)
print(__pc_is(a, b), a.v)
`,
		`
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
`,
		"True 2\n"},
}

// moreObjectCases cover attribute reads routed through __pc_getattr and
// the messages of methods called with wrong arguments.
var moreObjectCases = []objCase{
	{"dunder-attrs",
		`
def f(a, b=2, *c, d=3):
    "doc"
    pass
def m(self):
    pass
A = __pc_class("A", (), {"m": m}, "__main__", "A")
print(__pc_getattr(f, "__defaults__"), __pc_getattr(f, "__name__"), __pc_getattr(f, "__doc__"), __pc_getattr(len, "__name__"), __pc_getattr(A().m, "__name__"), __pc_getattr(A, "__doc__"), __pc_getattr(__pc_getattr(1, "__class__"), "__name__"))
`,
		`
def f(a, b=2, *c, d=3):
    "doc"
    pass
class A:
    def m(self):
        pass
print(f.__defaults__, f.__name__, f.__doc__, len.__name__, A().m.__name__, A.__doc__, (1).__class__.__name__)
`,
		"(2,) f doc len m None int\n"},
	{"method-arity",
		`
def __init__(self, x):
    self.x = x
P = __pc_class("P", (), {"__init__": __init__}, "__main__", "P")
P(1, 2)
`,
		`
class P:
    def __init__(self, x):
        self.x = x
P(1, 2)
`,
		"TypeError: P.__init__() takes 2 positional arguments but 3 were given\n"},
}

func TestMoreObjects(t *testing.T) { runObjCases(t, moreObjectCases) }

func TestMoreObjectCasesAgainstPython(t *testing.T) { checkObjCasesWithPython(t, moreObjectCases) }

func TestObjects(t *testing.T) { runObjCases(t, objectCases) }

func TestObjectCasesAgainstPython(t *testing.T) { checkObjCasesWithPython(t, objectCases) }

// TestDefaultReprs checks the reprs that contain addresses.
func TestDefaultReprs(t *testing.T) {
	out, err := objRun(t, `
def f():
    pass
def m(self):
    pass
A = __pc_class("A", (), {"m": m}, "__main__", "A")
Inner = __pc_class("Inner", (), {}, "__main__", "Outer.Inner")
print(A())
print(f)
print(A().m)
print(Inner())
print(object())
print(iter([]))
print(map(str, []))
print([].append)
`)
	if err != nil {
		t.Fatal(err)
	}
	pats := []string{
		`<__main__\.A object at 0x[0-9a-f]+>`,
		`<function f at 0x[0-9a-f]+>`,
		`<bound method A\.m of <__main__\.A object at 0x[0-9a-f]+>>`,
		`<__main__\.Outer\.Inner object at 0x[0-9a-f]+>`,
		`<object object at 0x[0-9a-f]+>`,
		`<list_iterator object at 0x[0-9a-f]+>`,
		`<map object at 0x[0-9a-f]+>`,
		`<built-in method append of list object at 0x[0-9a-f]+>`,
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(pats) {
		t.Fatalf("got %d lines:\n%s", len(lines), out)
	}
	for i, p := range pats {
		if !regexp.MustCompile("^" + p + "$").MatchString(lines[i]) {
			t.Errorf("line %d: %q does not match %s", i, lines[i], p)
		}
	}
}

// TestOpen writes, appends and reads a file in text and binary modes.
func TestOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt")
	missing := filepath.Join(filepath.Dir(path), "missing.txt")
	src := fmt.Sprintf(`
f = open(%[1]q, "w")
print(f.write("line 1\n"), f.closed)
f.writelines(["line 2\n", "héllo\n"])
f.close()
print(f.closed)
f = open(%[1]q)
print(f.readline(), f.read(3), f.readlines())
f.close()
f = open(%[1]q)
print([l for l in f], f.__enter__() == f)
f.__exit__(None, None, None)
f = open(%[1]q, "rb")
print(f.read(), type(f).__name__)
f.close()
f = open(%[1]q, "a")
print("tail", file=f)
f.close()
f = open(%[1]q)
print(list(f)[-1])
f.close()
f.read()
`, path)
	want := "7 False\nTrue\nline 1\n lin ['e 2\\n', 'héllo\\n']\n['line 1\\n', 'line 2\\n', 'héllo\\n'] True\nb'line 1\\nline 2\\nh\\xc3\\xa9llo\\n' BufferedReader\ntail\n\nValueError: I/O operation on closed file.\n"
	got, err := objRun(t, src)
	if err != nil {
		got += errLine(err) + "\n"
	}
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	_, err = objRun(t, fmt.Sprintf("open(%q)", missing))
	if err == nil || errLine(err) != fmt.Sprintf("FileNotFoundError: [Errno 2] No such file or directory: '%s'", missing) {
		t.Errorf("open of a missing file: %v", err)
	}
}

// TestCallFromGo calls built-ins from Go with starlark.Call on a thread
// holding the interpreter lock.
func TestCallFromGo(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	ts := rt.NewThread("MainThread")
	u := core.Universe()
	err := rt.RunMain(ts, func() error {
		v, err := starlark.Call(ts.Thread, u["sorted"], starlark.Tuple{starlark.NewList([]starlark.Value{starlark.MakeInt(3), starlark.MakeInt(1)})}, nil)
		if err != nil {
			return err
		}
		if s, _ := core.Repr(ts.Thread, v); s != "[1, 3]" {
			t.Errorf("sorted: %s", s)
		}
		v, err = starlark.Call(ts.Thread, u["isinstance"], starlark.Tuple{starlark.True, core.IntClass}, nil)
		if err != nil || v != starlark.True {
			t.Errorf("isinstance(True, int) = %v, %v", v, err)
		}
		_, err = starlark.Call(ts.Thread, u["int"], starlark.Tuple{starlark.String("z")}, nil)
		if pe, ok := core.AsPyError(ts.Thread, err); !ok || pe.Error() != "ValueError: invalid literal for int() with base 10: 'z'" {
			t.Errorf("int('z'): %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestInput reads lines from the runtime's Stdin, then EOFError.
func TestInput(t *testing.T) {
	rt := core.NewRuntime(context.Background())
	defer rt.Close()
	var out strings.Builder
	rt.Stdout = core.NewOutput(&out)
	rt.Stdin = strings.NewReader("first\r\nsecond")
	ts := rt.NewThread("MainThread")
	err := rt.RunMain(ts, func() error {
		_, err := starlark.ExecFileOptions(fileOptions, ts.Thread, "x.star", `
a = input("name? ")
b = input()
print(repr(a), repr(b))
input()
`, core.Universe())
		return err
	})
	if want := "name? 'first' 'second'\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	if pe, ok := core.AsPyError(ts.Thread, err); !ok || errLine(pe) != "EOFError: EOF when reading a line" {
		t.Errorf("third input(): %v", err)
	}
}
