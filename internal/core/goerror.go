package core

// This file defines MapError, the one mapping from Go errors to Python
// exceptions, and OSErrorOf, which makes the OSError subclass CPython raises
// for an errno.

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"go.starlark.net/starlark"
)

// MapError converts an error of Go code (package os, syscall, net, io,
// context...) into the Python exception CPython raises in its place:
//
//	*PyError                    itself
//	ErrInterrupted              itself (Block turns it into KeyboardInterrupt)
//	a syscall.Errno (also inside *fs.PathError, *os.LinkError,
//	*os.SyscallError, *net.OpError)
//	                            OSError or its subclass for the errno, with
//	                            errno, strerror, filename and filename2
//	fs.ErrNotExist, ErrExist, ErrPermission without an errno
//	                            FileNotFoundError, FileExistsError, PermissionError
//	os.ErrDeadlineExceeded, context.DeadlineExceeded
//	                            TimeoutError
//	context.Canceled            itself (the runtime is stopping)
//	anything else               OSError with the error's text
//
// files name the file(s) of the failed call when the error does not
// carry them itself (a source and a destination for rename and the like).
func MapError(err error, files ...string) error {
	if err == nil {
		return nil
	}
	if _, ok := pyErrOf(err); ok {
		return err
	}
	if errors.Is(err, ErrInterrupted) || errors.Is(err, context.Canceled) {
		return err
	}
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &le):
		if len(files) == 0 {
			files = []string{le.Old, le.New}
		}
	case errors.As(err, &pe):
		if len(files) == 0 {
			files = []string{pe.Path}
		}
	}
	var errno syscall.Errno
	if errors.As(err, &errno) && errno != 0 {
		return OSErrorOf(errno, files...)
	}
	cls := OSError
	switch {
	case errors.Is(err, os.ErrDeadlineExceeded), errors.Is(err, context.DeadlineExceeded):
		cls = TimeoutError
	case errors.Is(err, fs.ErrNotExist):
		cls = FileNotFoundError
	case errors.Is(err, fs.ErrExist):
		cls = FileExistsError
	case errors.Is(err, fs.ErrPermission):
		cls = PermissionError
	}
	return NewError(cls, err.Error())
}

// OSErrorOf makes the OSError of errno about files (none, one, or a source
// and a destination), as CPython words it:
// "[Errno 2] No such file or directory: 'x'".
func OSErrorOf(errno syscall.Errno, files ...string) error {
	cls := errnoClass(errno)
	strerror := errno.Error()
	if strerror != "" {
		// Go's texts are C's strerror with a lower-case first letter.
		strerror = strings.ToUpper(strerror[:1]) + strerror[1:]
	}
	msg := fmt.Sprintf("[Errno %d] %s", int(errno), strerror)
	if len(files) > 0 {
		msg += ": " + ReprNoThread(starlark.String(files[0]))
	}
	if len(files) > 1 {
		msg += " -> " + ReprNoThread(starlark.String(files[1]))
	}
	exc := NewException(cls, starlark.String(msg))
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
	return &PyError{Value: exc}
}

// errnoClass returns the OSError subclass of errno (PEP 3151).
func errnoClass(errno syscall.Errno) *Class {
	switch errno {
	case syscall.ENOENT:
		return FileNotFoundError
	case syscall.EEXIST:
		return FileExistsError
	case syscall.EACCES, syscall.EPERM:
		return PermissionError
	case syscall.EISDIR:
		return IsADirectoryError
	case syscall.ESRCH:
		return ProcessLookupError
	case syscall.EPIPE, syscall.ESHUTDOWN:
		return BrokenPipeError
	case syscall.ETIMEDOUT:
		return TimeoutError
	}
	return OSError
}
