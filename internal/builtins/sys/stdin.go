// This file defines the buffer of a runtime's standard input, which
// sys.stdin reads.

package sys

import (
	"errors"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

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
				return "", core.MapError(err)
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
