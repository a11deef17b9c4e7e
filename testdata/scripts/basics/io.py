# print's arguments, files written and read with open() and with, input().
import os
import sys

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print("to stderr", file=sys.stderr)
print(1, 2.5, None, True, [1, "x"], (2,), {"k": "v"}, {3})
print()
print("flushed", flush=True)

path = "io_test_output_%d.txt" % os.getpid()
with open(path, "w") as f:
    f.write("first line\n")
    f.writelines(["second line\n", "第三行\n"])
    print("via print", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip())
with open(path, "a") as f:
    f.write("appended\n")
f = open(path)
print(f.readline().strip(), len(f.readlines()), f.closed)
f.close()
print(f.closed)
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data))
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    line = input()
except EOFError:
    print("EOFError at the end of input")

# Output:
# a-b-c!
# no newline
# 1 2.5 None True [1, 'x'] (2,) {'k': 'v'} {3}
#
# flushed
# 'first line\nsecond line\n第三行\nvia print\n'
# 1 first line
# 2 second line
# 3 第三行
# 4 via print
# first line 4 False
# True
# bytes 52
# FileNotFoundError: 2 No such file or directory
# EOFError at the end of input
