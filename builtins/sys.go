// This file defines the sys module and its standard stream objects.

package builtins

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// MakeSys makes the sys module for rt. Its members, as in CPython:
//
//	argv                        list of str, from rt.Argv
//	exit(status=None)           raise SystemExit(status)
//	exc_info() -> (type, value, None) of the exception being handled, or (None, None, None)
//	exception() -> the exception being handled, or None
//	stdout, stderr              write(s) -> int, writelines(lines), flush(), isatty(), fileno()
//	stdin                       readline(size=-1), read(size=-1), readlines(), isatty(), fileno()
//	__stdout__, __stderr__, __stdin__
//	getrecursionlimit(), setrecursionlimit(n)   stored only; Starlark has no recursion limit
//	getswitchinterval(), setswitchinterval(s)   stored only; the lock is handed over by steps
//	getdefaultencoding() -> 'utf-8', intern(s) -> s
//	platform, version, version_info, hexversion, maxsize, executable, byteorder
//
// Differences from CPython: version_info is a plain tuple (3, 11, 0,
// 'final', 0), so that comparisons with tuples work, without the major and
// minor attributes; exc_info's traceback is always None; sys.modules and
// sys.path are not provided. Assigning sys.stdout does not redirect
// print(). Each write to stdout or stderr reaches the runtime's stream in
// a single call.
func MakeSys(rt *core.Runtime) (starlark.Value, error) {
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
	return core.NewModule("sys", starlark.StringDict{
		"argv":              starlark.NewList(argv),
		"exit":              b("exit", sysExit),
		"exc_info":          b("exc_info", sysExcInfo),
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
		return starlark.Tuple{e.Value.Class, e.Value, starlark.None}, nil
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
	f, err := rndReal(v)
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

// sysStream is sys.stdout, sys.stderr (out set) or sys.stdin (in set).
type sysStream struct {
	name string
	out  *core.Output
	in   *sysStdin
}

var _ starlark.HasAttrs = (*sysStream)(nil)

// String returns CPython's repr: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>.
func (s *sysStream) String() string {
	return fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s.name, s.mode())
}

func (s *sysStream) mode() string {
	if s.in != nil {
		return "r"
	}
	return "w"
}

// Type returns "_io.TextIOWrapper".
func (s *sysStream) Type() string { return "_io.TextIOWrapper" }

// Freeze does nothing.
func (s *sysStream) Freeze() {}

// Truth returns True.
func (s *sysStream) Truth() starlark.Bool { return starlark.True }

// Hash hashes by name (there is one stream object per name and runtime).
func (s *sysStream) Hash() (uint32, error) { return starlark.String(s.name).Hash() }

var (
	sysOutMethods = []string{"fileno", "flush", "isatty", "writable", "readable", "write", "writelines"}
	sysInMethods  = []string{"fileno", "flush", "isatty", "writable", "readable", "read", "readline", "readlines"}
)

// AttrNames lists the attributes.
func (s *sysStream) AttrNames() []string {
	names := []string{"closed", "encoding", "errors", "mode", "name"}
	if s.in != nil {
		return append(names, sysInMethods...)
	}
	return append(names, sysOutMethods...)
}

// Attr returns the stream's attributes and bound methods.
func (s *sysStream) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(s.name), nil
	case "mode":
		return starlark.String(s.mode()), nil
	case "encoding":
		return starlark.String("utf-8"), nil
	case "errors":
		return starlark.String("strict"), nil
	case "closed":
		return starlark.False, nil
	}
	methods := sysOutMethods
	if s.in != nil {
		methods = sysInMethods
	}
	for _, m := range methods {
		if m == name {
			return starlark.NewBuiltin(name, s.call).BindReceiver(s), nil
		}
	}
	return nil, nil
}

// file returns the *os.File under the stream, if any.
func (s *sysStream) file() *os.File {
	var x any
	if s.in != nil {
		x = s.in.r
	} else {
		x = s.out.Writer()
	}
	f, _ := x.(*os.File)
	return f
}

// call implements the stream methods.
func (s *sysStream) call(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	name := fn.Name()
	switch name {
	case "write":
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		str, ok := v.(starlark.String)
		if !ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("write() argument must be str, not %s", core.TypeName(v)))
		}
		if _, err := s.out.WriteString(string(str)); err != nil {
			return nil, osError(err)
		}
		return starlark.MakeInt(utf8.RuneCountInString(string(str))), nil
	case "writelines":
		var v starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 1, &v); err != nil {
			return nil, err
		}
		it, ok := v.(starlark.Iterable)
		if !ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object is not iterable", core.TypeName(v)))
		}
		var b strings.Builder
		iter := it.Iterate()
		defer iter.Done()
		var x starlark.Value
		for iter.Next(&x) {
			str, ok := x.(starlark.String)
			if !ok {
				return nil, core.NewError(core.TypeError, fmt.Sprintf("write() argument must be str, not %s", core.TypeName(x)))
			}
			b.WriteString(string(str))
		}
		if _, err := s.out.WriteString(b.String()); err != nil {
			return nil, osError(err)
		}
		return starlark.None, nil
	case "flush":
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		if s.out != nil {
			if err := s.out.Flush(); err != nil {
				return nil, osError(err)
			}
		}
		return starlark.None, nil
	case "isatty":
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		if f := s.file(); f != nil {
			if fi, err := f.Stat(); err == nil {
				return starlark.Bool(fi.Mode()&os.ModeCharDevice != 0), nil
			}
		}
		return starlark.False, nil
	case "fileno":
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		if f := s.file(); f != nil {
			return starlark.MakeUint64(uint64(f.Fd())), nil
		}
		return nil, core.NewError(core.OSError, "fileno")
	case "readable", "writable":
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.Bool((name == "readable") == (s.in != nil)), nil
	case "readline", "read":
		size := -1
		var sv starlark.Value = starlark.None
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0, &sv); err != nil {
			return nil, err
		}
		if sv != starlark.None {
			n, err := starlark.AsInt32(sv)
			if err != nil {
				return nil, core.NewError(core.TypeError, fmt.Sprintf("argument should be integer or None, not '%s'", core.TypeName(sv)))
			}
			size = n
		}
		str, err := s.in.read(th, name == "readline", size)
		if err != nil {
			return nil, err
		}
		return starlark.String(str), nil
	case "readlines":
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		var lines []starlark.Value
		for {
			line, err := s.in.read(th, true, -1)
			if err != nil {
				return nil, err
			}
			if line == "" {
				return starlark.NewList(lines), nil
			}
			lines = append(lines, starlark.String(line))
		}
	}
	return nil, fmt.Errorf("%s: unknown method", name)
}

// sysStdin buffers a runtime's standard input. At most one Read of the
// underlying reader is in flight; a wait interrupted by Ctrl-C leaves it
// running, and its data is kept for the next read.
type sysStdin struct {
	r        io.Reader
	mu       sync.Mutex
	buf      []byte
	eof      bool
	err      error
	inflight chan struct{} // closed when the pending Read returns
}

type sysStdinKey struct{}

// sysStdinOf returns the runtime's stdin buffer, creating it once.
func sysStdinOf(rt *core.Runtime) *sysStdin {
	return rt.Shared(sysStdinKey{}, func() any { return &sysStdin{r: rt.Stdin} }).(*sysStdin)
}

// fill waits (without the interpreter lock) until the pending Read, or a
// new one, has returned.
func (in *sysStdin) fill(th *starlark.Thread) error {
	return core.Block(th, false, func(intr <-chan struct{}) error {
		in.mu.Lock()
		ch := in.inflight
		if ch == nil {
			ch = make(chan struct{})
			in.inflight = ch
			go func() {
				p := make([]byte, 4096)
				var n int
				var err error
				if in.r == nil {
					err = io.EOF
				} else {
					n, err = in.r.Read(p)
				}
				in.mu.Lock()
				in.buf = append(in.buf, p[:n]...)
				if err != nil {
					in.eof = true
					if !errors.Is(err, io.EOF) {
						in.err = err
					}
				}
				in.inflight = nil
				in.mu.Unlock()
				close(ch)
			}()
		}
		in.mu.Unlock()
		select {
		case <-ch:
			return nil
		case <-intr:
			return core.ErrInterrupted
		}
	})
}

// read returns a line (line) or up to size characters (size < 0: all),
// reading more input as needed; "" at end of input.
func (in *sysStdin) read(th *starlark.Thread, line bool, size int) (string, error) {
	for {
		in.mu.Lock()
		n, done := in.ready(line, size)
		if done {
			s := string(in.buf[:n])
			in.buf = in.buf[n:]
			err := in.err
			in.err = nil
			in.mu.Unlock()
			if err != nil && s == "" {
				return "", osError(err)
			}
			return s, nil
		}
		in.mu.Unlock()
		if err := in.fill(th); err != nil {
			return "", err
		}
	}
}

// ready reports whether a read can complete from the buffer, and how
// many bytes it takes. in.mu is held.
func (in *sysStdin) ready(line bool, size int) (int, bool) {
	// Count whole characters only: a partial UTF-8 sequence waits for more.
	limit := len(in.buf)
	if !in.eof {
		for i := limit - 1; i >= 0 && i >= limit-utf8.UTFMax; i-- {
			if utf8.RuneStart(in.buf[i]) {
				if !utf8.FullRune(in.buf[i:limit]) {
					limit = i
				}
				break
			}
		}
	}
	if size >= 0 {
		chars, i := 0, 0
		for i < limit && chars < size {
			if line && i > 0 && in.buf[i-1] == '\n' {
				return i, true
			}
			_, w := utf8.DecodeRune(in.buf[i:limit])
			i += w
			chars++
		}
		if chars == size || (line && i > 0 && in.buf[i-1] == '\n') || in.eof {
			return i, true
		}
		return 0, false
	}
	if line {
		if j := strings.IndexByte(string(in.buf[:limit]), '\n'); j >= 0 {
			return j + 1, true
		}
	}
	if in.eof {
		return len(in.buf), true
	}
	return 0, false
}
