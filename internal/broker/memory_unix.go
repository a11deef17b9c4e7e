//go:build unix && !linux

package broker

// This file defines the arenas of shared memory on Unix systems other
// than Linux (no memfd, no /proc): a file in a private directory of the
// root, mapped shared, which other processes open by its path. The root
// removes it when its broker closes.

import (
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// arenaFile is an arena's file, removed when closed.
type arenaFile struct{ f *os.File }

func (a arenaFile) Close() error {
	err := a.f.Close()
	os.Remove(a.f.Name())
	os.Remove(filepath.Dir(a.f.Name()))
	return err
}

func newArena(size int) (*arena, error) {
	dir, err := os.MkdirTemp("", "pyconc-mp-")
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(filepath.Join(dir, "arena"), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		os.Remove(dir)
		return nil, err
	}
	fail := func(err error) (*arena, error) {
		arenaFile{f}.Close()
		return nil, err
	}
	if err := f.Truncate(int64(size)); err != nil {
		return fail(err)
	}
	mem, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
	if err != nil {
		return fail(err)
	}
	return &arena{key: f.Name(), size: size, mem: mem, file: arenaFile{f}}, nil
}

func mapArena(key string, size int) ([]byte, error) {
	f, err := os.OpenFile(key, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
}
