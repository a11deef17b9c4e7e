// This file defines folder, a place where the files of modules are
// searched: the user's folder on the OS or in an fs.FS, a package's folder,
// or a folder of the Library.

package importer

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"go.starlark.net/starlark"
)

// A folder is where the files of modules are: a folder of the Library
// (lib set), of an fs.FS (fsys set), or of the OS.
type folder struct {
	lib  *Library
	fsys fs.FS
	dir  string // the folder's path: in lib's or fsys's tree ("" for its root), or on the OS
}

// file is a module's file found in a folder.
type file struct {
	name string            // shown as __file__ and in tracebacks
	src  []byte            // the source
	prog *starlark.Program // already compiled (the Library's), or nil
	pkg  *folder           // a package's __init__.py: the package's folder
}

// find looks in f for the module leaf: the package leaf/__init__.py first
// (as CPython's finder), then leaf.py, then leaf.star (not in the
// library). ok is false when there is none; err is a library module's
// compilation error.
func (f folder) find(leaf string) (found file, ok bool, err error) {
	for _, cand := range []struct {
		rel string
		pkg bool
	}{{leaf + "/__init__.py", true}, {leaf + ".py", false}, {leaf + ".star", false}} {
		var fl file
		switch {
		case f.lib != nil:
			if !cand.pkg && path.Ext(cand.rel) == ".star" {
				continue
			}
			p := path.Join(f.dir, cand.rel)
			src, prog, ok, err := f.lib.program(p)
			if !ok {
				continue
			}
			if err != nil {
				return file{}, true, err
			}
			fl = file{name: f.lib.prefix + p, src: src, prog: prog}
		case f.fsys != nil:
			p := path.Join(f.dir, cand.rel)
			src, err := fs.ReadFile(f.fsys, p)
			if err != nil {
				continue
			}
			fl = file{name: p, src: src}
		default:
			p := filepath.Join(f.osDir(), filepath.FromSlash(cand.rel))
			src, err := os.ReadFile(p)
			if err != nil {
				continue
			}
			fl = file{name: p, src: src}
		}
		if cand.pkg {
			sub := f
			sub.dir = f.join(leaf)
			fl.pkg = &sub
		}
		return fl, true, nil
	}
	return file{}, false, nil
}

// osDir returns the OS folder, the working directory (made absolute, as
// CPython's ” entry of sys.path gives absolute file names) for "".
func (f folder) osDir() string {
	if f.dir != "" {
		return f.dir
	}
	if wd, err := os.Getwd(); err == nil {
		return wd
	}
	return "."
}

// join returns the path of the subfolder name of f.
func (f folder) join(name string) string {
	if f.lib != nil || f.fsys != nil {
		return path.Join(f.dir, name)
	}
	return filepath.Join(f.osDir(), name)
}

// path returns the folder's path as a package's __path__ shows it.
func (f folder) path() string {
	if f.lib != nil {
		return f.lib.prefix + f.dir
	}
	if f.fsys != nil {
		return f.dir
	}
	return f.osDir()
}

// namespace returns the subfolder leaf of f as a namespace package's
// folder, when it exists.
func (f folder) namespace(leaf string) (folder, bool) {
	sub := f
	sub.dir = f.join(leaf)
	var fi fs.FileInfo
	var err error
	switch {
	case f.lib != nil:
		fi, err = fs.Stat(f.lib.fsys, sub.dir)
	case f.fsys != nil:
		fi, err = fs.Stat(f.fsys, sub.dir)
	default:
		fi, err = os.Stat(sub.dir)
	}
	return sub, err == nil && fi.IsDir()
}
