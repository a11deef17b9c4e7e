// This file defines the standard stream objects sys.stdout, sys.stderr and
// sys.stdin.

package sys

import (
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

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

// streamProps are the properties of every stream.
var streamProps = map[string]core.Getter{
	"name": func(recv starlark.Value) (starlark.Value, error) { return starlark.String(recv.(*sysStream).name), nil },
	"mode": func(recv starlark.Value) (starlark.Value, error) {
		return starlark.String(recv.(*sysStream).mode()), nil
	},
	"encoding": func(starlark.Value) (starlark.Value, error) { return starlark.String("utf-8"), nil },
	"errors":   func(starlark.Value) (starlark.Value, error) { return starlark.String("strict"), nil },
	"closed":   func(starlark.Value) (starlark.Value, error) { return starlark.False, nil },
}

// outAttrs are the attributes of sys.stdout and sys.stderr, inAttrs those
// of sys.stdin.
var (
	outAttrs = core.NewMethods(map[string]core.MethodFunc{
		"fileno":     streamFileno,
		"flush":      streamFlush,
		"isatty":     streamIsatty,
		"readable":   streamReadable,
		"writable":   streamWritable,
		"write":      streamWrite,
		"writelines": streamWritelines,
	}).WithProps(streamProps)
	inAttrs = core.NewMethods(map[string]core.MethodFunc{
		"fileno":    streamFileno,
		"flush":     streamFlush,
		"isatty":    streamIsatty,
		"readable":  streamReadable,
		"writable":  streamWritable,
		"read":      streamRead,
		"readline":  streamRead,
		"readlines": streamReadlines,
	}).WithProps(streamProps)
)

func (s *sysStream) attrs() *core.Methods {
	if s.in != nil {
		return inAttrs
	}
	return outAttrs
}

// Attr returns the stream's properties and bound methods.
func (s *sysStream) Attr(name string) (starlark.Value, error) { return s.attrs().Attr(s, name) }

// AttrNames lists the attributes.
func (s *sysStream) AttrNames() []string { return s.attrs().Names() }

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

// streamWrite is write(s) -> the number of characters written.
func streamWrite(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	str, ok := v.(starlark.String)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("write() argument must be str, not %s", core.TypeName(v)))
	}
	if _, err := b.Receiver().(*sysStream).out.WriteString(string(str)); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.MakeInt(utf8.RuneCountInString(string(str))), nil
}

// streamWritelines is writelines(lines): one write of their concatenation.
func streamWritelines(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &v); err != nil {
		return nil, err
	}
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object is not iterable", core.TypeName(v)))
	}
	var sb strings.Builder
	iter := it.Iterate()
	defer iter.Done()
	var x starlark.Value
	for iter.Next(&x) {
		str, ok := x.(starlark.String)
		if !ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("write() argument must be str, not %s", core.TypeName(x)))
		}
		sb.WriteString(string(str))
	}
	if _, err := b.Receiver().(*sysStream).out.WriteString(sb.String()); err != nil {
		return nil, core.MapError(err)
	}
	return starlark.None, nil
}

// streamFlush is flush().
func streamFlush(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if out := b.Receiver().(*sysStream).out; out != nil {
		if err := out.Flush(); err != nil {
			return nil, core.MapError(err)
		}
	}
	return starlark.None, nil
}

// streamIsatty is isatty(): whether the stream is a terminal.
func streamIsatty(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if f := b.Receiver().(*sysStream).file(); f != nil {
		if fi, err := f.Stat(); err == nil {
			return starlark.Bool(fi.Mode()&os.ModeCharDevice != 0), nil
		}
	}
	return starlark.False, nil
}

// streamFileno is fileno(): the file descriptor, or OSError when the
// stream is not a file of the process (an embedding host's writer).
func streamFileno(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if f := b.Receiver().(*sysStream).file(); f != nil {
		return starlark.MakeUint64(uint64(f.Fd())), nil
	}
	return nil, core.NewError(core.OSError, "fileno")
}

// streamReadable is readable(): True for stdin.
func streamReadable(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*sysStream).in != nil), nil
}

// streamWritable is writable(): True for stdout and stderr.
func streamWritable(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return starlark.Bool(b.Receiver().(*sysStream).in == nil), nil
}

// streamRead is read(size=-1) and readline(size=-1): up to size characters
// (all when size is negative or None), readline stopping after a newline.
func streamRead(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	size := -1
	var sv starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0, &sv); err != nil {
		return nil, err
	}
	if sv != starlark.None {
		n, err := starlark.AsInt32(sv)
		if err != nil {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("argument should be integer or None, not '%s'", core.TypeName(sv)))
		}
		size = n
	}
	str, err := b.Receiver().(*sysStream).in.read(th, b.Name() == "readline", size)
	if err != nil {
		return nil, err
	}
	return starlark.String(str), nil
}

// streamReadlines is readlines(): the remaining lines.
func streamReadlines(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	in := b.Receiver().(*sysStream).in
	var lines []starlark.Value
	for {
		line, err := in.read(th, true, -1)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return starlark.NewList(lines), nil
		}
		lines = append(lines, starlark.String(line))
	}
}
