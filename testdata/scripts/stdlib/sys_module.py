# The sys module: argv, version, streams, settings, the exception being
# handled, and exit.
import sys
from _errors import err

print(sys.argv[0].endswith("sys_module.py"), len(sys.argv))
print(sys.platform in ("linux", "darwin", "win32"), sys.version.startswith("3.11"))
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.hexversion >= 0x030b0000)
print(sys.maxsize, sys.byteorder in ("little", "big"), sys.getdefaultencoding(), sys.intern("s"))
print(err(sys.intern, 1))

n = sys.stdout.write("héllo\n")
print(n)
sys.stdout.writelines(["a", "b\n"])
sys.stdout.flush()
print(err(sys.stdout.write, 1))
print(err(sys.stdout.writelines, [1]))
print(repr(sys.stdout))
print(repr(sys.stderr))
print(repr(sys.stdin))
print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.closed)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)

print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(err(sys.setrecursionlimit, 0))
print(err(sys.setrecursionlimit, "x"))
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print(err(sys.setswitchinterval, 0))
print(err(sys.setswitchinterval, "x"))

print(sys.exc_info(), sys.exception())
try:
    raise ValueError("boom")
except ValueError as e:
    t, v, _ = sys.exc_info()
    print(t.__name__, v is e, sys.exception() is e)
print(sys.exc_info(), sys.exception())

print(err(sys.exit, 3))
print(err(sys.exit, "bye"))
print(err(sys.exit))
try:
    sys.exit(5)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code, e.args)
print(sys.stderr.write("err\n"))
sys.exit(7)

# Output:
# True 1
# True True
# (3, 11) True True
# 9223372036854775807 True utf-8 s
# TypeError: intern() argument must be str, not int
# héllo
# 6
# ab
# TypeError: write() argument must be str, not int
# TypeError: write() argument must be str, not int
# <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>
# <_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>
# <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>
# <stdout> w utf-8 False
# True False True False
# True True True
# 1000
# 5000
# ValueError: recursion limit must be greater or equal than 1
# TypeError: 'str' object cannot be interpreted as an integer
# 0.005
# 0.01
# ValueError: switch interval must be strictly positive
# TypeError: must be real number, not str
# (None, None, None) None
# ValueError True True
# (None, None, None) None
# SystemExit: 3
# SystemExit: bye
# SystemExit: 
# code 5 (5,)
# code None ()
# 4
# Exit: 7
# Stderr:
# err
