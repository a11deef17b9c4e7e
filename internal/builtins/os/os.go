// This file defines the os module value and its functions.

package os

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the os module for rt. Its members, as in CPython on Linux:
//
//	getpid() -> int, getppid() -> int, getuid() -> int (not on Windows), cpu_count() -> int
//	getenv(key, default=None) -> str
//	putenv(key, value)                       also updates os.environ
//	environ                                  mapping of the environment (see below)
//	getcwd() -> str, chdir(path)
//	listdir(path='.') -> list of str         names sorted (CPython: directory order)
//	mkdir(path, mode=0o777), makedirs(name, mode=0o777, exist_ok=False)
//	remove(path), unlink(path), rmdir(path)
//	rename(src, dst), replace(src, dst)
//	walk(top, topdown=True) -> list of (dirpath, dirnames, filenames)   a list, not a generator
//	kill(pid, sig)
//	urandom(size) -> bytes
//	_exit(n)                                 ends the program at once, skipping cleanup
//	path                                     the os.path module
//	name 'posix', sep '/', altsep None, extsep '.', pathsep ':', linesep '\n',
//	curdir '.', pardir '..', devnull '/dev/null'
//
// On Windows, name is 'nt', sep '\\', altsep '/', pathsep ';', linesep
// '\r\n' and devnull 'nul'; os.path is ntpath; getuid is absent as in
// CPython, and kill(pid, sig) terminates the process whatever sig is
// (TerminateProcess), as CPython does for signals other than the console
// events.
//
// os.environ is a snapshot of the environment taken when the module is
// created: environ['HOME'], environ.get(k, default), k in environ, len,
// iteration, keys/values/items/copy/pop/setdefault; assigning
// environ[k] = v also sets the process environment. Deleting items (del
// environ[k]) is not supported.
//
// On Unix, pipe, read, write, close, dup, dup2 and fdopen work on file
// descriptors (ints) as CPython's; the descriptors they make are not
// inheritable.
//
// Failures raise OSError subclasses with CPython's messages (core.MapError),
// such as FileNotFoundError: [Errno 2] No such file or directory: 'x'; the
// errno, strerror and filename attributes are set. (Their args is the
// message alone, not CPython's (errno, strerror).)
func Make(rt *core.Runtime) (starlark.Value, error) {
	path, err := MakePath(rt)
	if err != nil {
		return nil, err
	}
	b := starlark.NewBuiltin
	members := starlark.StringDict{
		"getpid":    b("getpid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getpid()) })),
		"getppid":   b("getppid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getppid()) })),
		"cpu_count": b("cpu_count", osNoArgs(func() starlark.Value { return starlark.MakeInt(runtime.NumCPU()) })),
		"getenv":    b("getenv", osGetenv),
		"putenv":    b("putenv", osPutenv),
		"environ":   osEnvironOf(rt),
		"getcwd":    b("getcwd", osGetcwd),
		"chdir":     b("chdir", osPathFunc("chdir", os.Chdir)),
		"listdir":   b("listdir", osListdir),
		"mkdir":     b("mkdir", osMkdir),
		"makedirs":  b("makedirs", osMakedirs),
		"remove":    b("remove", osPathFunc("remove", osRemoveFile)),
		"unlink":    b("unlink", osPathFunc("unlink", osRemoveFile)),
		"rmdir":     b("rmdir", osPathFunc("rmdir", osRmdir)),
		"rename":    b("rename", osRename),
		"replace":   b("replace", osRename),
		"walk":      b("walk", osWalk),
		"kill":      b("kill", osKill),
		"urandom":   b("urandom", osUrandom),
		"_exit": b("_exit", func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return osExit(rt, args, kwargs)
		}),
		"path":   path,
		"extsep": starlark.String("."),
		"curdir": starlark.String("."),
		"pardir": starlark.String(".."),
	}
	for name, v := range platformMembers() {
		members[name] = v
	}
	for _, name := range []string{"sep", "altsep"} {
		members[name], _ = path.(*core.Module).Attr(name)
	}
	for name, f := range fdFunctions() {
		members[name] = b(name, f)
	}
	return core.NewModule("os", members), nil
}

func osNoArgs(f func() starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackArgs(fn.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return f(), nil
	}
}

// osStrArg checks that v is a str, with CPython's message for path arguments.
func osStrArg(fn string, v starlark.Value) (string, error) {
	if s, ok := v.(starlark.String); ok {
		return string(s), nil
	}
	return "", core.NewError(core.TypeError, fmt.Sprintf("%s: path should be string, bytes or os.PathLike, not %s", fn, core.TypeName(v)))
}

// osPathFunc makes a built-in fn(path) that calls do.
func osPathFunc(name string, do func(string) error) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var p starlark.Value
		if err := starlark.UnpackArgs(name, args, kwargs, "path", &p); err != nil {
			return nil, err
		}
		s, err := osStrArg(name, p)
		if err != nil {
			return nil, err
		}
		if err := do(s); err != nil {
			return nil, core.MapError(err)
		}
		return starlark.None, nil
	}
}

// osRemoveFile removes a file but not a directory (os.remove).
func osRemoveFile(p string) error {
	if err := syscall.Unlink(p); err != nil {
		return &fs.PathError{Op: "unlink", Path: p, Err: err}
	}
	return nil
}

// osRmdir removes an empty directory (os.rmdir).
func osRmdir(p string) error {
	if err := syscall.Rmdir(p); err != nil {
		return &fs.PathError{Op: "rmdir", Path: p, Err: err}
	}
	return nil
}

func osGetenv(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key starlark.Value
	var def starlark.Value = starlark.None
	if err := starlark.UnpackArgs("getenv", args, kwargs, "key", &key, "default?", &def); err != nil {
		return nil, err
	}
	k, ok := key.(starlark.String)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(key)))
	}
	if v, ok := os.LookupEnv(string(k)); ok {
		return starlark.String(v), nil
	}
	return def, nil
}

func osPutenv(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var key, value starlark.Value
	if err := starlark.UnpackArgs("putenv", args, kwargs, "key", &key, "value", &value); err != nil {
		return nil, err
	}
	rt := core.RuntimeOf(th)
	if rt == nil {
		return nil, errors.New("putenv: no runtime")
	}
	return starlark.None, osEnvironOf(rt).SetKey(key, value)
}

func osGetcwd(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("getcwd", args, kwargs); err != nil {
		return nil, err
	}
	d, err := os.Getwd()
	if err != nil {
		return nil, core.MapError(err)
	}
	return starlark.String(d), nil
}

func osListdir(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p starlark.Value = starlark.String(".")
	if err := starlark.UnpackArgs("listdir", args, kwargs, "path?", &p); err != nil {
		return nil, err
	}
	if p == starlark.None {
		p = starlark.String(".")
	}
	s, err := osStrArg("listdir", p)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(s)
	if err != nil {
		return nil, core.MapError(err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, core.MapError(err, s)
	}
	sort.Strings(names)
	list := make([]starlark.Value, len(names))
	for i, n := range names {
		list[i] = starlark.String(n)
	}
	return starlark.NewList(list), nil
}

func osMode(v starlark.Value) (fs.FileMode, error) {
	if v == nil {
		return 0o777, nil
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		return 0, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(v)))
	}
	return fs.FileMode(n) & fs.ModePerm, nil
}

func osMkdir(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p, mode starlark.Value
	if err := starlark.UnpackArgs("mkdir", args, kwargs, "path", &p, "mode?", &mode); err != nil {
		return nil, err
	}
	s, err := osStrArg("mkdir", p)
	if err != nil {
		return nil, err
	}
	m, err := osMode(mode)
	if err != nil {
		return nil, err
	}
	if err := os.Mkdir(s, m); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}

func osMakedirs(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var p, mode starlark.Value
	var existOK bool
	if err := starlark.UnpackArgs("makedirs", args, kwargs, "name", &p, "mode?", &mode, "exist_ok?", &existOK); err != nil {
		return nil, err
	}
	s, err := osStrArg("makedirs", p)
	if err != nil {
		return nil, err
	}
	m, err := osMode(mode)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(s); err == nil {
		if !existOK || !fi.IsDir() {
			return nil, core.OSErrorOf(syscall.EEXIST, s)
		}
		return starlark.None, nil
	}
	if err := os.MkdirAll(s, m); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}

func osRename(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var src, dst starlark.Value
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "src", &src, "dst", &dst); err != nil {
		return nil, err
	}
	s, err := osStrArg(fn.Name(), src)
	if err != nil {
		return nil, err
	}
	d, err := osStrArg(fn.Name(), dst)
	if err != nil {
		return nil, err
	}
	if err := os.Rename(s, d); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}

func osWalk(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var top starlark.Value
	topdown := true
	if err := starlark.UnpackArgs("walk", args, kwargs, "top", &top, "topdown?", &topdown); err != nil {
		return nil, err
	}
	root, err := osStrArg("walk", top)
	if err != nil {
		return nil, err
	}
	var out []starlark.Value
	var walk func(dir string)
	walk = func(dir string) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return // os.walk ignores errors by default
		}
		var dirs, files []starlark.Value
		var sub []string
		for _, e := range entries {
			isDir := e.IsDir()
			if e.Type()&fs.ModeSymlink != 0 {
				if fi, err := os.Stat(filepath.Join(dir, e.Name())); err == nil && fi.IsDir() {
					dirs = append(dirs, starlark.String(e.Name()))
					continue // listed, not followed (followlinks=False)
				}
			}
			if isDir {
				dirs = append(dirs, starlark.String(e.Name()))
				sub = append(sub, e.Name())
			} else {
				files = append(files, starlark.String(e.Name()))
			}
		}
		entry := starlark.Tuple{starlark.String(dir), starlark.NewList(dirs), starlark.NewList(files)}
		if topdown {
			out = append(out, entry)
		}
		for _, name := range sub {
			walk(native.join(dir, name))
		}
		if !topdown {
			out = append(out, entry)
		}
	}
	walk(root)
	return starlark.NewList(out), nil
}

func osUrandom(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n int
	if err := starlark.UnpackArgs("urandom", args, kwargs, "size", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, core.NewError(core.ValueError, "negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.Bytes(buf), nil
}

// osExit is os._exit(n): the runtime's HardExit hook when installed,
// otherwise the runtime is aborted with an *core.ExitError. In both cases
// the calling thread stops with a CancelledError wrapping the ExitError.
func osExit(rt *core.Runtime, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n int
	if err := starlark.UnpackArgs("_exit", args, kwargs, "status", &n); err != nil {
		return nil, err
	}
	exit := &core.ExitError{Code: n}
	if rt.HardExit != nil {
		rt.HardExit(n)
	}
	rt.Abort(exit)
	return nil, &core.CancelledError{Cause: exit}
}
