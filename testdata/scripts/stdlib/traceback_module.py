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
