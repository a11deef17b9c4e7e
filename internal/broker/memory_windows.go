package broker

// This file defines the arenas of shared memory on Windows: named file
// mappings backed by the paging file, which other processes open by
// their name. A mapping lives while a process has it mapped or open.

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"unsafe"

	"golang.org/x/sys/windows"
)

// mappingHandle is the root's handle of an arena's mapping.
type mappingHandle windows.Handle

func (h mappingHandle) Close() error { return windows.CloseHandle(windows.Handle(h)) }

func newArena(size int) (*arena, error) {
	var id [8]byte
	if _, err := rand.Read(id[:]); err != nil {
		return nil, err
	}
	name := `Local\pyconc-mp-` + hex.EncodeToString(id[:])
	mem, h, existed, err := mapNamed(name, size)
	if err != nil {
		return nil, err
	}
	if existed { // a name taken by chance: not ours
		unmapView(mem)
		windows.CloseHandle(h)
		return nil, errors.New("shared memory name already in use")
	}
	return &arena{key: name, size: size, mem: mem, file: mappingHandle(h)}, nil
}

func mapArena(key string, size int) ([]byte, error) {
	mem, h, existed, err := mapNamed(key, size)
	if err != nil {
		return nil, err
	}
	windows.CloseHandle(h) // the view keeps the mapping alive
	if !existed {
		unmapView(mem)
		return nil, errors.New("the shared memory of the root process is gone")
	}
	return mem, nil
}

// mapNamed creates or opens the mapping name of size bytes and maps it;
// existed reports that it was opened.
func mapNamed(name string, size int) (mem []byte, h windows.Handle, existed bool, err error) {
	p, err := windows.UTF16PtrFromString(name)
	if err != nil {
		return nil, 0, false, err
	}
	h, err = windows.CreateFileMapping(windows.InvalidHandle, nil, windows.PAGE_READWRITE, uint32(uint64(size)>>32), uint32(size), p)
	if h == 0 {
		return nil, 0, false, err
	}
	existed = errors.Is(err, windows.ERROR_ALREADY_EXISTS)
	addr, err := windows.MapViewOfFile(h, windows.FILE_MAP_WRITE, 0, 0, uintptr(size))
	if err != nil {
		windows.CloseHandle(h)
		return nil, 0, false, err
	}
	// The view is memory the system mapped for us, not Go's: read the
	// address as a pointer (a plain conversion of the uintptr is what vet
	// warns of for Go memory).
	base := *(*unsafe.Pointer)(unsafe.Pointer(&addr))
	return unsafe.Slice((*byte)(base), size), h, existed, nil
}

func unmapView(mem []byte) { _ = windows.UnmapViewOfFile(uintptr(unsafe.Pointer(&mem[0]))) }
