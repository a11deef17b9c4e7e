package pyformat

import (
	"testing"

	"go.starlark.net/starlark"
)

func BenchmarkPercent(b *testing.B) {
	h := BasicHooks{}
	args := starlark.Tuple{starlark.String("name"), starlark.MakeInt(42), starlark.Float(3.14159), starlark.MakeInt(255)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Percent(h, "%-10s|%5d|%8.3f|%#06x", args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormatValue(b *testing.B) {
	h := BasicHooks{}
	vals := []struct {
		v    starlark.Value
		spec string
	}{
		{starlark.MakeInt(1234567), ",d"},
		{starlark.Float(2.675), ".2f"},
		{starlark.Float(1e-7), ""},
		{starlark.String("hello"), "*^11"},
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, c := range vals {
			if _, err := FormatValue(h, c.v, c.spec); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkStrFormat(b *testing.B) {
	h := BasicHooks{}
	args := starlark.Tuple{starlark.String("x"), starlark.Float(0.5)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := StrFormat(h, "{0!r:>6} = {1:.1%}", args, nil); err != nil {
			b.Fatal(err)
		}
	}
}
