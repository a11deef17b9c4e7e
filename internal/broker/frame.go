package broker

// This file defines the framing of the parent–child channel: a message
// is a 4-byte big-endian payload length N (1 ≤ N ≤ the reader's limit,
// MaxFrame by default), then N bytes of payload (a wire payload).
// ReadFrame never trusts a length: it refuses lengths above the limit and
// grows its buffer only as bytes actually arrive, so a forged length
// cannot cause a large allocation.

import (
	"encoding/binary"
	"fmt"
	"io"
)

// MaxFrame is the default limit on a frame's payload length (64 MiB).
const MaxFrame = 64 << 20

// readChunk is how much ReadFrame allocates before the bytes have arrived.
const readChunk = 64 << 10

// FrameError reports a malformed or oversized frame header.
type FrameError struct{ Msg string }

// Error returns the error's message.
func (e *FrameError) Error() string { return "broker: " + e.Msg }

// WriteFrame writes payload as one frame (length header and payload in a
// single Write call, so that concurrent writers serialised by a mutex
// never interleave).
func WriteFrame(w io.Writer, payload []byte) error {
	if len(payload) == 0 || int64(len(payload)) > 1<<32-1 {
		return &FrameError{Msg: fmt.Sprintf("cannot frame a payload of %d bytes", len(payload))}
	}
	buf := make([]byte, 4+len(payload))
	binary.BigEndian.PutUint32(buf, uint32(len(payload)))
	copy(buf[4:], payload)
	_, err := w.Write(buf)
	return err
}

// ReadFrame reads one frame and returns its payload. max limits the
// payload length (MaxFrame when max <= 0). It returns io.EOF when the
// stream ends cleanly before a frame, io.ErrUnexpectedEOF inside one, and
// a *FrameError for a length of 0 or above max. The buffer grows only as
// data arrives.
func ReadFrame(r io.Reader, max int) ([]byte, error) {
	if max <= 0 {
		max = MaxFrame
	}
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n == 0 || uint64(n) > uint64(max) {
		return nil, &FrameError{Msg: fmt.Sprintf("frame length %d out of range (limit %d)", n, max)}
	}
	buf := make([]byte, 0, min(int(n), readChunk))
	for len(buf) < int(n) {
		chunk := min(int(n)-len(buf), readChunk)
		if cap(buf)-len(buf) < chunk {
			nb := make([]byte, len(buf), min(int(n), 2*cap(buf)+chunk))
			copy(nb, buf)
			buf = nb
		}
		m, err := io.ReadFull(r, buf[len(buf):len(buf)+chunk])
		buf = buf[:len(buf)+m]
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, err
		}
	}
	return buf, nil
}
