# Exception objects: str and repr, args, SystemExit.code,
# StopIteration.value, OSError's errno, strerror and filename (and the
# subclass chosen by errno), the chaining attributes, subclasses with their
# own __init__, and keyword arguments.


def check(got, want):
    # prints the value; "MISMATCH" when it is not the one the test wants
    if repr(got) == repr(want):
        print(repr(got))
    else:
        print("MISMATCH: got %r, want %r" % (got, want))


e = ValueError("bad")
check(e.__repr__(), "ValueError('bad')")
check(e.__str__(), "bad")
check(e.args, ("bad",))
check(KeyError("a").__str__(), "'a'")
check(KeyError("a").__repr__(), "KeyError('a')")
check(KeyError().__str__(), "")
check(ValueError().__repr__(), "ValueError()")
check(ValueError(1, 2).__str__(), "(1, 2)")
check(SystemExit().code, None)
check(SystemExit(3).code, 3)
check(SystemExit(1, 2).code, (1, 2))
check(StopIteration().value, None)
check(StopIteration(5).value, 5)
o = OSError(2, "No such file or directory", "x")
check(o.__str__(), "[Errno 2] No such file or directory: 'x'")
check(o.errno, 2)
check(o.strerror, "No such file or directory")
check(o.filename, "x")
check(o.args, (2, "No such file or directory"))
check(OSError(2, "x").__str__(), "[Errno 2] x")
check(OSError("just").__str__(), "just")
check(OSError("just").errno, None)
check(OSError(2, "x").__class__, FileNotFoundError)
check(OSError(99, "x").__class__, OSError)
check(FileNotFoundError(2, "No such file or directory", "f").__str__(), "[Errno 2] No such file or directory: 'f'")
check(e.__cause__, None)
check(e.__context__, None)
check(e.__traceback__, None)
check(e.__suppress_context__, False)
e.args = [1, 2]
check(e.args, (1, 2))
check(e.with_traceback(None) == e, True)
e.__cause__ = KeyError("k")
check(e.__suppress_context__, True)
check(e.__cause__.args, ("k",))


class MyError(Exception):
    def __init__(self, m):
        self.m = m


x = MyError("x")
check(x.args, ("x",))
check(x.m, "x")
check(x.__str__(), "x")
check(x.__repr__(), "MyError('x')")


class Wrapped(Exception):
    def __init__(self, m):
        Exception.__init__(self, "wrapped " + m)


w = Wrapped("x")
check(w.args, ("wrapped x",))
check(w.__repr__(), "Wrapped('wrapped x')")


class Plain(Exception):
    pass


check(Plain(1, 2).__repr__(), "Plain(1, 2)")

ValueError(x=1)


# Output:
# "ValueError('bad')"
# 'bad'
# ('bad',)
# "'a'"
# "KeyError('a')"
# ''
# 'ValueError()'
# '(1, 2)'
# None
# 3
# (1, 2)
# None
# 5
# "[Errno 2] No such file or directory: 'x'"
# 2
# 'No such file or directory'
# 'x'
# (2, 'No such file or directory')
# '[Errno 2] x'
# 'just'
# None
# <class 'FileNotFoundError'>
# <class 'OSError'>
# "[Errno 2] No such file or directory: 'f'"
# None
# None
# None
# False
# (1, 2)
# True
# True
# ('k',)
# ('x',)
# 'x'
# 'x'
# "MyError('x')"
# ('wrapped x',)
# "Wrapped('wrapped x')"
# 'Plain(1, 2)'
# Exit: 1
# Stderr:
# Traceback (most recent call last):
#   File "exception_objects.py", line 81, in <module>
#     ValueError(x=1)
# TypeError: ValueError() takes no keyword arguments
