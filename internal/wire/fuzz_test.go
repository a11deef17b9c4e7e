package wire

import (
	"bytes"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// FuzzDecode feeds arbitrary bytes to the frame reader and the decoder:
// they must return an error or a value, never panic or allocate much more
// than the input's size.
func FuzzDecode(f *testing.F) {
	cls := core.MustClass("Point", "__main__", []*core.Class{core.ObjectClass}, nil)
	h := testHooks{globals: map[string]starlark.Value{"Point": cls}}
	p := core.NewInstance(nil, cls)
	p.SetOwn("x", starlark.NewList([]starlark.Value{starlark.MakeInt(1), starlark.Float(2)}))
	l := starlark.NewList(nil)
	_ = l.Append(l)
	d := starlark.NewDict(1)
	_ = d.SetKey(starlark.String("k"), starlark.Tuple{starlark.Bytes("b"), starlark.None, starlark.True})
	s := starlark.NewSet(1)
	_ = s.Insert(starlark.MakeInt(-5))
	for _, v := range []starlark.Value{p, l, d, s, handleValue(3), core.NewException(core.KeyError, starlark.String("k"))} {
		b, err := Marshal(v, h)
		if err != nil {
			f.Fatal(err)
		}
		var fr bytes.Buffer
		_ = WriteFrame(&fr, b)
		f.Add(fr.Bytes())
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		dec := NewDecoder(bytes.NewReader(data), h)
		dec.MaxFrame = 1 << 20
		for i := 0; i < 4; i++ {
			v, err := dec.Decode()
			if err != nil {
				return
			}
			if _, err := Marshal(v, h); err != nil {
				t.Fatalf("decoded value %v does not encode again: %v", v, err)
			}
		}
	})
}
