# os's file-descriptor functions: pipe, read, write, close, dup, dup2, fdopen,
# and the OSError of a bad descriptor.
import os
r, w = os.pipe()
print(type(r), r != w, os.write(w, b"hello"), os.read(r, 3), os.read(r, 10))
d = os.dup(w)
os.write(d, b"via dup")
print(os.read(r, 100))
os.close(d)
os.close(w)
print(os.read(r, 5))
for f, a in [(os.close, (d,)), (os.read, (w, 1)), (os.write, (d, b"x")), (os.dup, (12345,))]:
    try:
        f(*a)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e)
try:
    os.write(r, "str")
except TypeError as e:
    print(e)
r2, w2 = os.pipe()
wf = os.fdopen(w2, "w")
wf.write("line one\nline two\n")
wf.close()
rf = os.fdopen(r2)
print(rf.readlines())
rf.close()
try:
    os.close(r2)
except OSError as e:
    print(e)
r3, w3 = os.pipe()
print(os.dup2(w3, 50) , os.write(50, b"dup2"), os.read(r3, 10))
os.close(50); os.close(w3); os.close(r3); os.close(r)

# Output:
# <class 'int'> True 5 b'hel' b'lo'
# b'via dup'
# b''
# OSError 9 Bad file descriptor [Errno 9] Bad file descriptor
# OSError 9 Bad file descriptor [Errno 9] Bad file descriptor
# OSError 9 Bad file descriptor [Errno 9] Bad file descriptor
# OSError 9 Bad file descriptor [Errno 9] Bad file descriptor
# a bytes-like object is required, not 'str'
# ['line one\n', 'line two\n']
# [Errno 9] Bad file descriptor
# 50 4 b'dup2'
