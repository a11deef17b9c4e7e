# The messages of the exceptions raised by the language's operations and
# built-ins, one per case (core's TestConvertStarlarkErrors checks the
# same messages for the Starlark errors it converts, and that they are
# this block's).


def show(e):
    s = str(e)
    print(type(e).__name__ + ": " + s if s else type(e).__name__)


try:
    1/0
except Exception as e:
    show(e)

try:
    1//0
except Exception as e:
    show(e)

try:
    1%0
except Exception as e:
    show(e)

try:
    {}['a']
except Exception as e:
    show(e)

try:
    {}[1]
except Exception as e:
    show(e)

try:
    {}[(1, 'a')]
except Exception as e:
    show(e)

try:
    [1][3]
except Exception as e:
    show(e)

try:
    [][0]
except Exception as e:
    show(e)

try:
    (1,)[3]
except Exception as e:
    show(e)

try:
    'a'[3]
except Exception as e:
    show(e)

try:
    x = 1
    x.foo
except Exception as e:
    show(e)

try:
    [].foo
except Exception as e:
    show(e)

try:
    'a'.foo
except Exception as e:
    show(e)

try:
    x = {}
    x.y
except Exception as e:
    show(e)

try:
    x = 1
    x.y = 2
except Exception as e:
    show(e)

try:
    len(1)
except Exception as e:
    show(e)

try:
    len()
except Exception as e:
    show(e)

try:
    int('x')
except Exception as e:
    show(e)

try:
    float('x')
except Exception as e:
    show(e)

try:
    [1].remove(2)
except Exception as e:
    show(e)

try:
    def f(x): pass
    f()
except Exception as e:
    show(e)

try:
    def f(x, y): pass
    f()
except Exception as e:
    show(e)

try:
    def f(x, y, z): pass
    f()
except Exception as e:
    show(e)

try:
    def f(x, y): pass
    f(1, 2, 3)
except Exception as e:
    show(e)

try:
    def f(): pass
    f(1)
except Exception as e:
    show(e)

try:
    def f(x): pass
    f(1, z=2)
except Exception as e:
    show(e)

try:
    def f(x): pass
    f(1, x=2)
except Exception as e:
    show(e)

try:
    1 + 'a'
except Exception as e:
    show(e)

try:
    'a' + 1
except Exception as e:
    show(e)

try:
    [] + 1
except Exception as e:
    show(e)

try:
    () + 1
except Exception as e:
    show(e)

try:
    'a' * 'b'
except Exception as e:
    show(e)

try:
    1 - 'a'
except Exception as e:
    show(e)

try:
    'a' in 1
except Exception as e:
    show(e)

try:
    1 in 'a'
except Exception as e:
    show(e)

try:
    -'a'
except Exception as e:
    show(e)

try:
    1 < 'a'
except Exception as e:
    show(e)

try:
    sorted([1, 'a'])
except Exception as e:
    show(e)

try:
    for x in 1: pass
except Exception as e:
    show(e)

try:
    None()
except Exception as e:
    show(e)

try:
    x = 1
    x()
except Exception as e:
    show(e)

try:
    x = 1
    x[0]
except Exception as e:
    show(e)

try:
    x = None
    x[0]
except Exception as e:
    show(e)

try:
    [1]['a']
except Exception as e:
    show(e)

try:
    'a'['x']
except Exception as e:
    show(e)

try:
    (1, 2)[0] = 1
except Exception as e:
    show(e)

try:
    {[]: 1}
except Exception as e:
    show(e)

try:
    x, y = 1, 2, 3
except Exception as e:
    show(e)

try:
    x, y = [1]
except Exception as e:
    show(e)

try:
    x, y = 1
except Exception as e:
    show(e)

try:
    def f():
      y = z
      z = 1
    f()
except Exception as e:
    show(e)

try:
    def f(): return f()
    f()
except Exception as e:
    show(e)

try:
    1 << -1
except Exception as e:
    show(e)

try:
    chr(-1)
except Exception as e:
    show(e)

try:
    'abc'.index('z')
except Exception as e:
    show(e)

try:
    [].pop()
except Exception as e:
    show(e)

try:
    max()
except Exception as e:
    show(e)

try:
    range(1, 2, 0)
except Exception as e:
    show(e)

try:
    getattr(1, 'foo')
except Exception as e:
    show(e)

try:
    hash([])
except Exception as e:
    show(e)

try:
    tuple(1)
except Exception as e:
    show(e)

try:
    '%d' % 'a'
except Exception as e:
    show(e)

try:
    '%s %s' % (1,)
except Exception as e:
    show(e)

try:
    '%s' % (1, 2)
except Exception as e:
    show(e)

try:
    [1, 2, 3][::0]
except Exception as e:
    show(e)

try:
    int(float('inf'))
except Exception as e:
    show(e)

try:
    d = {1: 2}
    for k in d: d[k + 1] = 1
except Exception as e:
    show(e)

# Output:
# ZeroDivisionError: division by zero
# ZeroDivisionError: integer division or modulo by zero
# ZeroDivisionError: integer modulo by zero
# KeyError: 'a'
# KeyError: 1
# KeyError: (1, 'a')
# IndexError: list index out of range
# IndexError: list index out of range
# IndexError: tuple index out of range
# IndexError: string index out of range
# AttributeError: 'int' object has no attribute 'foo'
# AttributeError: 'list' object has no attribute 'foo'
# AttributeError: 'str' object has no attribute 'foo'
# AttributeError: 'dict' object has no attribute 'y'
# AttributeError: 'int' object has no attribute 'y'
# TypeError: object of type 'int' has no len()
# TypeError: len() takes exactly one argument (0 given)
# ValueError: invalid literal for int() with base 10: 'x'
# ValueError: could not convert string to float: 'x'
# ValueError: list.remove(x): x not in list
# TypeError: f() missing 1 required positional argument: 'x'
# TypeError: f() missing 2 required positional arguments: 'x' and 'y'
# TypeError: f() missing 3 required positional arguments: 'x', 'y', and 'z'
# TypeError: f() takes 2 positional arguments but 3 were given
# TypeError: f() takes 0 positional arguments but 1 was given
# TypeError: f() got an unexpected keyword argument 'z'
# TypeError: f() got multiple values for argument 'x'
# TypeError: unsupported operand type(s) for +: 'int' and 'str'
# TypeError: can only concatenate str (not "int") to str
# TypeError: can only concatenate list (not "int") to list
# TypeError: can only concatenate tuple (not "int") to tuple
# TypeError: can't multiply sequence by non-int of type 'str'
# TypeError: unsupported operand type(s) for -: 'int' and 'str'
# TypeError: argument of type 'int' is not iterable
# TypeError: 'in <string>' requires string as left operand, not int
# TypeError: bad operand type for unary -: 'str'
# TypeError: '<' not supported between instances of 'int' and 'str'
# TypeError: '<' not supported between instances of 'str' and 'int'
# TypeError: 'int' object is not iterable
# TypeError: 'NoneType' object is not callable
# TypeError: 'int' object is not callable
# TypeError: 'int' object is not subscriptable
# TypeError: 'NoneType' object is not subscriptable
# TypeError: list indices must be integers or slices, not str
# TypeError: string indices must be integers, not 'str'
# TypeError: 'tuple' object does not support item assignment
# TypeError: unhashable type: 'list'
# ValueError: too many values to unpack (expected 2)
# ValueError: not enough values to unpack (expected 2, got 1)
# TypeError: cannot unpack non-iterable int object
# UnboundLocalError: cannot access local variable 'z' where it is not associated with a value
# RecursionError: maximum recursion depth exceeded
# ValueError: negative shift count
# ValueError: chr() arg not in range(0x110000)
# ValueError: substring not found
# IndexError: pop from empty list
# TypeError: max expected at least 1 argument, got 0
# ValueError: range() arg 3 must not be zero
# AttributeError: 'int' object has no attribute 'foo'
# TypeError: unhashable type: 'list'
# TypeError: 'int' object is not iterable
# TypeError: %d format: a real number is required, not str
# TypeError: not enough arguments for format string
# TypeError: not all arguments converted during string formatting
# ValueError: slice step cannot be zero
# OverflowError: cannot convert float infinity to integer
# RuntimeError: dictionary changed size during iteration
