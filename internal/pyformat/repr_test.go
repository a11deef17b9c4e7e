package pyformat

import (
	"fmt"
	"testing"
)

func TestFloatRepr(t *testing.T) {
	for _, c := range floatReprCases {
		if got := FloatRepr(c.f); got != c.want {
			t.Errorf("FloatRepr(%v) = %q, want %q", c.f, got, c.want)
		}
	}
}

func TestFloatFormat(t *testing.T) {
	for _, c := range floatFormatCases {
		var flags FloatFlags
		if c.alt {
			flags = FloatAlt
		}
		if got := FloatFormat(c.f, c.code, c.prec, flags); got != c.want {
			t.Errorf("FloatFormat(%v, %c, %d, alt=%v) = %q, want %q", c.f, c.code, c.prec, c.alt, got, c.want)
		}
	}
}

func TestStrRepr(t *testing.T) {
	for _, c := range strReprCases {
		if got := StrRepr(c.s); got != c.repr {
			t.Errorf("StrRepr(%q) = %q, want %q", c.s, got, c.repr)
		}
		if got := Ascii(c.s); got != c.ascii {
			t.Errorf("Ascii(%q) = %q, want %q", c.s, got, c.ascii)
		}
	}
}

func TestBytesRepr(t *testing.T) {
	for _, c := range bytesReprCases {
		if got := BytesRepr(c.b); got != c.want {
			t.Errorf("BytesRepr(%q) = %q, want %q", c.b, got, c.want)
		}
	}
}

// TestInvalidUTF8 pins the documented handling of bytes that are not UTF-8,
// which Python strings cannot hold.
func TestInvalidUTF8(t *testing.T) {
	cases := []struct{ got, want string }{
		{StrRepr("a\xffb"), `'a\xffb'`},
		{EscapeNonASCII("é\xff"), `\xe9\xff`},
		{fmt.Sprint(FormatValue(BasicHooks{}, stringValue("\xff\xfe"), "^4")), " \xff\xfe <nil>"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
