package importer_test

// This file tests what script tests cannot see: a library module is
// compiled once per process and run once per importer, and the names and
// file names of the library.

import (
	"context"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/importer"
)

// testLibrary returns a library of plain Starlark files, the count of its
// compilations and the file names they were compiled under.
func testLibrary() (*importer.Library, *atomic.Int32, map[string]bool) {
	var n atomic.Int32
	names := map[string]bool{}
	fsys := fstest.MapFS{
		"mod.py":           {Data: []byte("runs.append(__name__)\nVALUE = 42\n")},
		"pkg/__init__.py":  {Data: []byte("runs.append(__name__)\n")},
		"pkg/sub.py":       {Data: []byte("runs.append(__package__)\n")},
		"fast.py":          {Data: []byte(importer.BuiltinDirective + "\nruns.append(__name__)\n")},
		"notes/readme.txt": {Data: []byte("not a module")},
	}
	compile := func(filename string, src []byte) (*starlark.Program, error) {
		n.Add(1)
		_, prog, err := starlark.SourceProgramOptions(&syntax.FileOptions{}, filename, src, func(name string) bool {
			return name == "runs" || name == "__name__" || name == "__file__" || name == "__package__"
		})
		if err == nil {
			names[filename] = true
		}
		return prog, err
	}
	return importer.NewLibrary(fsys, "<t>/", compile), &n, names
}

// newImporter returns an importer of lib alone, whose modules append to
// runs.
func newImporter(lib *importer.Library, runs *starlark.List) *importer.Importer {
	return importer.New(importer.Config{
		Runtime: core.NewRuntime(context.Background()),
		Library: lib,
		Files:   fstest.MapFS{},
		Predeclared: func(name, file string, pkg starlark.Value) starlark.StringDict {
			return starlark.StringDict{"runs": runs, "__name__": starlark.String(name), "__file__": starlark.String(file), "__package__": pkg}
		},
	})
}

// TestLibraryCompilesOnce imports the same modules through two importers
// (two interpreters): each runs them, the library compiles them once.
func TestLibraryCompilesOnce(t *testing.T) {
	lib, compiled, _ := testLibrary()
	for i := 0; i < 2; i++ {
		runs := starlark.NewList(nil)
		im := newImporter(lib, runs)
		th := &starlark.Thread{Name: "test"}
		for _, name := range []string{"mod", "pkg.sub", "mod", "pkg"} {
			if _, err := im.Import(th, name); err != nil {
				t.Fatalf("import %s: %v", name, err)
			}
		}
		if got, want := runs.String(), `["mod", "pkg", "pkg"]`; got != want {
			t.Errorf("importer %d: top levels run %s, want %s", i, got, want)
		}
		m, _ := im.Import(th, "mod")
		if v, err := m.(starlark.HasAttrs).Attr("VALUE"); err != nil || v != starlark.MakeInt(42) {
			t.Errorf("mod.VALUE = %v, %v", v, err)
		}
	}
	if n := compiled.Load(); n != 3 {
		t.Errorf("compiled %d times, want 3 (mod, pkg, pkg.sub once each)", n)
	}
}

// TestLibraryNames lists modules and packages, and compiles a file that
// opens with BuiltinDirective under the built-in frames' file name.
func TestLibraryNames(t *testing.T) {
	lib, _, files := testLibrary()
	got := lib.Names()
	want := []string{"fast", "mod", "pkg", "pkg.sub"}
	if len(got) != len(want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Names() = %v, want %v", got, want)
		}
	}
	im := newImporter(lib, starlark.NewList(nil))
	th := &starlark.Thread{Name: "test"}
	for _, name := range []string{"mod", "fast"} {
		if _, err := im.Import(th, name); err != nil {
			t.Fatal(err)
		}
	}
	if !files["<builtin>"] || files["<t>/fast.py"] || !files["<t>/mod.py"] {
		t.Errorf("compiled as %v, want fast.py as <builtin>, mod.py as <t>/mod.py", files)
	}
	m, _ := im.Import(th, "mod")
	if f := m.(*core.Module).File; f != "<t>/mod.py" {
		t.Errorf("mod.__file__ = %q", f)
	}
}

// TestNotFound checks CPython's messages for missing modules.
func TestNotFound(t *testing.T) {
	lib, _, _ := testLibrary()
	im := newImporter(lib, starlark.NewList(nil))
	th := &starlark.Thread{Name: "test"}
	for name, want := range map[string]string{
		"nope":     "No module named 'nope'",
		"pkg.nope": "No module named 'pkg.nope'",
		"mod.x":    "No module named 'mod.x'; 'mod' is not a package",
	} {
		_, err := im.Import(th, name)
		if core.NotFoundName(err) != name {
			t.Errorf("import %s: %v, want ModuleNotFoundError named %s", name, err, name)
			continue
		}
		if msg := core.ExcMessage(err.(*core.PyError).Value); msg != want {
			t.Errorf("import %s: %q, want %q", name, msg, want)
		}
	}
}

// TestGoPackages imports submodules of Go-defined modules: a library file
// in the folder of a Go module's name, a Go module named under another,
// and a Go module's own module attribute (as os.path is os's).
func TestGoPackages(t *testing.T) {
	runs := starlark.NewList(nil)
	lib := importer.NewLibrary(fstest.MapFS{
		"gopkg/sub.py": {Data: []byte("runs.append(__name__ + ' in ' + __package__)\n")},
	}, "<t>/", func(filename string, src []byte) (*starlark.Program, error) {
		_, prog, err := starlark.SourceProgramOptions(&syntax.FileOptions{}, filename, src, func(name string) bool {
			return name == "runs" || name == "__name__" || name == "__package__"
		})
		return prog, err
	})
	own := core.NewModule("posixish", nil)
	module := func(name string, members starlark.StringDict) importer.Maker {
		return func(rt *core.Runtime) (starlark.Value, error) { return core.NewModule(name, members), nil }
	}
	im := importer.New(importer.Config{
		Runtime: core.NewRuntime(context.Background()),
		Go: map[string]importer.Maker{
			"gopkg":     module("gopkg", nil),
			"withsub":   module("withsub", nil),
			"withsub.x": module("withsub.x", nil),
			"osish":     module("osish", starlark.StringDict{"path": own}),
			"osish.path": func(rt *core.Runtime) (starlark.Value, error) {
				t.Error("osish.path made: the attribute should have been taken")
				return nil, nil
			},
		},
		Library: lib,
		Files:   fstest.MapFS{},
		Predeclared: func(name, file string, pkg starlark.Value) starlark.StringDict {
			return starlark.StringDict{"runs": runs, "__name__": starlark.String(name), "__package__": pkg}
		},
	})
	th := &starlark.Thread{Name: "test"}
	sub, err := im.Import(th, "gopkg.sub")
	if err != nil {
		t.Fatal(err)
	}
	parent, _ := im.Import(th, "gopkg")
	if v, _ := parent.(starlark.HasAttrs).Attr("sub"); v != sub {
		t.Errorf("gopkg.sub attribute = %v, want the submodule", v)
	}
	if got := runs.String(); got != `["gopkg.sub in gopkg"]` {
		t.Errorf("runs = %s", got)
	}
	if v, err := im.Import(th, "osish.path"); err != nil || v != own {
		t.Errorf("osish.path = %v, %v; want osish's own attribute", v, err)
	}
	for name, want := range map[string]string{
		"gopkg.nope":   "No module named 'gopkg.nope'",
		"withsub.nope": "No module named 'withsub.nope'",
		"osish.nope":   "No module named 'osish.nope'; 'osish' is not a package",
	} {
		_, err := im.Import(th, name)
		if pe, ok := err.(*core.PyError); !ok || core.ExcMessage(pe.Value) != want {
			t.Errorf("import %s: %v, want %q", name, err, want)
		}
	}
	if v, found, _ := im.Modules().Get(starlark.String("gopkg.sub")); !found || v != sub {
		t.Errorf("sys.modules['gopkg.sub'] = %v, %v", v, found)
	}
}
