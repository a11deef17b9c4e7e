// This file defines the os.path module (CPython's posixpath).

package os

import (
	"os"
	"path/filepath"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

type osPathKey struct{}

// MakePath returns the os.path module of rt (one per runtime, shared
// with the os module's path attribute). Its members follow CPython's
// posixpath exactly for str arguments (bytes and os.PathLike are not
// accepted):
//
//	join(a, *p) -> str
//	split(p) -> (head, tail), splitext(p) -> (root, ext)
//	basename(p) -> str, dirname(p) -> str
//	normpath(p) -> str, abspath(p) -> str, realpath(p) -> str
//	isabs(p) -> bool, expanduser(p) -> str
//	exists(p), isfile(p), isdir(p), islink(p) -> bool   False for errors
//	getsize(p) -> int, getmtime(p) -> float            OSError for errors
//	sep '/'
func MakePath(rt *core.Runtime) (starlark.Value, error) {
	return rt.Shared(osPathKey{}, func() any { return newOSPathModule() }).(*core.Module), nil
}

func newOSPathModule() *core.Module {
	b := starlark.NewBuiltin
	return core.NewModule("posixpath", starlark.StringDict{
		"join": b("join", ospJoin),
		"split": b("split", ospStr1("split", func(p string) (starlark.Value, error) {
			h, t := ospSplit(p)
			return starlark.Tuple{starlark.String(h), starlark.String(t)}, nil
		})),
		"splitext": b("splitext", ospStr1("splitext", func(p string) (starlark.Value, error) {
			r, e := ospSplitext(p)
			return starlark.Tuple{starlark.String(r), starlark.String(e)}, nil
		})),
		"basename": b("basename", ospStr1("basename", func(p string) (starlark.Value, error) {
			return starlark.String(p[strings.LastIndexByte(p, '/')+1:]), nil
		})),
		"dirname":    b("dirname", ospStr1("dirname", func(p string) (starlark.Value, error) { h, _ := ospSplit(p); return starlark.String(h), nil })),
		"normpath":   b("normpath", ospStr1("normpath", func(p string) (starlark.Value, error) { return starlark.String(ospNormpath(p)), nil })),
		"abspath":    b("abspath", ospStr1("abspath", func(p string) (starlark.Value, error) { s, err := ospAbspath(p); return starlark.String(s), err })),
		"realpath":   b("realpath", ospStr1("realpath", ospRealpath)),
		"isabs":      b("isabs", ospStr1("isabs", func(p string) (starlark.Value, error) { return starlark.Bool(strings.HasPrefix(p, "/")), nil })),
		"expanduser": b("expanduser", ospStr1("expanduser", ospExpanduser)),
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
		"sep": starlark.String("/"),
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

func ospJoin(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
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
	return starlark.String(osPathJoin(parts...)), nil
}

// osPathJoin is posixpath.join.
func osPathJoin(parts ...string) string {
	path := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

// ospSplit is posixpath.split.
func ospSplit(p string) (head, tail string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail = p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

// ospSplitext is posixpath.splitext.
func ospSplitext(p string) (root, ext string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

// ospNormpath is posixpath.normpath.
func ospNormpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	s := strings.Repeat("/", initial) + strings.Join(out, "/")
	if s == "" {
		return "."
	}
	return s
}

// ospAbspath is posixpath.abspath.
func ospAbspath(p string) (string, error) {
	if !strings.HasPrefix(p, "/") {
		cwd, err := os.Getwd()
		if err != nil {
			return "", core.MapError(err)
		}
		p = osPathJoin(cwd, p)
	}
	return ospNormpath(p), nil
}

func ospRealpath(p string) (starlark.Value, error) {
	abs, err := ospAbspath(p)
	if err != nil {
		return nil, err
	}
	// Resolve the longest existing prefix; keep the rest as written.
	rest := ""
	for cur := abs; ; {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			if rest != "" {
				r = osPathJoin(r, rest)
			}
			return starlark.String(r), nil
		}
		h, t := ospSplit(cur)
		if t == "" || h == cur {
			return starlark.String(abs), nil
		}
		if rest == "" {
			rest = t
		} else {
			rest = t + "/" + rest
		}
		cur = h
	}
}

func ospExpanduser(p string) (starlark.Value, error) {
	if !strings.HasPrefix(p, "~") {
		return starlark.String(p), nil
	}
	i := strings.IndexByte(p, '/')
	if i < 0 {
		i = len(p)
	}
	var home string
	if i == 1 {
		h, ok := os.LookupEnv("HOME")
		if !ok {
			d, err := os.UserHomeDir()
			if err != nil {
				return starlark.String(p), nil
			}
			h = d
		}
		home = h
	} else {
		return starlark.String(p), nil // ~user: not supported, unchanged
	}
	home = strings.TrimRight(home, "/")
	if home == "" {
		home = "/"
		if i < len(p) {
			home = ""
		}
	}
	return starlark.String(home + p[i:]), nil
}
