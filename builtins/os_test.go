package builtins

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

var osModules = map[string]Maker{"os": MakeOS}

func TestOSScript(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("PYCONC_TEST_VAR", "hello")
	src := `
dir = ` + pyStrRepr(dir) + `
assert_eq(os.name, "posix")
assert_eq(os.sep, "/")
assert_eq(os.linesep, "\n")
assert_eq(os.getpid() > 0, True)
assert_eq(os.getppid() > 0, True)
assert_eq(os.cpu_count() >= 1, True)
assert_eq(os.getenv("PYCONC_TEST_VAR"), "hello")
assert_eq(os.getenv("PYCONC_NO_SUCH_VAR"), None)
assert_eq(os.getenv("PYCONC_NO_SUCH_VAR", "d"), "d")
assert_err("TypeError: str expected, not int", os.getenv, 1)
assert_eq(os.environ["PYCONC_TEST_VAR"], "hello")
assert_eq(os.environ.get("PYCONC_TEST_VAR"), "hello")
assert_eq(os.environ.get("PYCONC_NO_SUCH_VAR", 5), 5)
assert_eq("PYCONC_TEST_VAR" in os.environ, True)
assert_eq("PYCONC_NO_SUCH_VAR" in os.environ, False)
assert_err("KeyError: 'PYCONC_NO_SUCH_VAR'", lambda: os.environ["PYCONC_NO_SUCH_VAR"])
os.environ["PYCONC_SET"] = "x"
assert_eq(os.getenv("PYCONC_SET"), "x")
assert_eq(os.environ.pop("PYCONC_SET"), "x")
assert_eq(os.getenv("PYCONC_SET"), None)
assert_eq(len([k for k in os.environ if k == "PYCONC_TEST_VAR"]), 1)
assert_eq(os.path.exists(dir), True)
assert_eq(os.path.isdir(dir), True)
assert_eq(os.path.isfile(dir), False)
sub = os.path.join(dir, "a", "b")
os.makedirs(sub)
assert_err("FileExistsError: [Errno 17] File exists: " + repr(sub).replace('"', "'"), os.makedirs, sub)
os.makedirs(sub, exist_ok=True)
os.mkdir(os.path.join(dir, "c"))
assert_eq(os.listdir(dir), ["a", "c"])
assert_err("FileNotFoundError: [Errno 2] No such file or directory: 'nope'", os.listdir, "nope")
assert_err("FileNotFoundError: [Errno 2] No such file or directory: 'nope'", os.remove, "nope")
assert_err("FileNotFoundError: [Errno 2] No such file or directory: 'nope' -> 'b'", os.rename, "nope", "b")
assert_err("IsADirectoryError: [Errno 21] Is a directory:", os.remove, sub)
assert_err("OSError: [Errno 39] Directory not empty:", os.rmdir, os.path.join(dir, "a"))
os.rename(os.path.join(dir, "c"), os.path.join(dir, "d"))
os.rmdir(os.path.join(dir, "d"))
assert_eq(os.listdir(dir), ["a"])
assert_eq(os.getcwd() != "", True)
walked = os.walk(dir)
assert_eq([w[0] for w in walked], [dir, dir + "/a", dir + "/a/b"])
assert_eq(len(os.urandom(8)), 8)
`
	mustRun(t, src, osModules)
	// A file written from Go: getsize, isfile, remove.
	f := filepath.Join(dir, "f.txt")
	if err := os.WriteFile(f, []byte("12345"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustRun(t, `
f = `+pyStrRepr(f)+`
assert_eq(os.path.getsize(f), 5)
assert_eq(os.path.isfile(f), True)
os.remove(f)
assert_eq(os.path.exists(f), False)
assert_err("FileNotFoundError: [Errno 2] No such file or directory: 'nope'", os.path.getsize, "nope")
`, osModules)
}

func TestOSPath(t *testing.T) {
	// Expected values computed with CPython 3.11's posixpath.
	mustRun(t, `
p = os.path
cases = {
    "": (("", ""), ("", ""), "", "", "."),
    "/": (("/", ""), ("/", ""), "", "/", "/"),
    "//": (("//", ""), ("//", ""), "", "//", "//"),
    "///": (("///", ""), ("///", ""), "", "///", "/"),
    "a": (("", "a"), ("a", ""), "a", "", "a"),
    "a/": (("a", ""), ("a/", ""), "", "a", "a"),
    "/a/b/": (("/a/b", ""), ("/a/b/", ""), "", "/a/b", "/a/b"),
    "a/b.c": (("a", "b.c"), ("a/b", ".c"), "b.c", "a", "a/b.c"),
    ".bashrc": (("", ".bashrc"), (".bashrc", ""), ".bashrc", "", ".bashrc"),
    "a/.bashrc": (("a", ".bashrc"), ("a/.bashrc", ""), ".bashrc", "a", "a/.bashrc"),
    "a/..b": (("a", "..b"), ("a/..b", ""), "..b", "a", "a/..b"),
    "x.tar.gz": (("", "x.tar.gz"), ("x.tar", ".gz"), "x.tar.gz", "", "x.tar.gz"),
    "a.b/c": (("a.b", "c"), ("a.b/c", ""), "c", "a.b", "a.b/c"),
    "/a/./b/../c//d/": (("/a/./b/../c//d", ""), ("/a/./b/../c//d/", ""), "", "/a/./b/../c//d", "/a/c/d"),
    "//a/b": (("//a", "b"), ("//a/b", ""), "b", "//a", "//a/b"),
    "///a/..": (("///a", ".."), ("///a/..", ""), "..", "///a", "/"),
    "../..//x": (("../..", "x"), ("../..//x", ""), "x", "../..", "../../x"),
    "a/../../b": (("a/../..", "b"), ("a/../../b", ""), "b", "a/../..", "../b"),
    "..": (("", ".."), ("..", ""), "..", "", ".."),
    ".": (("", "."), (".", ""), ".", "", "."),
}
for c, want in cases.items():
    assert_eq((p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c)), want, c)
assert_eq(p.join("a", "b", "/c", "d"), "/c/d")
assert_eq(p.join("a/", "b"), "a/b")
assert_eq(p.join("", "x"), "x")
assert_eq(p.join("a", ""), "a/")
assert_eq(p.join("/"), "/")
assert_eq(p.isabs("/x"), True)
assert_eq(p.isabs("x"), False)
assert_eq(p.abspath("/a/../b"), "/b")
assert_eq(p.abspath("x"), os.getcwd() + "/x")
assert_err("TypeError: join() argument must be str, bytes, or os.PathLike object, not 'int'", p.join, "a", 1)
assert_err("TypeError: stat: path should be string, bytes, os.PathLike or integer, not NoneType", p.exists, None)
assert_err("TypeError: expected str, bytes or os.PathLike object, not int", p.basename, 1)
`, osModules)
}

func TestOSPathShared(t *testing.T) {
	e := newTestEnv(t)
	osm, _ := MakeOS(e.rt)
	pm, _ := MakeOSPath(e.rt)
	p, _ := osm.(*core.Module).Attr("path")
	if p != pm {
		t.Fatal("os.path is not the module registered as os.path")
	}
	if _, ok := Modules()["os.path"]; !ok {
		t.Fatal("os.path not registered")
	}
}

func TestOSExit(t *testing.T) {
	e := newTestEnv(t)
	code := -1
	e.rt.HardExit = func(n int) { code = n }
	err := e.run(t, "os._exit(3)\nfail('not reached')", osModules)
	var ee *core.ExitError
	if !errors.As(err, &ee) || ee.Code != 3 || code != 3 {
		t.Fatalf("err = %v, HardExit code = %d", err, code)
	}
	// Without HardExit: the runtime is aborted with the ExitError.
	e2 := newTestEnv(t)
	err = e2.run(t, "os._exit(4)", osModules)
	if !errors.As(err, &ee) || ee.Code != 4 {
		t.Fatalf("err = %v", err)
	}
	if !errors.As(e2.rt.Err(), &ee) || ee.Code != 4 {
		t.Fatalf("runtime error = %v", e2.rt.Err())
	}
}

func TestOSErrorAttributes(t *testing.T) {
	err := osError(&os.PathError{Op: "open", Path: "it's", Err: os.ErrNotExist})
	if !strings.Contains(err.Error(), "OSError") {
		// os.ErrNotExist is not an errno: plain OSError.
		t.Errorf("got %v", err)
	}
	_, err = os.Open("/no/such/file")
	pe := osError(err).(*core.PyError)
	if pe.Value.Class != core.FileNotFoundError {
		t.Errorf("class %v", pe.Value.Class)
	}
	if v, _ := pe.Value.GetOwn("errno"); v != starlark.MakeInt(2) {
		t.Errorf("errno = %v", v)
	}
	if v, _ := pe.Value.GetOwn("filename"); v != starlark.String("/no/such/file") {
		t.Errorf("filename = %v", v)
	}
	if got := pyStrRepr("it's"); got != `"it's"` {
		t.Errorf("repr = %s", got)
	}
}
