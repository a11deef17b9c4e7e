package broker

// This file defines the shared memory of Value and Array: arenas of the
// root process, mapped shared by every process that uses them. The root
// allocates blocks in its arenas (OpNew of kind Memory); a block is named
// by a locator "arenasize:offset:size:arena", where arena says how another
// process opens the arena (memory_*.go), and a process maps each arena
// once.

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

const arenaSize = 1 << 20

type arena struct {
	key  string // how other processes open it
	size int
	used int
	mem  []byte
	file closer // what to release when the store closes
}

type closer interface{ Close() error }

// arenas are the root's arenas.
type arenas struct {
	mu   sync.Mutex
	list []*arena
}

// mappings are the arenas a process has mapped, by key.
type mappings struct {
	mu sync.Mutex
	m  map[string][]byte
}

// newMemory allocates N bytes (8-aligned) in an arena of the root; the
// answer's Data is the block's locator.
func newMemory(s *Store, _ int64, r *Request) (any, *Response) {
	size := int((r.N + 7) &^ 7)
	if size <= 0 {
		size = 8
	}
	s.mem.mu.Lock()
	defer s.mem.mu.Unlock()
	var a *arena
	for _, x := range s.mem.list {
		if x.size-x.used >= size {
			a = x
			break
		}
	}
	if a == nil {
		var err error
		if a, err = newArena(max(arenaSize, size)); err != nil {
			return nil, Fail(Failed, "cannot allocate shared memory: "+err.Error())
		}
		s.mem.list = append(s.mem.list, a)
	}
	off := a.used
	a.used += size
	loc := fmt.Sprintf("%d:%d:%d:%s", a.size, off, r.N, a.key)
	return loc, &Response{Data: []byte(loc)}
}

// release closes the files of the root's arenas (and removes them where
// they have a name): no process can map them any more, those mapped stay.
func (as *arenas) release() {
	as.mu.Lock()
	defer as.mu.Unlock()
	for _, a := range as.list {
		if a.file != nil {
			a.file.Close()
			a.file = nil
		}
	}
}

// block returns the memory a locator names, mapping its arena if needed
// (the root's own arenas are known by their key).
func (b *Broker) block(loc string) ([]byte, error) {
	bad := fmt.Errorf("bad shared memory locator %q", loc)
	parts := strings.SplitN(loc, ":", 4)
	if len(parts) != 4 {
		return nil, bad
	}
	var n [3]int
	for i, p := range parts[:3] {
		v, err := strconv.Atoi(p)
		if err != nil || v < 0 {
			return nil, bad
		}
		n[i] = v
	}
	size, off, length, key := n[0], n[1], n[2], parts[3]
	if off+length > size {
		return nil, bad
	}
	mem, err := b.arena(key, size)
	if err != nil {
		return nil, err
	}
	if len(mem) < off+length {
		return nil, fmt.Errorf("shared memory arena too small for %q", loc)
	}
	return mem[off : off+length : off+length], nil
}

func (b *Broker) arena(key string, size int) ([]byte, error) {
	if b.store != nil {
		b.store.mem.mu.Lock()
		for _, a := range b.store.mem.list {
			if a.key == key {
				b.store.mem.mu.Unlock()
				return a.mem, nil
			}
		}
		b.store.mem.mu.Unlock()
	}
	b.mapped.mu.Lock()
	defer b.mapped.mu.Unlock()
	if mem := b.mapped.m[key]; mem != nil {
		return mem, nil
	}
	mem, err := mapArena(key, size)
	if err != nil {
		return nil, err
	}
	if b.mapped.m == nil {
		b.mapped.m = map[string][]byte{}
	}
	b.mapped.m[key] = mem
	return mem, nil
}
