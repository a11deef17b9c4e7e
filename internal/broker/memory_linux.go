package broker

// This file defines the arenas of shared memory on Linux: anonymous
// memory files (memfd_create) of the root, which another process opens
// as /proc/PID/fd/FD (its own user's process, as the root's descendants
// are).

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

type fdCloser int

func (fd fdCloser) Close() error { return unix.Close(int(fd)) }

func newArena(size int) (*arena, error) {
	fd, err := unix.MemfdCreate("pyconc-mp-arena", unix.MFD_CLOEXEC)
	if err != nil {
		return nil, err
	}
	if err := unix.Ftruncate(fd, int64(size)); err != nil {
		unix.Close(fd)
		return nil, err
	}
	mem, err := unix.Mmap(fd, 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		unix.Close(fd)
		return nil, err
	}
	return &arena{key: fmt.Sprintf("%d/%d", os.Getpid(), fd), size: size, mem: mem, file: fdCloser(fd)}, nil
}

func mapArena(key string, size int) ([]byte, error) {
	pid, fd, ok := strings.Cut(key, "/")
	if _, err := strconv.Atoi(pid); err != nil || !ok {
		return nil, fmt.Errorf("bad shared memory arena %q", key)
	}
	if _, err := strconv.Atoi(fd); err != nil {
		return nil, fmt.Errorf("bad shared memory arena %q", key)
	}
	f, err := os.OpenFile("/proc/"+pid+"/fd/"+fd, os.O_RDWR, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot open the shared memory of process %s: %w", pid, err)
	}
	defer f.Close()
	return unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
}
