package interp

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCompile feeds arbitrary source to the parser, the lowering and
// go.starlark.net's compiler: no input may panic or hang, and every
// failure must be a *SyntaxError (never an internal error).
func FuzzCompile(f *testing.F) {
	for _, pattern := range []string{"../testdata/scripts/*/*.py", "../scripts/*.py", "lower/testdata/*.py", "parser/testdata/*.py"} {
		files, _ := filepath.Glob(pattern)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	for _, tc := range badInputs {
		f.Add([]byte(tc.src))
	}
	in := New(Options{})
	defer in.Close()
	f.Fuzz(func(t *testing.T, src []byte) {
		_, err := compile("fuzz.py", src, in.isPredeclared)
		if err == nil {
			return
		}
		if _, ok := err.(*SyntaxError); !ok {
			t.Fatalf("%T: %v", err, err)
		}
	})
}
