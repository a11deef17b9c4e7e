//go:build unix

package os

// This file defines the file-descriptor functions of os on Unix: pipe,
// read, write, close, dup, dup2 and fdopen.

import (
	"os"
	"strconv"
	"syscall"

	"go.starlark.net/starlark"
	"golang.org/x/sys/unix"

	"github.com/pyconc/pyconc/internal/core"
)

// fdFunctions returns os's file-descriptor functions, by name.
func fdFunctions() map[string]core.MethodFunc {
	return map[string]core.MethodFunc{
		"pipe":   osPipe,
		"read":   osRead,
		"write":  osWrite,
		"close":  osClose,
		"dup":    osDup,
		"dup2":   osDup2,
		"fdopen": osFdopen,
	}
}

// fdError is the OSError of a failed call on file descriptors.
func fdError(err error) error { return core.MapError(err) }

// osPipe is os.pipe(): (read end, write end), not inheritable.
func osPipe(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	var p [2]int
	syscall.ForkLock.RLock()
	err := syscall.Pipe(p[:])
	if err == nil {
		syscall.CloseOnExec(p[0])
		syscall.CloseOnExec(p[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, fdError(err)
	}
	return starlark.Tuple{starlark.MakeInt(p[0]), starlark.MakeInt(p[1])}, nil
}

// osRead is os.read(fd, n): at most n bytes, b” at the end of the file;
// it blocks without the interpreter lock.
func osRead(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd, n int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fd, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, core.MapError(syscall.EINVAL)
	}
	buf := make([]byte, n)
	var got int
	err := core.Block(th, false, func(<-chan struct{}) error {
		for {
			var err error
			got, err = syscall.Read(fd, buf)
			if err != syscall.EINTR {
				return err
			}
		}
	})
	if err != nil {
		return nil, fdError(err)
	}
	return starlark.Bytes(buf[:got]), nil
}

// osWrite is os.write(fd, data): the number of bytes written.
func osWrite(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd int
	var data starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &fd, &data); err != nil {
		return nil, err
	}
	bs, ok := data.(starlark.Bytes)
	if !ok {
		return nil, core.NewError(core.TypeError, "a bytes-like object is required, not '"+core.TypeName(data)+"'")
	}
	var n int
	err := core.Block(th, false, func(<-chan struct{}) error {
		for {
			var err error
			n, err = syscall.Write(fd, []byte(bs))
			if err != syscall.EINTR {
				return err
			}
		}
	})
	if err != nil {
		return nil, fdError(err)
	}
	return starlark.MakeInt(n), nil
}

// osClose is os.close(fd).
func osClose(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fd); err != nil {
		return nil, err
	}
	if err := syscall.Close(fd); err != nil {
		return nil, fdError(err)
	}
	return starlark.None, nil
}

// osDup is os.dup(fd): a new descriptor of the same file, not inheritable.
func osDup(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd int
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &fd); err != nil {
		return nil, err
	}
	syscall.ForkLock.RLock()
	nfd, err := syscall.Dup(fd)
	if err == nil {
		syscall.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, fdError(err)
	}
	return starlark.MakeInt(nfd), nil
}

// osDup2 is os.dup2(fd, fd2, inheritable=True): fd2, now a descriptor of
// fd's file.
func osDup2(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd, fd2 int
	inheritable := true
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "fd", &fd, "fd2", &fd2, "inheritable?", &inheritable); err != nil {
		return nil, err
	}
	if err := unix.Dup2(fd, fd2); err != nil {
		return nil, fdError(err)
	}
	if !inheritable {
		syscall.CloseOnExec(fd2)
	}
	return starlark.MakeInt(fd2), nil
}

// osFdopen is os.fdopen(fd, mode='r', ...): the file object over fd,
// as open(fd, mode); closing it closes fd.
func osFdopen(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fd int
	mode := "r"
	var buffering, encoding, errorsV, newline starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "fd", &fd, "mode?", &mode, "buffering?", &buffering,
		"encoding?", &encoding, "errors?", &errorsV, "newline?", &newline); err != nil {
		return nil, err
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, fdError(err)
	}
	name := strconv.Itoa(fd)
	return core.OpenFile(th, os.NewFile(uintptr(fd), name), name, mode)
}
