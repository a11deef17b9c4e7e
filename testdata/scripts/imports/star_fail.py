# A name of go.starlark.net's universe that CPython lacks (fail) is the
# script's own when a star import brings it, and undefined otherwise.
def probe():
    try:
        fail
    except NameError as e:
        print("NameError:", e)

probe()
try:
    print(fail("x"))
except NameError as e:
    print("NameError:", e)

from _failmod import *
print(fail("hello"))
print(fail.__name__)
probe()

# Output:
# NameError: name 'fail' is not defined
# NameError: name 'fail' is not defined
# user fail: hello
# fail
