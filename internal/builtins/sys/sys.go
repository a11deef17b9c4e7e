// This file defines the module value and its functions.

package sys

import (
	"encoding/binary"
	"fmt"
	"os"
	"runtime"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the sys module for rt. Its members, as in CPython:
//
//	argv                        list of str, from rt.Argv
//	exit(status=None)           raise SystemExit(status)
//	exc_info() -> (type, value, traceback) of the exception being handled, or (None, None, None)
//	exception() -> the exception being handled, or None
//	_getframe(depth=0) -> frame (f_back, f_code.co_filename/co_name, f_lineno; no f_globals)
//	stdout, stderr              write(s) -> int, writelines(lines), flush(), isatty(), fileno()
//	stdin                       readline(size=-1), read(size=-1), readlines(), isatty(), fileno()
//	__stdout__, __stderr__, __stdin__
//	getrecursionlimit(), setrecursionlimit(n)   stored only; Starlark has no recursion limit
//	getswitchinterval(), setswitchinterval(s)   stored only; the lock is handed over by steps
//	getdefaultencoding() -> 'utf-8', intern(s) -> s
//	platform, version, version_info, hexversion, maxsize, executable, byteorder
//	modules                     dict of the modules imported, by name (rt.SysModules)
//
// Differences from CPython: version_info is a plain tuple (3, 11, 0,
// 'final', 0), so that comparisons with tuples work, without the major and
// minor attributes; sys.path is not provided; sys.modules holds the
// modules imported so far (not those CPython imports at start-up). Assigning sys.stdout does not redirect
// print(). Each write to stdout or stderr reaches the runtime's stream in
// a single call.
func Make(rt *core.Runtime) (starlark.Value, error) {
	argv := make([]starlark.Value, len(rt.Argv))
	for i, a := range rt.Argv {
		argv[i] = starlark.String(a)
	}
	if len(argv) == 0 {
		argv = append(argv, starlark.String(""))
	}
	exe, err := os.Executable()
	if err != nil {
		exe = ""
	}
	byteorder := "big"
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		byteorder = "little"
	}
	platform := runtime.GOOS
	if platform == "windows" {
		platform = "win32"
	}
	st := &sysState{recursionLimit: 1000, switchInterval: 0.005}
	stdout := &sysStream{name: "<stdout>", out: rt.Stdout}
	stderr := &sysStream{name: "<stderr>", out: rt.Stderr}
	stdin := &sysStream{name: "<stdin>", in: sysStdinOf(rt)}
	b := starlark.NewBuiltin
	modules := rt.SysModules
	if modules == nil {
		modules = starlark.NewDict(0)
	}
	return core.NewModule("sys", starlark.StringDict{
		"modules":           modules,
		"argv":              starlark.NewList(argv),
		"exit":              b("exit", sysExit),
		"exc_info":          b("exc_info", sysExcInfo),
		"_getframe":         b("_getframe", sysGetframe),
		"exception":         b("exception", sysException),
		"stdout":            stdout,
		"stderr":            stderr,
		"stdin":             stdin,
		"__stdout__":        stdout,
		"__stderr__":        stderr,
		"__stdin__":         stdin,
		"getrecursionlimit": b("getrecursionlimit", st.getrecursionlimit),
		"setrecursionlimit": b("setrecursionlimit", st.setrecursionlimit),
		"getswitchinterval": b("getswitchinterval", st.getswitchinterval),
		"setswitchinterval": b("setswitchinterval", st.setswitchinterval),
		"getdefaultencoding": b("getdefaultencoding", func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return starlark.String("utf-8"), starlark.UnpackArgs(fn.Name(), args, kwargs)
		}),
		"intern":       b("intern", sysIntern),
		"platform":     starlark.String(platform),
		"version":      starlark.String(fmt.Sprintf("3.11.0 (pyconc, %s)", runtime.Version())),
		"version_info": starlark.Tuple{starlark.MakeInt(3), starlark.MakeInt(11), starlark.MakeInt(0), starlark.String("final"), starlark.MakeInt(0)},
		"hexversion":   starlark.MakeInt(0x030b00f0),
		"maxsize":      starlark.MakeInt64(1<<63 - 1),
		"executable":   starlark.String(exe),
		"byteorder":    starlark.String(byteorder),
	}), nil
}

// sysState holds the settable values of one sys module.
type sysState struct {
	mu             sync.Mutex
	recursionLimit int
	switchInterval float64
}

func sysExit(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var status starlark.Value = starlark.None
	if err := starlark.UnpackArgs("exit", args, kwargs, "status?", &status); err != nil {
		return nil, err
	}
	var exc *core.Instance
	if status == starlark.None {
		exc = core.NewException(core.SystemExit)
	} else {
		exc = core.NewException(core.SystemExit, status)
	}
	exc.SetOwn("code", status)
	return nil, &core.PyError{Value: exc}
}

// sysHandled returns the exception being handled by the calling thread.
func sysHandled(th *starlark.Thread) *core.PyError {
	ts := core.StateOf(th)
	if ts == nil || len(ts.Handling) == 0 {
		return nil
	}
	return ts.Handling[len(ts.Handling)-1]
}

func sysExcInfo(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("exc_info", args, kwargs); err != nil {
		return nil, err
	}
	if e := sysHandled(th); e != nil {
		return starlark.Tuple{e.Value.Class, e.Value, core.TracebackOf(e.Value)}, nil
	}
	return starlark.Tuple{starlark.None, starlark.None, starlark.None}, nil
}

func sysException(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("exception", args, kwargs); err != nil {
		return nil, err
	}
	if e := sysHandled(th); e != nil {
		return e.Value, nil
	}
	return starlark.None, nil
}

func sysIntern(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var s starlark.Value
	if err := starlark.UnpackArgs("intern", args, kwargs, "string", &s); err != nil {
		return nil, err
	}
	if _, ok := s.(starlark.String); !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("intern() argument must be str, not %s", core.TypeName(s)))
	}
	return s, nil
}

func (st *sysState) getrecursionlimit(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("getrecursionlimit", args, kwargs); err != nil {
		return nil, err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return starlark.MakeInt(st.recursionLimit), nil
}

func (st *sysState) setrecursionlimit(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackArgs("setrecursionlimit", args, kwargs, "limit", &v); err != nil {
		return nil, err
	}
	n, err := starlark.AsInt32(v)
	if err != nil {
		if _, isInt := v.(starlark.Int); isInt {
			return nil, core.NewError(core.OverflowError, "Python int too large to convert to C int")
		}
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(v)))
	}
	if n < 1 {
		return nil, core.NewError(core.ValueError, "recursion limit must be greater or equal than 1")
	}
	st.mu.Lock()
	st.recursionLimit = n
	st.mu.Unlock()
	return starlark.None, nil
}

func (st *sysState) getswitchinterval(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("getswitchinterval", args, kwargs); err != nil {
		return nil, err
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return starlark.Float(st.switchInterval), nil
}

func (st *sysState) setswitchinterval(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackArgs("setswitchinterval", args, kwargs, "interval", &v); err != nil {
		return nil, err
	}
	f, err := core.Real(v)
	if err != nil {
		return nil, err
	}
	if f <= 0 {
		return nil, core.NewError(core.ValueError, "switch interval must be strictly positive")
	}
	st.mu.Lock()
	st.switchInterval = f
	st.mu.Unlock()
	return starlark.None, nil
}
