package pyformat

import (
	"errors"
	"math"
	"testing"

	"go.starlark.net/starlark"
)

// hugeNumber reports whether s holds a run of more than 6 digits: such
// widths are valid but only slow the fuzzer down with big allocations.
func hugeNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run > 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// fuzzValues are the values each fuzzed spec is applied to.
func fuzzValues(i int64, f float64, s string) []starlark.Value {
	return []starlark.Value{
		starlark.MakeInt64(i),
		bigInt("-123456789012345678901234567890"),
		starlark.Float(f),
		starlark.Float(math.Inf(-1)),
		starlark.String(s),
		starlark.True,
		starlark.None,
		list(starlark.MakeInt(1)),
		starlark.Bytes(s),
	}
}

// wantPyError fails unless err is nil or a *Error.
func wantPyError(t *testing.T, err error) {
	var pe *Error
	if err != nil && !errors.As(err, &pe) {
		t.Fatalf("error %v (%T) is not a *Error", err, err)
	}
}

func FuzzFormatSpec(f *testing.F) {
	for _, spec := range []string{"", "x^+#012,.3f", "_<z#08_b", ".2%", "c", ">{0}", "{0!r:{1}}", "{:{:{}}}", "0=10,"} {
		f.Add(spec, int64(-42), 2.675, "héllo")
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64, s string) {
		if hugeNumber(spec) {
			t.Skip()
		}
		h := BasicHooks{}
		vals := fuzzValues(i, x, s)
		for _, v := range vals {
			_, err := FormatValue(h, v, spec)
			wantPyError(t, err)
		}
		_, err := StrFormat(h, spec, starlark.Tuple(vals), []starlark.Tuple{{starlark.String("k"), vals[0]}})
		wantPyError(t, err)
		_, err = StrFormatMap(h, spec, dict(starlark.String("k"), vals[2]))
		wantPyError(t, err)
	})
}

func FuzzPercent(f *testing.F) {
	for _, format := range []string{"%s", "%-+#08.3x|%*.*f", "%(k)r %(k)c", "%c%5c", "%.2147483648f", "a%", "%y"} {
		f.Add(format, int64(65), 1.5, "é", uint8(0))
	}
	f.Fuzz(func(t *testing.T, format string, i int64, x float64, s string, shape uint8) {
		if hugeNumber(format) {
			t.Skip()
		}
		h := BasicHooks{}
		vals := fuzzValues(i, x, s)
		var args starlark.Value
		switch shape % 4 {
		case 0:
			args = starlark.Tuple(vals[:1+int(shape/4)%len(vals)])
		case 1:
			args = vals[int(shape/4)%len(vals)]
		case 2:
			args = dict(starlark.String("k"), vals[int(shape/4)%len(vals)], starlark.Bytes("k"), vals[0])
		default:
			args = starlark.Tuple{starlark.MakeInt64(i % 50), starlark.MakeInt64(i % 7), vals[int(shape/4)%len(vals)]}
		}
		_, err := Percent(h, format, args)
		wantPyError(t, err)
		_, err = PercentBytes(h, format, args)
		wantPyError(t, err)
	})
}
