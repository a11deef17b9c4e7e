package multiprocessing

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// This file defines the shared memory of Value and Array: arenas, each an
// anonymous memory file (memfd_create) of the root process mapped with
// MAP_SHARED in every process that uses it. The root allocates blocks in
// its arenas (request shm.alloc); a block is named by a locator
// "rootpid:fd:arenasize:offset:size", and another process maps the arena
// by opening /proc/rootpid/fd/fd (its own user's process, as the
// descendants of the root are), once per arena.

const arenaSize = 1 << 20

type arena struct {
	fd   int
	size int
	used int
	mem  []byte
}

var arenas struct {
	sync.Mutex
	list   []*arena          // the root's arenas
	mapped map[string][]byte // "pid:fd" -> mapping, in every process
}

func init() {
	extOps["shm.alloc"] = extOp{shmAlloc, nil}
}

// shmAlloc allocates r.N bytes (8-aligned) in an arena of the root.
func shmAlloc(_ *store, _ int64, r *request, _ <-chan struct{}) *response {
	size := int((r.N + 7) &^ 7)
	if size <= 0 {
		size = 8
	}
	arenas.Lock()
	defer arenas.Unlock()
	var a *arena
	for _, x := range arenas.list {
		if x.size-x.used >= size {
			a = x
			break
		}
	}
	if a == nil {
		var err error
		if a, err = newArena(max(arenaSize, size)); err != nil {
			return &response{Code: resError + "cannot allocate shared memory: " + err.Error()}
		}
		arenas.list = append(arenas.list, a)
	}
	off := a.used
	a.used += size
	loc := fmt.Sprintf("%d:%d:%d:%d:%d", os.Getpid(), a.fd, a.size, off, r.N)
	return &response{Data: []byte(loc)}
}

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
	if arenas.mapped == nil {
		arenas.mapped = map[string][]byte{}
	}
	arenas.mapped[fmt.Sprintf("%d:%d", os.Getpid(), fd)] = mem
	return &arena{fd: fd, size: size, mem: mem}, nil
}

// block returns the memory a locator names, mapping its arena if needed.
func block(loc string) ([]byte, error) {
	parts := strings.Split(loc, ":")
	if len(parts) != 5 {
		return nil, fmt.Errorf("bad shared memory locator %q", loc)
	}
	var n [5]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("bad shared memory locator %q", loc)
		}
		n[i] = v
	}
	pid, fd, size, off, length := n[0], n[1], n[2], n[3], n[4]
	if off+length > size {
		return nil, fmt.Errorf("bad shared memory locator %q", loc)
	}
	key := parts[0] + ":" + parts[1]
	arenas.Lock()
	defer arenas.Unlock()
	mem := arenas.mapped[key]
	if mem == nil {
		f, err := os.OpenFile(fmt.Sprintf("/proc/%d/fd/%d", pid, fd), os.O_RDWR, 0)
		if err != nil {
			return nil, fmt.Errorf("cannot open the shared memory of process %d: %w", pid, err)
		}
		mem, err = unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ|unix.PROT_WRITE, unix.MAP_SHARED)
		f.Close()
		if err != nil {
			return nil, err
		}
		if arenas.mapped == nil {
			arenas.mapped = map[string][]byte{}
		}
		arenas.mapped[key] = mem
	}
	if len(mem) < off+length {
		return nil, fmt.Errorf("shared memory arena too small for %q", loc)
	}
	return mem[off : off+length : off+length], nil
}
