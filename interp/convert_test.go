package interp

import (
	"math/big"
	"reflect"
	"testing"

	"go.starlark.net/starlark"
)

// TestConvertRoundTrip converts Go values to script values and back.
func TestConvertRoundTrip(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	cases := []struct {
		in   any
		repr string // the script value's String()
		back any
	}{
		{nil, "None", nil},
		{true, "True", true},
		{42, "42", int64(42)},
		{int8(-3), "-3", int64(-3)},
		{uint64(1 << 63), "9223372036854775808", new(big.Int).SetUint64(1 << 63)},
		{huge, "123456789012345678901234567890", huge},
		{2.5, "2.5", 2.5},
		{float32(0.5), "0.5", 0.5},
		{"héllo", `"héllo"`, "héllo"},
		{[]byte("ab"), `b"ab"`, []byte("ab")},
		{[]any{1, "x", []any{}}, `[1, "x", []]`, []any{int64(1), "x", []any{}}},
		{[]string{"a", "b"}, `["a", "b"]`, []any{"a", "b"}},
		{map[string]any{"b": 2, "a": nil}, `{"a": None, "b": 2}`, map[string]any{"a": nil, "b": int64(2)}},
		{map[int]string{1: "one"}, `{1: "one"}`, map[any]any{int64(1): "one"}},
		{starlark.Tuple{starlark.MakeInt(1)}, "(1,)", []any{int64(1)}},
	}
	for _, c := range cases {
		v, err := ToValue(c.in)
		if err != nil {
			t.Errorf("ToValue(%#v): %v", c.in, err)
			continue
		}
		if v.String() != c.repr {
			t.Errorf("ToValue(%#v) = %s, want %s", c.in, v, c.repr)
		}
		back, err := FromValue(v)
		if err != nil {
			t.Errorf("FromValue(%s): %v", v, err)
			continue
		}
		if !reflect.DeepEqual(back, c.back) {
			t.Errorf("FromValue(%s) = %#v, want %#v", v, back, c.back)
		}
	}
}

// TestConvertErrors lists values that have no counterpart.
func TestConvertErrors(t *testing.T) {
	for _, x := range []any{struct{}{}, make(chan int), []any{func() {}}, map[string]any{"k": struct{}{}}} {
		if v, err := ToValue(x); err == nil {
			t.Errorf("ToValue(%T) = %v, want an error", x, v)
		}
	}
	tupleKey := starlark.NewDict(1)
	_ = tupleKey.SetKey(starlark.Tuple{starlark.MakeInt(1)}, starlark.None)
	for _, v := range []starlark.Value{starlark.NewBuiltin("f", nil), tupleKey, starlark.NewList([]starlark.Value{starlark.NewBuiltin("g", nil)})} {
		if x, err := FromValue(v); err == nil {
			t.Errorf("FromValue(%s) = %#v, want an error", v, x)
		}
	}
}
