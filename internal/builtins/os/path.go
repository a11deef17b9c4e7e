// This file defines the os.path module: posixpath on Unix, ntpath on
// Windows, over the path operations of a flavor.

package os

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// A flavor is the path syntax of a platform: posix or nt.
type flavor struct {
	module      string // the module's name, "posixpath" or "ntpath"
	sep, altsep string // the separator, and the other one accepted ("" for none)
	join        func(parts ...string) string
	split       func(p string) (head, tail string)
	splitext    func(p string) (root, ext string)
	splitdrive  func(p string) (drive, rest string)
	normpath    func(p string) string
	normcase    func(p string) string
	isabs       func(p string) bool
	home        func() (string, bool) // the user's home folder, for expanduser
}

// native is the flavor of the platform pyconc runs on.
var native = flavorOf(runtime.GOOS)

func flavorOf(goos string) *flavor {
	if goos == "windows" {
		return nt
	}
	return posix
}

type osPathKey struct{}

// MakePath returns the os.path module of rt (one per runtime, shared
// with the os module's path attribute): CPython's posixpath, or ntpath on
// Windows. Its members follow CPython's for str arguments (bytes and
// os.PathLike are not accepted):
//
//	join(a, *p) -> str
//	split(p) -> (head, tail), splitext(p) -> (root, ext), splitdrive(p) -> (drive, rest)
//	basename(p) -> str, dirname(p) -> str
//	normpath(p) -> str, normcase(p) -> str, abspath(p) -> str, realpath(p) -> str
//	isabs(p) -> bool, expanduser(p) -> str   (~user is left unchanged)
//	exists(p), isfile(p), isdir(p), islink(p) -> bool   False for errors
//	getsize(p) -> int, getmtime(p) -> float            OSError for errors
//	sep '/' (ntpath: '\\'), altsep None (ntpath: '/')
func MakePath(rt *core.Runtime) (starlark.Value, error) {
	return rt.Shared(osPathKey{}, func() any { return newPathModule(native) }).(*core.Module), nil
}

func newPathModule(f *flavor) *core.Module {
	b := starlark.NewBuiltin
	pair := func(x, y string) (starlark.Value, error) {
		return starlark.Tuple{starlark.String(x), starlark.String(y)}, nil
	}
	str := func(fn func(string) string) func(string) (starlark.Value, error) {
		return func(p string) (starlark.Value, error) { return starlark.String(fn(p)), nil }
	}
	var altsep starlark.Value = starlark.None
	if f.altsep != "" {
		altsep = starlark.String(f.altsep)
	}
	return core.NewModule(f.module, starlark.StringDict{
		"join":       b("join", f.joinBuiltin),
		"split":      b("split", ospStr1("split", func(p string) (starlark.Value, error) { return pair(f.split(p)) })),
		"splitext":   b("splitext", ospStr1("splitext", func(p string) (starlark.Value, error) { return pair(f.splitext(p)) })),
		"splitdrive": b("splitdrive", ospStr1("splitdrive", func(p string) (starlark.Value, error) { return pair(f.splitdrive(p)) })),
		"basename":   b("basename", ospStr1("basename", str(func(p string) string { _, t := f.split(p); return t }))),
		"dirname":    b("dirname", ospStr1("dirname", str(func(p string) string { h, _ := f.split(p); return h }))),
		"normpath":   b("normpath", ospStr1("normpath", str(f.normpath))),
		"normcase":   b("normcase", ospStr1("normcase", str(f.normcase))),
		"abspath": b("abspath", ospStr1("abspath", func(p string) (starlark.Value, error) {
			s, err := f.abspath(p)
			return starlark.String(s), err
		})),
		"realpath":   b("realpath", ospStr1("realpath", f.realpath)),
		"isabs":      b("isabs", ospStr1("isabs", func(p string) (starlark.Value, error) { return starlark.Bool(f.isabs(p)), nil })),
		"expanduser": b("expanduser", ospStr1("expanduser", str(f.expanduser))),
		"exists":     b("exists", ospStat("exists", os.Stat, func(fi os.FileInfo) bool { return true })),
		"isfile":     b("isfile", ospStat("isfile", os.Stat, func(fi os.FileInfo) bool { return fi.Mode().IsRegular() })),
		"isdir":      b("isdir", ospStat("isdir", os.Stat, func(fi os.FileInfo) bool { return fi.IsDir() })),
		"islink":     b("islink", ospStat("islink", os.Lstat, func(fi os.FileInfo) bool { return fi.Mode()&os.ModeSymlink != 0 })),
		"getsize": b("getsize", ospStr1("getsize", func(p string) (starlark.Value, error) {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, core.MapError(err)
			}
			return starlark.MakeInt64(fi.Size()), nil
		})),
		"getmtime": b("getmtime", ospStr1("getmtime", func(p string) (starlark.Value, error) {
			fi, err := os.Stat(p)
			if err != nil {
				return nil, core.MapError(err)
			}
			return starlark.Float(float64(fi.ModTime().UnixNano()) / 1e9), nil
		})),
		"sep":    starlark.String(f.sep),
		"altsep": altsep,
	})
}

// ospStr1 makes a built-in of one str argument.
func ospStr1(name string, f func(string) (starlark.Value, error)) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var p starlark.Value
		if err := starlark.UnpackArgs(name, args, kwargs, "p", &p); err != nil {
			return nil, err
		}
		s, ok := p.(starlark.String)
		if !ok {
			return nil, ospTypeError(name, p)
		}
		return f(string(s))
	}
}

// ospTypeError is CPython's TypeError for a path argument of the wrong type.
func ospTypeError(fn string, v starlark.Value) error {
	switch fn {
	case "exists", "isfile", "isdir", "getsize", "getmtime":
		return core.NewError(core.TypeError, "stat: path should be string, bytes, os.PathLike or integer, not "+core.TypeName(v))
	case "islink":
		return core.NewError(core.TypeError, "lstat: path should be string, bytes or os.PathLike, not "+core.TypeName(v))
	}
	return core.NewError(core.TypeError, "expected str, bytes or os.PathLike object, not "+core.TypeName(v))
}

// ospStat makes a predicate on the file information of a path: False
// when the path cannot be examined.
func ospStat(name string, stat func(string) (os.FileInfo, error), pred func(os.FileInfo) bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return ospStr1(name, func(p string) (starlark.Value, error) {
		fi, err := stat(p)
		if err != nil {
			return starlark.False, nil
		}
		return starlark.Bool(pred(fi)), nil
	})
}

// joinBuiltin is join(a, *p).
func (f *flavor) joinBuiltin(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, core.NewError(core.TypeError, "join() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, core.NewError(core.TypeError, "join() missing 1 required positional argument: 'a'")
	}
	parts := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(starlark.String)
		if !ok {
			return nil, core.NewError(core.TypeError, "join() argument must be str, bytes, or os.PathLike object, not '"+core.TypeName(a)+"'")
		}
		parts[i] = string(s)
	}
	return starlark.String(f.join(parts...)), nil
}

// abspath is abspath(p): p joined to the working directory when relative,
// normalised.
func (f *flavor) abspath(p string) (string, error) {
	if !f.isabs(p) {
		cwd, err := os.Getwd()
		if err != nil {
			return "", core.MapError(err)
		}
		p = f.join(cwd, p)
	}
	return f.normpath(p), nil
}

// realpath is realpath(p): the absolute path with the symbolic links of
// its longest existing prefix resolved, the rest kept as written.
func (f *flavor) realpath(p string) (starlark.Value, error) {
	abs, err := f.abspath(p)
	if err != nil {
		return nil, err
	}
	// Resolve the longest existing prefix; keep the rest as written.
	rest := ""
	for cur := abs; ; {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			if rest != "" {
				r = f.join(r, rest)
			}
			return starlark.String(r), nil
		}
		h, t := f.split(cur)
		if t == "" || h == cur {
			return starlark.String(abs), nil
		}
		if rest == "" {
			rest = t
		} else {
			rest = t + f.sep + rest
		}
		cur = h
	}
}

// expanduser is expanduser(p): a leading "~" replaced by the user's home
// folder; "~user" is left unchanged (pyconc does not look users up).
func (f *flavor) expanduser(p string) string {
	if !strings.HasPrefix(p, "~") {
		return p
	}
	i := 1
	for i < len(p) && !strings.ContainsRune(f.sep+f.altsep, rune(p[i])) {
		i++
	}
	if i != 1 {
		return p
	}
	home, ok := f.home()
	if !ok {
		return p
	}
	if f == posix {
		home = strings.TrimRight(home, "/")
		if home == "" {
			home = "/"
			if i < len(p) {
				home = ""
			}
		}
	}
	return home + p[i:]
}
