package pyformat

import (
	"fmt"
	"testing"

	"go.starlark.net/starlark"
)

type percentCase struct {
	format string
	args   starlark.Value
	want   string
	err    string
}

func TestPercent(t *testing.T) {
	for _, c := range percentCases {
		got, err := Percent(testHooks{}, c.format, c.args)
		check(t, fmt.Sprintf("%q %% %s", c.format, c.args), got, err, c.want, c.err)
	}
}

func TestPercentBytes(t *testing.T) {
	for _, c := range percentBytesCases {
		got, err := PercentBytes(testHooks{}, c.format, c.args)
		check(t, fmt.Sprintf("b%q %% %s", c.format, c.args), got, err, c.want, c.err)
	}
}
