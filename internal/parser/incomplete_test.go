package parser

import (
	"errors"
	"testing"
)

func TestIsIncomplete(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"if x:\n", true},
		{"if x:", true},
		{"def f():\n", true},
		{"class A:\n", true},
		{"for x in y:\n", true},
		{"try:\n  a\nexcept:\n", true},
		{"f(x,\n", true},
		{"x = [1,\n 2", true},
		{"d = {\n", true},
		{"s = '''abc\n", true},
		{"x = 1 + \\\n", true},
		{"x = f'''{a}\n", true},
		{"x = (1 +", true},
		{"if x:\ny", false},
		{"x = 1 2", false},
		{"x = 'abc\n", false},
		{")", false},
		{"return 1", false},
		{"  x", false},
		{"x = 1j", false},
	}
	for _, tc := range tests {
		_, err := Parse("<stdin>", []byte(tc.src))
		if err == nil {
			t.Errorf("Parse(%q) succeeded", tc.src)
			continue
		}
		if got := IsIncomplete(err); got != tc.want {
			t.Errorf("IsIncomplete(Parse(%q) = %v) = %v, want %v", tc.src, err, got, tc.want)
		}
	}
	if IsIncomplete(nil) || IsIncomplete(errors.New("x")) {
		t.Error("IsIncomplete is true for a foreign error")
	}
}
