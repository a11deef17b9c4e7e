package wire

import (
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// FuzzDecode feeds arbitrary payloads to the decoder: it must return an
// error or a value, never panic or allocate much more than the input's
// size (the frames around payloads are package broker's, fuzzed there).
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
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Unmarshal(data, h)
		if err != nil {
			return
		}
		if _, err := Marshal(v, h); err != nil {
			t.Fatalf("decoded value %v does not encode again: %v", v, err)
		}
	})
}
