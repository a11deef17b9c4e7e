// This file defines the os module, os.environ and the OSError mapping of Go errors.

package builtins

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// MakeOS makes the os module for rt. Its members, as in CPython on Linux:
//
//	getpid() -> int, getppid() -> int, getuid() -> int, cpu_count() -> int
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
// os.environ is a snapshot of the environment taken when the module is
// created: environ['HOME'], environ.get(k, default), k in environ, len,
// iteration, keys/values/items/copy/pop/setdefault; assigning
// environ[k] = v also sets the process environment. Deleting items (del
// environ[k]) is not supported.
//
// Failures raise OSError subclasses with CPython's messages, such as
// FileNotFoundError: [Errno 2] No such file or directory: 'x'; the errno,
// strerror and filename attributes are set. (Their args is the message
// alone, not CPython's (errno, strerror).)
func MakeOS(rt *core.Runtime) (starlark.Value, error) {
	path, err := MakeOSPath(rt)
	if err != nil {
		return nil, err
	}
	b := starlark.NewBuiltin
	return core.NewModule("os", starlark.StringDict{
		"getpid":    b("getpid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getpid()) })),
		"getppid":   b("getppid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getppid()) })),
		"getuid":    b("getuid", osNoArgs(func() starlark.Value { return starlark.MakeInt(os.Getuid()) })),
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
		"path":    path,
		"name":    starlark.String("posix"),
		"sep":     starlark.String("/"),
		"altsep":  starlark.None,
		"extsep":  starlark.String("."),
		"pathsep": starlark.String(":"),
		"linesep": starlark.String("\n"),
		"curdir":  starlark.String("."),
		"pardir":  starlark.String(".."),
		"devnull": starlark.String("/dev/null"),
	}), nil
}

func osNoArgs(f func() starlark.Value) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackArgs(fn.Name(), args, kwargs); err != nil {
			return nil, err
		}
		return f(), nil
	}
}

// osError converts an error of package os into the OSError subclass
// CPython raises for its errno: "[Errno 2] No such file or directory: 'x'".
func osError(err error) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return core.NewError(core.OSError, err.Error())
	}
	var files []string
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		files = []string{pe.Path}
	case errors.As(err, &le):
		files = []string{le.Old, le.New}
	}
	return osErrno(errno, files...)
}

// osErrno makes the OSError of errno about files (none, one, or a
// source and a destination).
func osErrno(errno syscall.Errno, files ...string) error {
	cls := core.OSError
	switch errno {
	case syscall.ENOENT:
		cls = core.FileNotFoundError
	case syscall.EEXIST:
		cls = core.FileExistsError
	case syscall.EACCES, syscall.EPERM:
		cls = core.PermissionError
	case syscall.EISDIR:
		cls = core.IsADirectoryError
	case syscall.ESRCH:
		cls = core.ProcessLookupError
	case syscall.EPIPE, syscall.ESHUTDOWN:
		cls = core.BrokenPipeError
	case syscall.ETIMEDOUT:
		cls = core.TimeoutError
	}
	strerror := errno.Error()
	if strerror != "" {
		// Go's texts are C's strerror with a lower-case first letter.
		strerror = strings.ToUpper(strerror[:1]) + strerror[1:]
	}
	msg := fmt.Sprintf("[Errno %d] %s", int(errno), strerror)
	if len(files) > 0 {
		msg += ": " + pyStrRepr(files[0])
	}
	if len(files) > 1 {
		msg += " -> " + pyStrRepr(files[1])
	}
	exc := core.NewException(cls, starlark.String(msg))
	exc.SetOwn("errno", starlark.MakeInt(int(errno)))
	exc.SetOwn("strerror", starlark.String(strerror))
	exc.SetOwn("filename", starlark.None)
	exc.SetOwn("filename2", starlark.None)
	if len(files) > 0 {
		exc.SetOwn("filename", starlark.String(files[0]))
	}
	if len(files) > 1 {
		exc.SetOwn("filename2", starlark.String(files[1]))
	}
	return &core.PyError{Value: exc}
}

// pyStrRepr returns Python's repr of a str.
func pyStrRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == 0xFFFD:
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && r < 0xa0:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
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
			return nil, osError(err)
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
		return nil, osError(err)
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
		return nil, osError(err)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		if errors.Is(err, syscall.ENOTDIR) {
			return nil, osErrno(syscall.ENOTDIR, s)
		}
		return nil, osError(err)
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
		return nil, osError(err)
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
			return nil, osErrno(syscall.EEXIST, s)
		}
		return starlark.None, nil
	}
	if err := os.MkdirAll(s, m); err != nil {
		return nil, osError(err)
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
		return nil, osError(err)
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
			walk(osPathJoin(dir, name))
		}
		if !topdown {
			out = append(out, entry)
		}
	}
	walk(root)
	return starlark.NewList(out), nil
}

func osKill(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pid, sig int
	if err := starlark.UnpackArgs("kill", args, kwargs, "pid", &pid, "signal", &sig); err != nil {
		return nil, err
	}
	if err := syscall.Kill(pid, syscall.Signal(sig)); err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return nil, osErrno(errno)
		}
		return nil, osError(err)
	}
	return starlark.None, nil
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
		return nil, osError(err)
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

// osEnviron is os.environ: a mapping of environment variables.
type osEnviron struct {
	mu   sync.Mutex
	keys []string // in the order of the environment snapshot, then insertion
	vars map[string]string
}

type osEnvironKey struct{}

// osEnvironOf returns the runtime's os.environ, creating it once.
func osEnvironOf(rt *core.Runtime) *osEnviron {
	return rt.Shared(osEnvironKey{}, func() any {
		e := &osEnviron{vars: map[string]string{}}
		for _, kv := range os.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			if _, dup := e.vars[k]; !dup {
				e.keys = append(e.keys, k)
			}
			e.vars[k] = v
		}
		return e
	}).(*osEnviron)
}

var (
	_ starlark.IterableMapping = (*osEnviron)(nil)
	_ starlark.HasSetKey       = (*osEnviron)(nil)
	_ starlark.HasAttrs        = (*osEnviron)(nil)
	_ starlark.Sequence        = (*osEnviron)(nil)
)

// String returns "environ({'HOME': '/root', ...})".
func (e *osEnviron) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var b strings.Builder
	b.WriteString("environ({")
	for i, k := range e.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(pyStrRepr(k) + ": " + pyStrRepr(e.vars[k]))
	}
	b.WriteString("})")
	return b.String()
}

// Type returns "_Environ".
func (e *osEnviron) Type() string { return "_Environ" }

// Freeze does nothing: environ stays mutable.
func (e *osEnviron) Freeze() {}

// Truth reports whether the environment is not empty.
func (e *osEnviron) Truth() starlark.Bool { return e.Len() > 0 }

// Hash fails: environ is unhashable.
func (e *osEnviron) Hash() (uint32, error) {
	return 0, core.NewError(core.TypeError, "unhashable type: '_Environ'")
}

// Len returns the number of variables.
func (e *osEnviron) Len() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.keys)
}

// Get returns a variable; a missing key is a KeyError.
func (e *osEnviron) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return nil, false, core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(k)))
	}
	e.mu.Lock()
	v, found := e.vars[string(s)]
	e.mu.Unlock()
	if !found {
		return nil, false, &core.PyError{Value: core.NewException(core.KeyError, k)}
	}
	return starlark.String(v), true, nil
}

// SetKey sets a variable here and in the process environment.
func (e *osEnviron) SetKey(k, v starlark.Value) error {
	ks, ok := k.(starlark.String)
	if !ok {
		return core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(k)))
	}
	vs, ok := v.(starlark.String)
	if !ok {
		return core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(v)))
	}
	if strings.ContainsAny(string(ks), "=\x00") || string(ks) == "" {
		return core.NewError(core.ValueError, "illegal environment variable name")
	}
	if err := os.Setenv(string(ks), string(vs)); err != nil {
		return osError(err)
	}
	e.mu.Lock()
	if _, had := e.vars[string(ks)]; !had {
		e.keys = append(e.keys, string(ks))
	}
	e.vars[string(ks)] = string(vs)
	e.mu.Unlock()
	return nil
}

// unset removes a variable here and in the process environment.
func (e *osEnviron) unset(k string) {
	os.Unsetenv(k)
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, had := e.vars[k]; !had {
		return
	}
	delete(e.vars, k)
	for i, x := range e.keys {
		if x == k {
			e.keys = append(e.keys[:i:i], e.keys[i+1:]...)
			break
		}
	}
}

func (e *osEnviron) snapshot() (keys []string, vals []string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	keys = append([]string(nil), e.keys...)
	vals = make([]string, len(keys))
	for i, k := range keys {
		vals[i] = e.vars[k]
	}
	return keys, vals
}

// Iterate iterates over the names (of a snapshot).
func (e *osEnviron) Iterate() starlark.Iterator {
	keys, _ := e.snapshot()
	t := make(starlark.Tuple, len(keys))
	for i, k := range keys {
		t[i] = starlark.String(k)
	}
	return t.Iterate()
}

// Items returns the (name, value) pairs.
func (e *osEnviron) Items() []starlark.Tuple {
	keys, vals := e.snapshot()
	out := make([]starlark.Tuple, len(keys))
	for i := range keys {
		out[i] = starlark.Tuple{starlark.String(keys[i]), starlark.String(vals[i])}
	}
	return out
}

var osEnvironMethods = map[string]func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"get": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k starlark.Value
		var def starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		if _, ok := k.(starlark.String); !ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(k)))
		}
		if v, found, _ := e.Get(k); found {
			return v, nil
		}
		return def, nil
	},
	"keys": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 0); err != nil {
			return nil, err
		}
		keys, _ := e.snapshot()
		l := make([]starlark.Value, len(keys))
		for i, k := range keys {
			l[i] = starlark.String(k)
		}
		return starlark.NewList(l), nil
	},
	"values": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 0); err != nil {
			return nil, err
		}
		_, vals := e.snapshot()
		l := make([]starlark.Value, len(vals))
		for i, v := range vals {
			l[i] = starlark.String(v)
		}
		return starlark.NewList(l), nil
	},
	"items": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 0); err != nil {
			return nil, err
		}
		items := e.Items()
		l := make([]starlark.Value, len(items))
		for i, it := range items {
			l[i] = it
		}
		return starlark.NewList(l), nil
	},
	"copy": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 0); err != nil {
			return nil, err
		}
		items := e.Items()
		d := starlark.NewDict(len(items))
		for _, it := range items {
			_ = d.SetKey(it[0], it[1])
		}
		return d, nil
	},
	"pop": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k, def starlark.Value
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 1, &k, &def); err != nil {
			return nil, err
		}
		v, found, err := e.Get(k)
		if !found {
			if def != nil {
				return def, nil
			}
			return nil, err
		}
		e.unset(string(k.(starlark.String)))
		return v, nil
	},
	"setdefault": func(e *osEnviron, fn string, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var k, def starlark.Value
		if err := starlark.UnpackPositionalArgs(fn, args, kwargs, 2, &k, &def); err != nil {
			return nil, err
		}
		if v, found, _ := e.Get(k); found {
			return v, nil
		}
		if err := e.SetKey(k, def); err != nil {
			return nil, err
		}
		return def, nil
	},
}

// Attr returns a bound method: get, keys, values, items, copy, pop, setdefault.
func (e *osEnviron) Attr(name string) (starlark.Value, error) {
	m, ok := osEnvironMethods[name]
	if !ok {
		return nil, nil
	}
	return starlark.NewBuiltin(name, func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return m(e, name, args, kwargs)
	}).BindReceiver(e), nil
}

// AttrNames lists the methods.
func (e *osEnviron) AttrNames() []string {
	names := make([]string, 0, len(osEnvironMethods))
	for k := range osEnvironMethods {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
