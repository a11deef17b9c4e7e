package pyformat

import (
	"fmt"
	"testing"

	"go.starlark.net/starlark"
)

type formatCase struct {
	v    starlark.Value
	spec string
	want string
	err  string
}

func TestFormatValue(t *testing.T) {
	h := testHooks{}
	for _, c := range formatCases {
		got, err := FormatValue(h, c.v, c.spec)
		name := fmt.Sprintf("format(%s %s, %q)", h.TypeName(c.v), c.v, c.spec)
		check(t, name, got, err, c.want, c.err)
	}
}

// formatHooks gives every value a __format__ that brackets the spec.
type formatHooks struct{ testHooks }

func (formatHooks) Format(v starlark.Value, spec string) (string, bool, error) {
	if spec == "fail" {
		return "", true, &Error{Type: "RuntimeError", Msg: "boom"}
	}
	return "<" + spec + ">", true, nil
}

func TestFormatValueHooks(t *testing.T) {
	h := formatHooks{}
	l := list(starlark.MakeInt(1))
	cases := []struct {
		v         starlark.Value
		spec      string
		want, err string
	}{
		{l, "", "<>", ""},
		{l, "x>5", "<x>5>", ""},
		{l, "fail", "", "RuntimeError: boom"},
		{starlark.MakeInt(5), "x>3", "xx5", ""}, // built-ins never reach the hook
		{starlark.None, "", "None", ""},
	}
	for _, c := range cases {
		got, err := FormatValue(h, c.v, c.spec)
		check(t, fmt.Sprintf("format(%s, %q)", c.v, c.spec), got, err, c.want, c.err)
	}
}
