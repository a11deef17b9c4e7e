# try/except/else/finally, exception classes, args, str and repr.
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught:", e, "|", repr(e), "|", type(e).__name__, e.args)
        return None
    else:
        print("no error")
        return result
    finally:
        print("finally for", a, b)

print(divide(6, 3))
print(divide(1, 0))

for bad in ["x", None, [1], {}]:
    try:
        if bad == "x":
            int(bad)
        elif bad is None:
            bad.upper()
        elif bad == [1]:
            bad[5]
        else:
            bad["missing"]
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, "->", e)
    except LookupError as e:
        print("lookup", type(e).__name__, "->", e)

try:
    undefined_name
except NameError as e:
    print("NameError:", e)

try:
    raise ValueError("bad value", 42)
except Exception as e:
    print(e.args, str(e), repr(e))

try:
    try:
        raise KeyError("k")
    except KeyError:
        print("inner handled, re-raising")
        raise
except LookupError as e:
    print("outer got", repr(e), str(e))

try:
    [].pop()
except IndexError as e:
    print("pop:", e)
try:
    {}["a"]
except KeyError as e:
    print("key:", e)
try:
    1 + "a"
except TypeError as e:
    print("type:", e)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    raise RuntimeError
except RuntimeError as e:
    print("bare class:", repr(e), e.args)
try:
    pass
except Exception:
    print("not printed")
else:
    print("else runs")
finally:
    print("finally runs")
x = 0
try:
    x = 1
    raise TimeoutError("late")
except OSError as e:
    x = 2
    print("TimeoutError is an OSError:", e, x)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyboardInterrupt, Exception), issubclass(ModuleNotFoundError, ImportError))

# Output:
# no error
# finally for 6 3
# 2.0
# caught: division by zero | ZeroDivisionError('division by zero') | ZeroDivisionError ('division by zero',)
# finally for 1 0
# None
# ValueError -> invalid literal for int() with base 10: 'x'
# AttributeError -> 'NoneType' object has no attribute 'upper'
# lookup IndexError -> list index out of range
# lookup KeyError -> 'missing'
# NameError: name 'undefined_name' is not defined
# ('bad value', 42) ('bad value', 42) ValueError('bad value', 42)
# inner handled, re-raising
# outer got KeyError('k') 'k'
# pop: pop from empty list
# key: 'a'
# type: unsupported operand type(s) for +: 'int' and 'str'
# assert: math is broken
# bare class: RuntimeError() ()
# else runs
# finally runs
# TimeoutError is an OSError: late 2
# True False True
