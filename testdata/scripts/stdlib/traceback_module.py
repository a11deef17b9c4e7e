# traceback: the text of exceptions and stacks, as CPython 3.11 prints them.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


def f():
    return 1 / 0


def g():
    try:
        f()
    except Exception:
        show(traceback.format_exc())
        t, v, tb = sys.exc_info()
        show("".join(traceback.format_exception(t, v, tb)))
        show("".join(traceback.format_exception(v, limit=1)))
        show("".join(traceback.format_tb(tb)))
        for s in traceback.extract_tb(tb):
            print(os.path.basename(s.filename), s.lineno, s.name, s.line)
        fn, line, name, text = traceback.extract_tb(tb)[-1]
        print(line, name, text)
    show("".join(traceback.format_stack()))
    fr = sys._getframe(0)
    print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_lineno, fr.f_back.f_back)
    with open(os.devnull) as _:
        print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
    try:
        print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
    finally:
        pass


g()
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    show("".join(traceback.format_exception(e)))
    show("".join(traceback.format_exception(e, chain=False)))
print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exc())

try:
    raise ValueError("x")
except ValueError as e:
    err = e
# The three-argument form shows the traceback given (None: none).
print("".join(traceback.format_exception(type(err), err, None)), end="")
print(len(traceback.format_exception(err)), len(traceback.format_exception(type(err), err, err.__traceback__)))
print(traceback.format_exception(None, None, None), traceback.format_exception_only(None))



# format_exception's strings: one per entry, chain message and last line.
def rec(n):
    if n == 0:
        raise KeyError("k")
    rec(n - 1)


try:
    try:
        rec(6)
    except KeyError as e:
        raise ValueError("multi\nline") from e
except ValueError as e:
    err = e
for x in traceback.format_exception(err):
    print(repr(x.replace(HERE, "")))
try:
    try:
        1 / 0
    except Exception:
        {}[1]
except Exception as e:
    for x in traceback.format_exception(e):
        print(repr(x.replace(HERE, "")))
print(traceback.format_exception_only(err))

# Output:
# Traceback (most recent call last):
#   File "traceback_module.py", line 19, in g
#     f()
#   File "traceback_module.py", line 14, in f
#     return 1 / 0
#            ~~^~~
# ZeroDivisionError: division by zero
# Traceback (most recent call last):
#   File "traceback_module.py", line 19, in g
#     f()
#   File "traceback_module.py", line 14, in f
#     return 1 / 0
#            ~~^~~
# ZeroDivisionError: division by zero
# Traceback (most recent call last):
#   File "traceback_module.py", line 19, in g
#     f()
# ZeroDivisionError: division by zero
#   File "traceback_module.py", line 19, in g
#     f()
#   File "traceback_module.py", line 14, in f
#     return 1 / 0
#            ~~^~~
# traceback_module.py 19 g f()
# traceback_module.py 14 f return 1 / 0
# 14 f return 1 / 0
#   File "traceback_module.py", line 41, in <module>
#     g()
#   File "traceback_module.py", line 30, in g
#     show("".join(traceback.format_stack()))
# g <module> 41 None
# g 34
# g 36
# Traceback (most recent call last):
#   File "traceback_module.py", line 44, in <module>
#     raise KeyError("k")
# KeyError: 'k'
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback_module.py", line 46, in <module>
#     raise ValueError("v") from e
# ValueError: v
# Traceback (most recent call last):
#   File "traceback_module.py", line 46, in <module>
#     raise ValueError("v") from e
# ValueError: v
# ['ValueError: x\n']
# NoneType: None
#
# ValueError: x
# 3 3
# ['NoneType: None\n'] ['NoneType: None\n']
# 'Traceback (most recent call last):\n'
# '  File "traceback_module.py", line 73, in <module>\n    rec(6)\n'
# '  File "traceback_module.py", line 68, in rec\n    rec(n - 1)\n'
# '  File "traceback_module.py", line 68, in rec\n    rec(n - 1)\n'
# '  File "traceback_module.py", line 68, in rec\n    rec(n - 1)\n'
# '  [Previous line repeated 3 more times]\n'
# '  File "traceback_module.py", line 67, in rec\n    raise KeyError("k")\n'
# "KeyError: 'k'\n"
# '\nThe above exception was the direct cause of the following exception:\n\n'
# 'Traceback (most recent call last):\n'
# '  File "traceback_module.py", line 75, in <module>\n    raise ValueError("multi\\nline") from e\n'
# 'ValueError: multi\nline\n'
# 'Traceback (most recent call last):\n'
# '  File "traceback_module.py", line 82, in <module>\n    1 / 0\n    ~~^~~\n'
# 'ZeroDivisionError: division by zero\n'
# '\nDuring handling of the above exception, another exception occurred:\n\n'
# 'Traceback (most recent call last):\n'
# '  File "traceback_module.py", line 84, in <module>\n    {}[1]\n    ~~^^^\n'
# 'KeyError: 1\n'
# ['ValueError: multi\nline\n']
