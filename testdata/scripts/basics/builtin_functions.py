# The built-in functions: conversions, print, sorted, min/max/sum, iterators, numbers, types (was core's builtinCases).

def show(e):
    s = str(e)
    print(type(e).__name__ + ": " + s if s else type(e).__name__)

# repr-containers
print(repr(["a", 1.0, (1,)]), repr({1: "a", "b": (1, 2)}), repr(set()), repr(set(["it's"])))

# print-str-floats
print(1e16, 1e15, 1e-05, 0.1 + 0.2, -0.0, float("inf"), float("nan"), None, True, b"a'\n")

# print-sep-end
print(1, 2, 3, sep="-", end="!\n"); print("a", "b", sep=None); print()

# print-bad-sep
try:
    print(1, sep=3)
except Exception as e:
    show(e)

# recursive-list
x = [1]
x.append(x)
print(x)

# len-chars
print(len("héllo"), len([1, 2]), len({}))

# len-bad
try:
    len(5)
except Exception as e:
    show(e)

# int-conversions
print(int("12"), int(" -3 "), int("1_000"), int("ff", 16), int("0x10", 0), int(3.9), int(-3.9), int(True), int("0b101", 2))

# int-bad-literal
try:
    int("x")
except Exception as e:
    show(e)

# int-bad-base0
try:
    int("010", 0)
except Exception as e:
    show(e)

# int-bad-type
try:
    int([1])
except Exception as e:
    show(e)

# int-inf
try:
    int(float("inf"))
except Exception as e:
    show(e)

# float-conversions
print(float("1.5"), float(" -inf "), float("1_0.5"), float(2), float("1e3"), float(".5"))

# float-bad
try:
    float("1.2.3")
except Exception as e:
    show(e)

# str-bool-list
print(str(1.0), bool([]), bool("x"), list("abc"), tuple([1]), list(range(3)), set([1, 1]), dict([(1, 2)], a=3))

# dict-bad-element
try:
    dict([(1, 2, 3)])
except Exception as e:
    show(e)

# sorted
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["bb", "a", "ccc"], key=len))

# sorted-stable-reverse
print(sorted([(1, "a"), (2, "b"), (1, "c")], key=lambda p: p[0], reverse=True))

# sorted-mixed
try:
    sorted([1, "a"])
except Exception as e:
    show(e)

# min-max-sum
print(min(3, 1, 2), max([1, 5, 2]), max(["a", "bbb"], key=len), min([], default=7), sum([1, 2.5]), sum([[1], [2]], []), sum([True, True]))

# max-empty
try:
    max([])
except Exception as e:
    show(e)

# sum-str
try:
    sum(["a"], "")
except Exception as e:
    show(e)

# iterators
print(list(enumerate('ab', 1)), list(zip([1, 2], 'xyz')), list(map(lambda a, b: a + b, [1, 2], [10, 20])), list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])))

# iter-next
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
m = map(str, [1])
print(list(m), list(m))
print(type(it).__name__, type(m).__name__)

# next-exhausted
try:
    next(iter([]))
except Exception as e:
    show(e)

# next-not-iterator
try:
    next([])
except Exception as e:
    show(e)

# zip-strict
try:
    list(zip([1, 2], [1], strict=True))
except Exception as e:
    show(e)

# any-all
print(any([0, 1]), all([1, 0]), any([]), all([]))

# numbers
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(0.125, 2), round(2.675, 2), round(1234.5, -2), round(1250, -2), divmod(-7, 2), divmod(-7.5, 2), pow(3, 4, 5), pow(3, -1, 7), pow(2, -1))

# divmod-zero
try:
    divmod(1, 0)
except Exception as e:
    show(e)

# pow-zero
try:
    pow(0.0, -1)
except Exception as e:
    show(e)

# chars
print(hex(255), hex(-31), oct(8), bin(-5), chr(97), ord('é'), ascii('é'), repr('a\tb'))

# ord-bad
try:
    ord('ab')
except Exception as e:
    show(e)

# format
print(format(3.14159, '.2f'), format(42, '>5'), format('x', '^3'), format(1234567, ','))

# types
print(type(1), type('a'), type(None), type([]).__name__, type(len), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(1) == int, type(type))

# isinstance-bad
try:
    isinstance(1, 2)
except Exception as e:
    show(e)

# builtin-reprs
print(len, print, int, object)

# hash
print(hash(1), hash(1.0) == hash(1), hash(True), hash((1, 2)) == hash((1, 2)), hash(-1))

# hash-list
try:
    hash([])
except Exception as e:
    show(e)

# getattr-missing
try:
    getattr(1, 'x')
except Exception as e:
    show(e)

# getattr-default
print(getattr(1, 'x', 5), hasattr('a', 'upper'), hasattr(1, 'x'), callable(len), callable(1))

# type-methods
print(str.upper('a'), dict.fromkeys('ab', 0), str.maketrans('ab', 'xy'))

# id-identity
a = [1]
print(id(a) == id(a), id(a) == id([1]))

# Output:
# ['a', 1.0, (1,)] {1: 'a', 'b': (1, 2)} set() {"it's"}
# 1e+16 1000000000000000.0 1e-05 0.30000000000000004 -0.0 inf nan None True b"a'\n"
# 1-2-3!
# a b
#
# TypeError: sep must be None or a string, not int
# [1, [...]]
# 5 2 0
# TypeError: object of type 'int' has no len()
# 12 -3 1000 255 16 3 -3 1 5
# ValueError: invalid literal for int() with base 10: 'x'
# ValueError: invalid literal for int() with base 0: '010'
# TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
# OverflowError: cannot convert float infinity to integer
# 1.5 -inf 10.5 2.0 1000.0 0.5
# ValueError: could not convert string to float: '1.2.3'
# 1.0 False True ['a', 'b', 'c'] (1,) [0, 1, 2] {1} {1: 2, 'a': 3}
# ValueError: dictionary update sequence element #0 has length 3; 2 is required
# [1, 2, 3] ['c', 'b', 'a'] [(0, 'z'), (1, 'a'), (1, 'b')] ['a', 'bb', 'ccc']
# [(2, 'b'), (1, 'a'), (1, 'c')]
# TypeError: '<' not supported between instances of 'str' and 'int'
# 1 5 bbb 7 3.5 [1, 2] 2
# ValueError: max() arg is an empty sequence
# TypeError: sum() can't sum strings [use ''.join(seq) instead]
# [(1, 'a'), (2, 'b')] [(1, 'x'), (2, 'y')] [11, 22] [1, 'a'] [3, 2, 1]
# 1 2 done
# ['1'] []
# list_iterator map
# StopIteration
# TypeError: 'list' object is not an iterator
# ValueError: zip() argument 2 is shorter than argument 1
# True False False True
# 3 2.5 2 4 0.12 2.67 1200.0 1200 (-4, 1) (-4.0, 0.5) 1 5 0.5
# ZeroDivisionError: integer division or modulo by zero
# ZeroDivisionError: 0.0 cannot be raised to a negative power
# 0xff -0x1f 0o10 -0b101 a 233 '\xe9' 'a\tb'
# TypeError: ord() expected a character, but string of length 2 found
# 3.14    42  x  1,234,567
# <class 'int'> <class 'str'> <class 'NoneType'> list <class 'builtin_function_or_method'> True False True True <class 'type'>
# TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
# <built-in function len> <built-in function print> <class 'int'> <class 'object'>
# 1 True 1 True -2
# TypeError: unhashable type: 'list'
# AttributeError: 'int' object has no attribute 'x'
# 5 True False True False
# A {'a': 0, 'b': 0} {97: 120, 98: 121}
# True False
