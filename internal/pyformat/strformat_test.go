package pyformat

import (
	"fmt"
	"testing"

	"go.starlark.net/starlark"
)

type strFormatCase struct {
	format string
	args   starlark.Tuple
	kwargs []starlark.Tuple
	want   string
	err    string
}

func TestStrFormat(t *testing.T) {
	for _, c := range strFormatCases {
		got, err := StrFormat(testHooks{}, c.format, c.args, c.kwargs)
		check(t, fmt.Sprintf("%q.format(%s, %s)", c.format, c.args, c.kwargs), got, err, c.want, c.err)
	}
}

func TestStrFormatMap(t *testing.T) {
	for _, c := range strFormatMapCases {
		got, err := StrFormatMap(testHooks{}, c.format, c.args)
		check(t, fmt.Sprintf("%q.format_map(%s)", c.format, c.args), got, err, c.want, c.err)
	}
}
