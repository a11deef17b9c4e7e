package broker

import (
	"bytes"
	"io"
	"testing"
)

func TestFrames(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFrame(&buf, []byte("abc")); err != nil {
		t.Fatal(err)
	}
	if p, err := ReadFrame(&buf, 0); err != nil || string(p) != "abc" {
		t.Errorf("frame: %q, %v", p, err)
	}
	if _, err := ReadFrame(&buf, 0); err != io.EOF {
		t.Errorf("after the frame: %v, want EOF", err)
	}
	if err := WriteFrame(&buf, nil); err == nil {
		t.Error("an empty payload was framed")
	}
}

func TestForgedLengths(t *testing.T) {
	// A header announcing 60 MiB with 3 bytes behind it.
	data := []byte{0x03, 0xc0, 0x00, 0x00, 1, 'N', 'N'}
	if _, err := ReadFrame(bytes.NewReader(data), 0); err != io.ErrUnexpectedEOF {
		t.Errorf("short frame: %v", err)
	}
	if _, err := ReadFrame(bytes.NewReader([]byte{0xff, 0xff, 0xff, 0xff}), 0); err == nil {
		t.Errorf("oversized frame accepted")
	}
	if _, err := ReadFrame(bytes.NewReader([]byte{0, 0, 0, 0}), 0); err == nil {
		t.Errorf("empty frame accepted")
	}
}

// FuzzReadFrame feeds arbitrary bytes to the frame reader and the
// request decoder of the channel: they return an error or a value, never
// panic or allocate much more than the input's size.
func FuzzReadFrame(f *testing.F) {
	for _, r := range []*Request{{Req: 1, Op: OpPut, ID: 2, Data: []byte("x"), Block: true, Timeout: -1}, {Op: OpNew, Kind: Barrier, N: 3}} {
		p, err := r.marshal()
		if err != nil {
			f.Fatal(err)
		}
		var fr bytes.Buffer
		_ = WriteFrame(&fr, p)
		f.Add(fr.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := bytes.NewReader(data)
		for i := 0; i < 4; i++ {
			p, err := ReadFrame(r, 1<<20)
			if err != nil {
				return
			}
			_, _ = unmarshalRequest(p)
		}
	})
}
