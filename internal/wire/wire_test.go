package wire

import (
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// testHooks names the classes and functions of a fake __main__ module.
type testHooks struct {
	NoHooks
	globals map[string]starlark.Value
	where   string
}

func (h testHooks) Where() string { return h.where }

func (h testHooks) GlobalName(v starlark.Value) (string, string, error) {
	for k, g := range h.globals {
		if g == v {
			return "__main__", k, nil
		}
	}
	if fn, ok := v.(*starlark.Function); ok {
		return "", "", LookupFailed(v, fn.Name(), "__main__")
	}
	return "", "", Unpicklable(v)
}

func (h testHooks) LoadGlobal(module, name string) (starlark.Value, error) {
	if v, ok := h.globals[name]; ok && module == "__main__" {
		return v, nil
	}
	return h.NoHooks.LoadGlobal(module, name)
}

func (h testHooks) EncodeHandle(v starlark.Value) (Handle, bool, error) {
	if s, ok := v.(handleValue); ok {
		return Handle{Kind: "queue", ID: uint64(s)}, true, nil
	}
	return Handle{}, false, nil
}

func (h testHooks) DecodeHandle(x Handle) (starlark.Value, error) {
	return handleValue(x.ID), nil
}

// handleValue stands for a shared object.
type handleValue int

func (handleValue) String() string        { return "<handle>" }
func (handleValue) Type() string          { return "handle" }
func (handleValue) Freeze()               {}
func (handleValue) Truth() starlark.Bool  { return true }
func (handleValue) Hash() (uint32, error) { return 0, nil }

func roundTrip(t *testing.T, v starlark.Value, h Hooks) starlark.Value {
	t.Helper()
	p, err := Marshal(v, h)
	if err != nil {
		t.Fatalf("encode %v: %v", v, err)
	}
	out, err := Unmarshal(p, h)
	if err != nil {
		t.Fatalf("decode %v: %v", v, err)
	}
	return out
}

func TestRoundTripPlain(t *testing.T) {
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	set := starlark.NewSet(2)
	_ = set.Insert(starlark.MakeInt(1))
	_ = set.Insert(starlark.String("x"))
	d := starlark.NewDict(2)
	_ = d.SetKey(starlark.String("name"), starlark.String("小杨"))
	_ = d.SetKey(starlark.Tuple{starlark.MakeInt(1), starlark.None}, starlark.NewList([]starlark.Value{starlark.Float(2.5)}))
	for _, v := range []starlark.Value{
		starlark.None, starlark.True, starlark.False,
		starlark.MakeInt(0), starlark.MakeInt(-1), starlark.MakeInt64(1 << 62), starlark.MakeBigInt(huge),
		starlark.Float(3.25), starlark.Float(math.Copysign(0, -1)),
		starlark.String(""), starlark.String("你好\x00"), starlark.Bytes("\xff\x00"),
		starlark.Tuple{}, starlark.Tuple{starlark.String("a"), starlark.MakeInt(18)},
		starlark.NewList(nil), set, d,
	} {
		out := roundTrip(t, v, nil)
		if ok, err := starlark.Equal(v, out); err != nil || !ok {
			t.Errorf("round trip of %v gave %v (%v)", v, out, err)
		}
		if out.Type() != v.Type() {
			t.Errorf("round trip of %v changed type %s to %s", v, v.Type(), out.Type())
		}
	}
}

func TestCyclesAndSharing(t *testing.T) {
	l := starlark.NewList(nil)
	_ = l.Append(l)
	out := roundTrip(t, l, nil).(*starlark.List)
	if out.Len() != 1 || out.Index(0) != out {
		t.Errorf("self-containing list came back as %v", out)
	}
	shared := starlark.NewList([]starlark.Value{starlark.MakeInt(1)})
	pair := starlark.Tuple{shared, shared}
	out2 := roundTrip(t, pair, nil).(starlark.Tuple)
	if out2[0] != out2[1] {
		t.Errorf("shared list was duplicated")
	}
}

func TestInstancesFunctionsHandles(t *testing.T) {
	cls := core.MustClass("Point", "__main__", []*core.Class{core.ObjectClass}, nil)
	th := &starlark.Thread{}
	globals, err := starlark.ExecFileOptions(&syntax.FileOptions{}, th, "m.star", "def f(x):\n  return x\ng = lambda: 1\n", nil)
	if err != nil {
		t.Fatal(err)
	}
	h := testHooks{globals: map[string]starlark.Value{"Point": cls, "f": globals["f"]}, where: "the arguments of Process-1"}
	p := core.NewInstance(nil, cls)
	p.SetOwn("x", starlark.MakeInt(1))
	p.SetOwn("self", p)
	v := starlark.Tuple{p, globals["f"], handleValue(7), cls}
	out := roundTrip(t, v, h).(starlark.Tuple)
	q := out[0].(*core.Instance)
	if q.Class != cls || q.OwnNames()[0] != "x" {
		t.Errorf("instance came back as %v", q)
	}
	if self, _ := q.GetOwn("self"); self != q {
		t.Errorf("instance cycle lost")
	}
	if out[1] != globals["f"] || out[2] != handleValue(7) || out[3] != cls {
		t.Errorf("globals/handles came back as %v", out)
	}

	_, err = Marshal(globals["g"], h)
	if err == nil || !strings.Contains(err.Error(), "Can't pickle <function lambda at 0x") ||
		!strings.HasSuffix(err.Error(), "attribute lookup lambda on __main__ failed (while sending the arguments of Process-1)") {
		t.Errorf("lambda: %v", err)
	}
	var pe *core.PyError
	if !errors.As(err, &pe) || !pe.Value.Class.IsSubclass(PicklingError) {
		t.Errorf("lambda: want a PicklingError, got %T", err)
	}
}

func TestExceptions(t *testing.T) {
	exc := core.NewException(core.ValueError, starlark.String("boom"))
	core.ExcStateOf(exc).Traceback = []core.Frame{{File: "x.py", Line: 3, Func: "f"}}
	out := roundTrip(t, exc, nil).(*core.Instance)
	st := core.ExcStateOf(out)
	if out.Class != core.ValueError || len(st.Args) != 1 || st.Args[0] != starlark.String("boom") {
		t.Fatalf("exception came back as %v", out)
	}
	want := "Traceback (most recent call last):\n  File \"x.py\", line 3, in f\nValueError: boom\n"
	if st.RemoteTraceback != want {
		t.Errorf("traceback %q, want %q", st.RemoteTraceback, want)
	}
}

type opaque struct{ handleValue }

func (opaque) Type() string { return "generator" }

func TestUnpicklable(t *testing.T) {
	_, err := Marshal(starlark.Tuple{opaque{}}, nil)
	if err == nil || err.Error() != "TypeError: cannot pickle 'generator' object" {
		t.Errorf("got %v", err)
	}
	cls := core.MustClass("T", "threading", []*core.Class{core.ObjectClass}, nil)
	inst := core.NewInstance(nil, cls)
	inst.Native = 1
	_, err = Marshal(inst, testHooks{globals: map[string]starlark.Value{"T": cls}})
	if err == nil || err.Error() != "TypeError: cannot pickle 'T' object" {
		t.Errorf("got %v", err)
	}
	deep := starlark.Value(starlark.None)
	for i := 0; i < MaxDepth+5; i++ {
		deep = starlark.Tuple{deep}
	}
	if _, err := Marshal(deep, nil); err == nil || !strings.Contains(err.Error(), "maximum recursion depth") {
		t.Errorf("deep: %v", err)
	}
}

func TestForgedLengths(t *testing.T) {
	// A list claiming 2^60 elements.
	p := []byte{Version, tagList, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10}
	if _, err := Unmarshal(p, nil); err == nil || !strings.Contains(err.Error(), "UnpicklingError") {
		t.Errorf("forged count: %v", err)
	}
	if _, err := Unmarshal([]byte{9, 'N'}, nil); err == nil || !strings.Contains(err.Error(), "version 9") {
		t.Errorf("version: %v", err)
	}
}
