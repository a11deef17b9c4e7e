// This file defines Library, the modules written in Python that pyconc
// embeds, compiled once per process.

package importer

import (
	"bytes"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"go.starlark.net/starlark"
)

// BuiltinDirective, as the first line of a library file, says that its
// functions stand for functions CPython writes in C (its _bisect, _heapq):
// the file is compiled under the file name of core's built-in frames, so
// that tracebacks and warnings show no frame in them, as CPython's show
// none in C functions. A module CPython writes partly in C is split as
// CPython splits it (heapq.py importing from _heapq.py).
const BuiltinDirective = "# pyconc: builtin"

// builtinFile is the file name of the positions of built-in frames, which
// core leaves out of tracebacks.
const builtinFile = "<builtin>"

// A Library is a folder of modules written in Python: name.py is module
// name, a folder with __init__.py is a package whose other files are its
// submodules. Each module is compiled on its first import in the process
// and the program kept: every Importer given the Library reuses it.
type Library struct {
	fsys    fs.FS
	prefix  string
	compile Compiler

	mu    sync.Mutex
	progs map[string]*libProgram // by path in fsys
}

// libProgram is one compiled file of a Library.
type libProgram struct {
	once sync.Once
	src  []byte
	prog *starlark.Program
	err  error
}

// NewLibrary returns the library of the Python files in fsys, compiled by
// compile on first import. A module's file name (__file__, tracebacks) is
// prefix followed by its path in fsys. NewLibrary reads nothing.
func NewLibrary(fsys fs.FS, prefix string, compile Compiler) *Library {
	return &Library{fsys: fsys, prefix: prefix, compile: compile, progs: map[string]*libProgram{}}
}

// Names returns the dotted name of every module and package of the
// library, sorted.
func (l *Library) Names() []string {
	var names []string
	_ = fs.WalkDir(l.fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return nil
		}
		p = strings.TrimSuffix(p, ".py")
		if path.Base(p) == "__init__" {
			p = path.Dir(p)
		}
		names = append(names, strings.ReplaceAll(p, "/", "."))
		return nil
	})
	sort.Strings(names)
	return names
}

// hasDir reports whether the library has a folder at p.
func (l *Library) hasDir(p string) bool {
	fi, err := fs.Stat(l.fsys, p)
	return err == nil && fi.IsDir()
}

// program returns the source and program of the file at p, compiling it on
// first use; ok is false when there is no such file.
func (l *Library) program(p string) (src []byte, prog *starlark.Program, ok bool, err error) {
	l.mu.Lock()
	lp := l.progs[p]
	if lp == nil {
		if fi, err := fs.Stat(l.fsys, p); err != nil || fi.IsDir() {
			l.mu.Unlock()
			return nil, nil, false, nil
		}
		lp = &libProgram{}
		l.progs[p] = lp
	}
	l.mu.Unlock()
	lp.once.Do(func() {
		lp.src, lp.err = fs.ReadFile(l.fsys, p)
		if lp.err == nil {
			filename := l.prefix + p
			if bytes.HasPrefix(lp.src, []byte(BuiltinDirective+"\n")) {
				filename = builtinFile
			}
			lp.prog, lp.err = l.compile(filename, lp.src)
		}
	})
	return lp.src, lp.prog, true, lp.err
}
