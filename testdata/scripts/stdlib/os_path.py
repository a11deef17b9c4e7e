# os.path: posixpath's split, splitext, basename, dirname, normpath, join, isabs, abspath.
import os
from _errors import err

p = os.path
cases = [
    "",
    "/",
    "//",
    "///",
    "a",
    "a/",
    "/a/b/",
    "a/b.c",
    ".bashrc",
    "a/.bashrc",
    "a/..b",
    "x.tar.gz",
    "a.b/c",
    "/a/./b/../c//d/",
    "//a/b",
    "///a/..",
    "../..//x",
    "a/../../b",
    "..",
    ".",
]
for c in cases:
    print(repr((p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c))))
print(repr(p.join("a", "b", "/c", "d")))
print(repr(p.join("a/", "b")))
print(repr(p.join("", "x")))
print(repr(p.join("a", "")))
print(repr(p.join("/")))
print(repr(p.isabs("/x")))
print(repr(p.isabs("x")))
print(repr(p.abspath("/a/../b")))
print(repr(p.abspath("x") == os.getcwd() + "/x"))
print(err(p.join, "a", 1))
print(err(p.exists, None))
print(err(p.basename, 1))

# Output:
# (('', ''), ('', ''), '', '', '.')
# (('/', ''), ('/', ''), '', '/', '/')
# (('//', ''), ('//', ''), '', '//', '//')
# (('///', ''), ('///', ''), '', '///', '/')
# (('', 'a'), ('a', ''), 'a', '', 'a')
# (('a', ''), ('a/', ''), '', 'a', 'a')
# (('/a/b', ''), ('/a/b/', ''), '', '/a/b', '/a/b')
# (('a', 'b.c'), ('a/b', '.c'), 'b.c', 'a', 'a/b.c')
# (('', '.bashrc'), ('.bashrc', ''), '.bashrc', '', '.bashrc')
# (('a', '.bashrc'), ('a/.bashrc', ''), '.bashrc', 'a', 'a/.bashrc')
# (('a', '..b'), ('a/..b', ''), '..b', 'a', 'a/..b')
# (('', 'x.tar.gz'), ('x.tar', '.gz'), 'x.tar.gz', '', 'x.tar.gz')
# (('a.b', 'c'), ('a.b/c', ''), 'c', 'a.b', 'a.b/c')
# (('/a/./b/../c//d', ''), ('/a/./b/../c//d/', ''), '', '/a/./b/../c//d', '/a/c/d')
# (('//a', 'b'), ('//a/b', ''), 'b', '//a', '//a/b')
# (('///a', '..'), ('///a/..', ''), '..', '///a', '/')
# (('../..', 'x'), ('../..//x', ''), 'x', '../..', '../../x')
# (('a/../..', 'b'), ('a/../../b', ''), 'b', 'a/../..', '../b')
# (('', '..'), ('..', ''), '..', '', '..')
# (('', '.'), ('.', ''), '.', '', '.')
# '/c/d'
# 'a/b'
# 'x'
# 'a/'
# '/'
# True
# False
# '/b'
# True
# TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'
# TypeError: stat: path should be string, bytes, os.PathLike or integer, not NoneType
# TypeError: expected str, bytes or os.PathLike object, not int
