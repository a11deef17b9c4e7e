package core

// This file defines open() and the file objects it returns: text and
// binary modes, read/readline/readlines/write/writelines/close/flush,
// iteration over lines, and the context manager protocol.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/pyformat"
)

// File is a Python file object made by open().
type File struct {
	name     string
	mode     string
	binary   bool
	readable bool
	writable bool
	f        *os.File
	r        *bufio.Reader
	w        *bufio.Writer
	closed   bool
	rt       *Runtime
}

var (
	_ starlark.HasAttrs = (*File)(nil)
	_ starlark.Iterable = (*File)(nil)
	_ HasClass          = (*File)(nil)
)

// The classes of file objects.
var (
	TextIOWrapperClass  = MustClass("TextIOWrapper", "_io", []*Class{ObjectClass}, map[string]starlark.Value{})
	BufferedReaderClass = MustClass("BufferedReader", "_io", []*Class{ObjectClass}, map[string]starlark.Value{})
	BufferedWriterClass = MustClass("BufferedWriter", "_io", []*Class{ObjectClass}, map[string]starlark.Value{})
)

// osError converts a Go I/O error into OSError or its subclass, as
// "[Errno 2] No such file or directory: 'x'".
func osError(err error, filename string) error {
	if _, ok := pyErrOf(err); ok {
		return err
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return NewError(OSError, err.Error())
	}
	cls := OSError
	switch errno {
	case syscall.ENOENT:
		cls = FileNotFoundError
	case syscall.EEXIST:
		cls = FileExistsError
	case syscall.EACCES, syscall.EPERM:
		cls = PermissionError
	case syscall.EISDIR:
		cls = IsADirectoryError
	case syscall.EPIPE:
		cls = BrokenPipeError
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []starlark.Value{starlark.MakeInt(int(errno)), starlark.String(msg)}
	if filename != "" {
		args = append(args, starlark.String(filename))
	}
	return &PyError{Value: NewException(cls, args...)}
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)
func builtinOpen(th *starlark.Thread, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fileV starlark.Value
	mode := "r"
	var buffering, encoding, errorsV, newline starlark.Value
	if err := unpackArgs("open", args, kwargs, "file", &fileV, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errorsV, "newline?", &newline); err != nil {
		return nil, err
	}
	name, ok := fileV.(starlark.String)
	if !ok {
		return nil, NewError(TypeError, fmt.Sprintf("expected str, bytes or os.PathLike object, not %s", TypeName(fileV)))
	}
	if encoding != nil && encoding != starlark.None {
		if _, err := codecName(encoding); err != nil {
			return nil, err
		}
	}
	f := &File{name: string(name), mode: mode, rt: RuntimeOf(th)}
	flags, err := f.parseMode()
	if err != nil {
		return nil, err
	}
	var osf *os.File
	err = Block(th, false, func(<-chan struct{}) error {
		var err error
		osf, err = os.OpenFile(string(name), flags, 0o666)
		return err
	})
	if err != nil {
		return nil, osError(err, string(name))
	}
	if st, err := osf.Stat(); err == nil && st.IsDir() && f.writable {
		osf.Close()
		return nil, osError(&fs.PathError{Op: "open", Path: string(name), Err: syscall.EISDIR}, string(name))
	}
	f.attach(osf)
	return f, nil
}

// attach makes osf the file f reads and writes.
func (f *File) attach(osf *os.File) {
	f.f = osf
	if f.readable {
		f.r = bufio.NewReader(osf)
	}
	if f.writable {
		f.w = bufio.NewWriter(osf)
	}
}

// OpenFile returns the file object of open() over osf, an open file
// (os.fdopen's), named name, with mode checked as open's; closing it
// closes osf.
func OpenFile(th *starlark.Thread, osf *os.File, name, mode string) (starlark.Value, error) {
	f := &File{name: name, mode: mode, rt: RuntimeOf(th)}
	if _, err := f.parseMode(); err != nil {
		return nil, err
	}
	f.attach(osf)
	return f, nil
}

// parseMode checks the mode string and returns the os.OpenFile flags.
func (f *File) parseMode() (int, error) {
	var kind byte
	plus, seenB, seenT := false, false, false
	for i := 0; i < len(f.mode); i++ {
		c := f.mode[i]
		switch c {
		case 'r', 'w', 'a', 'x':
			if kind != 0 {
				return 0, NewError(ValueError, "must have exactly one of create/read/write/append mode")
			}
			kind = c
		case '+':
			plus = true
		case 'b':
			seenB = true
		case 't':
			seenT = true
		default:
			return 0, NewError(ValueError, fmt.Sprintf("invalid mode: '%s'", f.mode))
		}
	}
	if seenB && seenT {
		return 0, NewError(ValueError, "can't have text and binary mode at once")
	}
	if kind == 0 {
		return 0, NewError(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	f.binary = seenB
	var flags int
	switch kind {
	case 'r':
		f.readable = true
		flags = os.O_RDONLY
	case 'w':
		f.writable = true
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case 'a':
		f.writable = true
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case 'x':
		f.writable = true
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if plus {
		f.readable, f.writable = true, true
		flags = flags&^(os.O_RDONLY|os.O_WRONLY) | os.O_RDWR
	}
	return flags, nil
}

// String returns "<_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>".
func (f *File) String() string {
	if f.binary {
		return fmt.Sprintf("<_io.%s name=%s>", f.PyClass().name, pyformat.StrRepr(f.name))
	}
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode=%s encoding='UTF-8'>", pyformat.StrRepr(f.name), pyformat.StrRepr(f.mode))
}

// Type returns the class name.
func (f *File) Type() string { return f.PyClass().name }

// PyClass returns TextIOWrapper, BufferedReader or BufferedWriter.
func (f *File) PyClass() *Class {
	switch {
	case !f.binary:
		return TextIOWrapperClass
	case f.readable && !f.writable:
		return BufferedReaderClass
	}
	return BufferedWriterClass
}

// Freeze does nothing.
func (f *File) Freeze() {}

// Truth returns True.
func (f *File) Truth() starlark.Bool { return true }

// Hash hashes by identity.
func (f *File) Hash() (uint32, error) { return identityHash(f), nil }

// checkOpen raises ValueError on a closed file.
func (f *File) checkOpen() error {
	if f.closed {
		return NewError(ValueError, "I/O operation on closed file.")
	}
	return nil
}

// value converts read data to str or bytes according to the mode.
func (f *File) value(s string) starlark.Value {
	if f.binary {
		return starlark.Bytes(s)
	}
	return starlark.String(s)
}

// readLine reads one line (with its newline), "" at the end.
func (f *File) readLine(th *starlark.Thread, limit int) (string, error) {
	if err := f.checkOpen(); err != nil {
		return "", err
	}
	if !f.readable {
		return "", &PyError{Value: NewException(unsupportedOperation(), starlark.String("not readable"))}
	}
	var line string
	err := Block(th, false, func(<-chan struct{}) error {
		if f.w != nil {
			if err := f.w.Flush(); err != nil {
				return err
			}
		}
		var b strings.Builder
		for limit < 0 || b.Len() < limit {
			c, err := f.r.ReadByte()
			if err != nil {
				if err == io.EOF {
					break
				}
				return err
			}
			b.WriteByte(c)
			if c == '\n' {
				break
			}
		}
		line = b.String()
		return nil
	})
	if err != nil {
		return "", osError(err, f.name)
	}
	return line, nil
}

// write writes s (str or bytes per mode) and returns its length.
func (f *File) write(th *starlark.Thread, s string) (int, error) {
	if err := f.checkOpen(); err != nil {
		return 0, err
	}
	if !f.writable {
		return 0, &PyError{Value: NewException(unsupportedOperation(), starlark.String("not writable"))}
	}
	err := Block(th, false, func(<-chan struct{}) error {
		_, err := f.w.WriteString(s)
		return err
	})
	if err != nil {
		return 0, osError(err, f.name)
	}
	if f.binary {
		return len(s), nil
	}
	return runeCount(s), nil
}

// flush flushes buffered writes.
func (f *File) flush() error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if f.w != nil {
		if err := f.w.Flush(); err != nil {
			return osError(err, f.name)
		}
	}
	return nil
}

// Close flushes and closes the file (closing twice does nothing).
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	var err error
	if f.w != nil {
		err = f.w.Flush()
	}
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	f.closed = true
	if err != nil {
		return osError(err, f.name)
	}
	return nil
}

// unsupportedOperation returns io.UnsupportedOperation (an OSError).
func unsupportedOperation() *Class {
	if c, ok := otherClasses.Load("UnsupportedOperation"); ok {
		return c.(*Class)
	}
	c, _ := otherClasses.LoadOrStore("UnsupportedOperation", MustClass("UnsupportedOperation", "io", []*Class{OSError, ValueError}, map[string]starlark.Value{}))
	return c.(*Class)
}

// fileMethods are the methods of file objects.
var fileMethods = map[string]func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error){
	"read": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var sizeV starlark.Value = starlark.MakeInt(-1)
		if err := unpackPositional("read", args, kwargs, 0, &sizeV); err != nil {
			return nil, err
		}
		size := -1
		if sizeV != starlark.None {
			n, err := indexInt(th, sizeV)
			if err != nil {
				return nil, err
			}
			size = n
		}
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, &PyError{Value: NewException(unsupportedOperation(), starlark.String("not readable"))}
		}
		var data string
		err := Block(th, false, func(<-chan struct{}) error {
			if f.w != nil {
				if err := f.w.Flush(); err != nil {
					return err
				}
			}
			if size < 0 {
				b, err := io.ReadAll(f.r)
				data = string(b)
				return err
			}
			if f.binary {
				b := make([]byte, size)
				n, err := io.ReadFull(f.r, b)
				data = string(b[:n])
				if err == io.EOF || err == io.ErrUnexpectedEOF {
					err = nil
				}
				return err
			}
			var sb strings.Builder
			for i := 0; i < size; i++ {
				r, _, err := f.r.ReadRune()
				if err == io.EOF {
					break
				}
				if err != nil {
					return err
				}
				sb.WriteRune(r)
			}
			data = sb.String()
			return nil
		})
		if err != nil {
			return nil, osError(err, f.name)
		}
		return f.value(data), nil
	},
	"readline": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var sizeV starlark.Value = starlark.MakeInt(-1)
		if err := unpackPositional("readline", args, kwargs, 0, &sizeV); err != nil {
			return nil, err
		}
		size, err := indexInt(th, sizeV)
		if err != nil {
			return nil, err
		}
		line, err := f.readLine(th, size)
		if err != nil {
			return nil, err
		}
		return f.value(line), nil
	},
	"readlines": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional("readlines", args, kwargs, 0); err != nil {
			return nil, err
		}
		var lines []starlark.Value
		for {
			line, err := f.readLine(th, -1)
			if err != nil {
				return nil, err
			}
			if line == "" {
				return starlark.NewList(lines), nil
			}
			lines = append(lines, f.value(line))
		}
	},
	"write": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var x starlark.Value
		if err := unpackPositional("write", args, kwargs, 1, &x); err != nil {
			return nil, err
		}
		s, err := f.dataArg(x)
		if err != nil {
			return nil, err
		}
		n, err := f.write(th, s)
		if err != nil {
			return nil, err
		}
		return starlark.MakeInt(n), nil
	},
	"writelines": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var lines starlark.Value
		if err := unpackPositional("writelines", args, kwargs, 1, &lines); err != nil {
			return nil, err
		}
		err := Iterate(th, lines, func(x starlark.Value) error {
			s, err := f.dataArg(x)
			if err != nil {
				return err
			}
			_, err = f.write(th, s)
			return err
		})
		return starlark.None, err
	},
	"close": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional("close", args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, f.Close()
	},
	"flush": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional("flush", args, kwargs, 0); err != nil {
			return nil, err
		}
		return starlark.None, f.flush()
	},
	"__enter__": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return f, nil
	},
	"__exit__": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.None, f.Close()
	},
	"__iter__": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return f, nil
	},
	"__next__": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		line, err := f.readLine(th, -1)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, &PyError{Value: NewException(StopIteration)}
		}
		return f.value(line), nil
	},
	"fileno": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return starlark.MakeInt(int(f.f.Fd())), nil
	},
	"readable": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(f.readable), f.checkOpen()
	},
	"writable": func(th *starlark.Thread, f *File, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		return starlark.Bool(f.writable), f.checkOpen()
	},
}

// dataArg checks that a write argument suits the mode.
func (f *File) dataArg(x starlark.Value) (string, error) {
	if f.binary {
		b, ok := x.(starlark.Bytes)
		if !ok {
			return "", NewError(TypeError, fmt.Sprintf("a bytes-like object is required, not '%s'", TypeName(x)))
		}
		return string(b), nil
	}
	s, ok := x.(starlark.String)
	if !ok {
		return "", NewError(TypeError, fmt.Sprintf("write() argument must be str, not %s", TypeName(x)))
	}
	return string(s), nil
}

// Attr returns a method or name, mode, closed.
func (f *File) Attr(name string) (starlark.Value, error) {
	switch name {
	case "name":
		return starlark.String(f.name), nil
	case "mode":
		return starlark.String(f.mode), nil
	case "closed":
		return starlark.Bool(f.closed), nil
	case "encoding":
		if !f.binary {
			return starlark.String("UTF-8"), nil
		}
	}
	if m, ok := fileMethods[name]; ok {
		return starlark.NewBuiltin(name, func(th *starlark.Thread, _ *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return m(th, f, args, kwargs)
		}).BindReceiver(f), nil
	}
	return nil, noAttr(f, name)
}

// AttrNames lists the attributes.
func (f *File) AttrNames() []string {
	names := []string{"closed", "mode", "name"}
	for k := range fileMethods {
		names = append(names, k)
	}
	sortStrings(names)
	return names
}

// lines returns an iterator over the remaining lines.
func (f *File) lines() Iter {
	return funcIter(func(th *starlark.Thread) (starlark.Value, bool, error) {
		line, err := f.readLine(th, -1)
		if err != nil || line == "" {
			return nil, false, err
		}
		return f.value(line), true, nil
	})
}

// Iterate yields the remaining lines (for line in f); a read error
// becomes the thread's pending error.
func (f *File) Iterate() starlark.Iterator {
	return &loopIter{src: f.lines(), thread: func() *starlark.Thread {
		if f.rt != nil {
			return f.rt.GIL.Holder()
		}
		return nil
	}}
}
