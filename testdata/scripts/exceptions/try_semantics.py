# The Python forms of core's try/with contract tests (try_test.go, which
# check the hidden built-ins the lowering calls): try/except/else/finally,
# return in finally, matching by tuples and subclasses, the exception being
# handled, the errors of raise and except, and with statements whose
# manager suppresses or raises.


def show(e):
    s = str(e)
    print(type(e).__name__ + ": " + s if s else type(e).__name__)


log = []
def f(x):
    try:
        log.append(1 // x)
    except ZeroDivisionError:
        return "caught"
    else:
        log.append("else")
    finally:
        log.append("finally")
    return "normal"
print(f(1), f(0), log)

# A return in finally replaces the exception.
def g():
    try:
        {}["k"]
    finally:
        return "from finally"
print(g())

# Tuples of classes, subclasses. (core's contract test also matches nested
# tuples, which CPython 3.11 rejects with a TypeError.)
def h(exc, types):
    try:
        raise exc
    except types:
        return True
print(h(KeyError("a"), LookupError), h(KeyError, (ValueError, TypeError, KeyError)),
      h(ModuleNotFoundError("m"), ImportError))

# A new exception raised while handling one gets it as __context__.
def k():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise KeyError("outer")
    except KeyError as e:
        return e
e = k()
print(e.args, e.__context__.args, e.__cause__)

# raise from None suppresses the context.
try:
    try:
        {}["k"]
    except KeyError:
        raise ValueError("v") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__, repr(e.__context__))

# The errors of raise and except.
try:
    raise
except RuntimeError as e:
    show(e)
try:
    raise 1
except TypeError as e:
    show(e)
try:
    raise ValueError from 1
except TypeError as e:
    show(e)
try:
    raise ValueError
except ValueError as e:
    show(e)
try:
    raise KeyError("a") from None
except KeyError as e:
    show(e)
try:
    try:
        raise ValueError()
    except 1:
        pass
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError()
    except (ValueError, 1):
        print("a tuple is checked from its first class")
except TypeError as e:
    show(e)
try:
    try:
        raise KeyError()
    except (ValueError, 1):
        pass
except TypeError as e:
    show(e)
try:
    foo
except NameError as e:
    show(e)
def unbound():
    x = 1
    del x
    return x
try:
    unbound()
except UnboundLocalError as e:
    show(e)
try:
    assert False, "why"
except AssertionError as e:
    show(e)
try:
    import nosuch
except ModuleNotFoundError as e:
    show(e)


# with: the manager sees the body's exception, may suppress it, and an
# exception raised by __exit__ has the body's as __context__.
class Manager:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return "entered"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else t, type(v).__name__, type(tb).__name__)
        return self.suppress

def body():
    with Manager() as v:
        print(v)
        return "r"
print(body())
try:
    with Manager():
        1 // 0
except ZeroDivisionError as e:
    show(e)
with Manager(suppress=True):
    1 // 0
print("suppressed")

class Raising:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v.args)
        raise ValueError("from exit")
try:
    with Raising():
        raise KeyError("k")
except ValueError as e:
    show(e)
    print(repr(e.__context__))

try:
    with 1:
        pass
except TypeError as e:
    show(e)
class EnterOnly:
    def __enter__(self):
        return self
try:
    with EnterOnly():
        pass
except TypeError as e:
    show(e)

# Output:
# normal caught [1, 'else', 'finally', 'finally']
# from finally
# True True True
# ('outer',) ('inner',) None
# True None KeyError('k')
# RuntimeError: No active exception to reraise
# TypeError: exceptions must derive from BaseException
# TypeError: exception causes must derive from BaseException
# ValueError
# KeyError: 'a'
# TypeError: catching classes that do not inherit from BaseException is not allowed
# TypeError: catching classes that do not inherit from BaseException is not allowed
# TypeError: catching classes that do not inherit from BaseException is not allowed
# NameError: name 'foo' is not defined
# UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
# AssertionError: why
# ModuleNotFoundError: No module named 'nosuch'
# enter
# entered
# exit None NoneType NoneType
# r
# enter
# exit ZeroDivisionError ZeroDivisionError traceback
# ZeroDivisionError: integer division or modulo by zero
# enter
# exit ZeroDivisionError ZeroDivisionError traceback
# suppressed
# KeyError ('k',)
# ValueError: from exit
# KeyError('k')
# TypeError: 'int' object does not support the context manager protocol
# TypeError: 'EnterOnly' object does not support the context manager protocol (missed __exit__ method)
