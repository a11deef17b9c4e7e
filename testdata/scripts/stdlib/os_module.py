# The os module: names, environment, directories and files, and the OSError
# subclasses with CPython's errno messages.
import os
from _errors import err

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull)
print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() >= 1, os.getcwd() != "")

os.environ["PYCONC_TEST_VAR"] = "hello"
print(os.getenv("PYCONC_TEST_VAR"), os.getenv("PYCONC_NO_SUCH_VAR"), os.getenv("PYCONC_NO_SUCH_VAR", "d"))
print(err(os.getenv, 1))
print(os.environ["PYCONC_TEST_VAR"], os.environ.get("PYCONC_TEST_VAR"), os.environ.get("PYCONC_NO_SUCH_VAR", 5))
print("PYCONC_TEST_VAR" in os.environ, "PYCONC_NO_SUCH_VAR" in os.environ, "PATH" in os.environ)
print(os.environ.get("PATH") == os.getenv("PATH"))
print(err(lambda: os.environ["PYCONC_NO_SUCH_VAR"]))
print(err(os.environ.get, 1))
os.environ["PYCONC_SET"] = "x"
print(os.getenv("PYCONC_SET"), os.environ.pop("PYCONC_SET"), os.getenv("PYCONC_SET"))
print(os.environ.pop("PYCONC_SET", "gone"), os.environ.setdefault("PYCONC_SET", "y"), os.environ.setdefault("PYCONC_SET", "z"))
print(len([k for k in os.environ if k == "PYCONC_TEST_VAR"]), ("PYCONC_TEST_VAR", "hello") in os.environ.items())
print(os.environ.copy()["PYCONC_TEST_VAR"], "PYCONC_TEST_VAR" in os.environ.keys(), "hello" in os.environ.values())

# Directories, in a fresh folder beside this script named after the process
# (scripts run in parallel, and in the test's process).
d = os.path.join(os.path.dirname(__file__), "_os_module_tmp_%d" % os.getpid())


def shown(e):
    return e.replace(d, "DIR")


os.mkdir(d)
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d))
sub = os.path.join(d, "a", "b")
os.makedirs(sub)
print(shown(err(os.makedirs, sub)))
os.makedirs(sub, exist_ok=True)
os.mkdir(os.path.join(d, "c"))
print(sorted(os.listdir(d)))
print(err(os.listdir, "nope"))
print(err(os.remove, "nope"))
print(err(os.rename, "nope", "b"))
print(shown(err(os.remove, sub)))
print(shown(err(os.rmdir, os.path.join(d, "a"))))
print(shown(err(os.mkdir, d)))
os.rename(os.path.join(d, "c"), os.path.join(d, "e"))
print(sorted(os.listdir(d)))
os.rmdir(os.path.join(d, "e"))
print(sorted(os.listdir(d)))
print([shown(w[0]) for w in os.walk(d)])
print([shown(w[0]) for w in os.walk(d, topdown=False)])
print(len(os.urandom(8)), type(os.urandom(0)).__name__)

# The attributes of an OSError.
try:
    os.remove(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print(e.errno, e.strerror, shown(e.filename), e.filename2, isinstance(e, OSError))
try:
    os.rename(os.path.join(d, "x"), os.path.join(d, "y"))
except OSError as e:
    print(type(e).__name__, e.errno, shown(e.filename), shown(e.filename2))

# Files: getsize, isfile, remove.
f = os.path.join(d, "f.txt")
with open(f, "w") as fh:
    fh.write("12345")
print(os.path.getsize(f), os.path.isfile(f), os.path.isdir(f))
os.remove(f)
print(os.path.exists(f))
print(err(os.path.getsize, "nope"))

os.rmdir(sub)
os.rmdir(os.path.join(d, "a"))
os.rmdir(d)
print(os.path.exists(d))

# Output:
# posix / '\n' : . .. /dev/null
# True True True True
# hello None d
# TypeError: str expected, not int
# hello hello 5
# True False True
# True
# KeyError: 'PYCONC_NO_SUCH_VAR'
# TypeError: str expected, not int
# x x None
# gone y y
# 1 True
# hello True True
# True True False
# FileExistsError: [Errno 17] File exists: 'DIR/a/b'
# ['a', 'c']
# FileNotFoundError: [Errno 2] No such file or directory: 'nope'
# FileNotFoundError: [Errno 2] No such file or directory: 'nope'
# FileNotFoundError: [Errno 2] No such file or directory: 'nope' -> 'b'
# IsADirectoryError: [Errno 21] Is a directory: 'DIR/a/b'
# OSError: [Errno 39] Directory not empty: 'DIR/a'
# FileExistsError: [Errno 17] File exists: 'DIR'
# ['a', 'e']
# ['a']
# ['DIR', 'DIR/a', 'DIR/a/b']
# ['DIR/a/b', 'DIR/a', 'DIR']
# 8 bytes
# 2 No such file or directory DIR/nope None True
# FileNotFoundError 2 DIR/x DIR/y
# 5 True False
# False
# FileNotFoundError: [Errno 2] No such file or directory: 'nope'
# False
