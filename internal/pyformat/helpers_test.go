package pyformat

import (
	"errors"
	"math/big"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/starlarkstruct"
)

// Constructors used by the generated case tables.

func bigInt(s string) starlark.Int {
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad big int " + s)
	}
	return starlark.MakeBigInt(b)
}

func list(vs ...starlark.Value) *starlark.List { return starlark.NewList(vs) }

func dict(kvs ...starlark.Value) *starlark.Dict {
	d := starlark.NewDict(len(kvs) / 2)
	for i := 0; i < len(kvs); i += 2 {
		if err := d.SetKey(kvs[i], kvs[i+1]); err != nil {
			panic(err)
		}
	}
	return d
}

func record(kvs ...any) *starlarkstruct.Struct {
	d := starlark.StringDict{}
	for i := 0; i < len(kvs); i += 2 {
		d[kvs[i].(string)] = kvs[i+1].(starlark.Value)
	}
	return starlarkstruct.FromStringDict(starlarkstruct.Default, d)
}

// testHooks is BasicHooks with Python's type name for structs.
type testHooks struct{ BasicHooks }

func (h testHooks) TypeName(v starlark.Value) string {
	if _, ok := v.(*starlarkstruct.Struct); ok {
		return "S"
	}
	return h.BasicHooks.TypeName(v)
}

func (h testHooks) GetAttr(v starlark.Value, name string) (starlark.Value, error) {
	x, err := h.BasicHooks.GetAttr(v, name)
	if err != nil {
		if _, ok := v.(*starlarkstruct.Struct); ok {
			return nil, &Error{Type: "AttributeError", Msg: "'S' object has no attribute '" + name + "'"}
		}
	}
	return x, err
}

// check compares a result with a wanted string or "Type: message" error.
func check(t *testing.T, name, got string, err error, want, wantErr string) {
	t.Helper()
	if wantErr != "" {
		var pe *Error
		if err == nil {
			t.Errorf("%s = %q, want error %q", name, got, wantErr)
		} else if !errors.As(err, &pe) {
			t.Errorf("%s: error %v is not a *Error, want %q", name, err, wantErr)
		} else if err.Error() != wantErr {
			t.Errorf("%s: error %q, want %q", name, err.Error(), wantErr)
		}
		return
	}
	if err != nil {
		t.Errorf("%s: unexpected error %v, want %q", name, err, want)
	} else if got != want {
		t.Errorf("%s = %q, want %q", name, got, want)
	}
}

func stringValue(s string) starlark.String { return starlark.String(s) }
