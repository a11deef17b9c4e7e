package os

// This file checks posixpath and ntpath against python3's modules of the
// same names, for paths of every shape (python3 has both on any platform).

import (
	"os/exec"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

var pathCases = []string{
	"", "/", "//", "///", "a", "a/", "/a/b/", "a/b.c", ".bashrc", "a/.bashrc", "a/..b", "x.tar.gz", "a.b/c",
	"/a/./b/../c//d/", "//a/b", "///a/..", "../..//x", "a/../../b", "..", ".",
	`C:`, `C:\`, `C:/`, `c:\a\b`, `C:a\b`, `C:\a\..\..\b`, `\a\b`, `\\server\share`, `\\server\share\x\y`,
	`//server/share/x`, `\\server`, `\\server\`, `\\?\UNC\server\share\x`, `\\.\device\x`, `\\?\C:\x\..\y`,
	`a\b/c`, `a\.b`, `C:\x.y\z`, `..\..\x`, `C:..\x`, `\\\x`, `A:\B\C.d.e`,
}

// pathJoins are the argument lists of join.
var pathJoins = [][]string{
	{"a", "b", "/c", "d"}, {"a/", "b"}, {"", "x"}, {"a", ""}, {"/"}, {`C:\a`, `b`}, {`C:\a`, `D:b`}, {`C:\a`, `c:b`},
	{`C:`, `x`}, {`C:\a`, `\b`}, {`\\server\share`, `x`}, {`\\server\share\`, `x`}, {`a`, `C:\b`, `c`}, {`C:a`, `D:\b`},
	{`a\`, `b/`, `c`}, {`\\server\share`, `\x`},
}

func TestPathFlavorsAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	quote := func(s string) string { return core.ReprNoThread(starlark.String(s)) }
	// expanduser of paths starting with ~, with known home folders.
	t.Setenv("HOME", "/home/me/")
	t.Setenv("USERPROFILE", `C:\Users\me`)
	paths := append(append([]string(nil), pathCases...), "~", "~/x", `~\x`, "x~", "~~")
	var cases, joins []string
	for _, c := range paths {
		cases = append(cases, quote(c))
	}
	for _, j := range pathJoins {
		var args []string
		for _, a := range j {
			args = append(args, quote(a))
		}
		joins = append(joins, "("+strings.Join(args, ", ")+",)")
	}
	funcs := []string{"split", "splitext", "splitdrive", "basename", "dirname", "normpath", "normcase", "isabs"}
	for _, f := range []*flavor{posix, nt} {
		script := "import " + f.module + " as p\nfor c in [" + strings.Join(cases, ", ") + "]:\n" +
			"    for fn in ['" + strings.Join(funcs, "', '") + "', 'expanduser']:\n" +
			"        print(repr(getattr(p, fn)(c)))\n" +
			"for j in [" + strings.Join(joins, ", ") + "]:\n    print(repr(p.join(*j)))\n"
		out, err := exec.Command(py, "-c", script).Output()
		if err != nil {
			t.Fatalf("python3: %v", err)
		}
		want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
		m := newPathModule(f)
		th := &starlark.Thread{}
		var got, what []string
		call := func(name string, args ...starlark.Value) {
			fn, _ := m.Attr(name)
			v, err := starlark.Call(th, fn, args, nil)
			if err != nil {
				got = append(got, "error: "+err.Error())
			} else {
				got = append(got, core.ReprNoThread(v))
			}
			what = append(what, f.module+"."+name+starlark.Tuple(args).String())
		}
		for _, c := range paths {
			for _, fn := range append(funcs, "expanduser") {
				call(fn, starlark.String(c))
			}
		}
		for _, j := range pathJoins {
			var args []starlark.Value
			for _, a := range j {
				args = append(args, starlark.String(a))
			}
			call("join", args...)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d results, python3 printed %d lines", f.module, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s = %s, want %s", what[i], got[i], want[i])
			}
		}
	}
}
