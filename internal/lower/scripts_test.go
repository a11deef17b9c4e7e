package lower_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/lower"
	"github.com/pyconc/pyconc/internal/scripttest"
)

// TestScripts runs every script test of scriptsDir through the lowering and
// the test runtime and compares its output with the expectation block
// (CPython's): standard output and, for a script that fails, the exception
// (the test runtime prints no traceback).
func TestScripts(t *testing.T) {
	for _, file := range scripttest.Files(t, lower.ScriptsDir) {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := scripttest.Parse(src)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			got, err := lower.RunSrc(t, file, string(src))
			gotErr, wantErr := "", ""
			if err != nil {
				gotErr = err.Error()
			}
			if want.Exit != 0 && len(want.Stderr) > 0 {
				wantErr = want.Stderr[len(want.Stderr)-1]
			}
			wantOut := strings.Join(want.Stdout, "\n")
			if len(want.Stdout) > 0 {
				wantOut += "\n"
			}
			if got != wantOut || gotErr != wantErr {
				f, _ := lower.LowerSrc(t, file, string(src))
				lowered := ""
				if f != nil {
					lowered = lower.PrintFile(f)
				}
				t.Errorf("output differs from the expectation block\n--- got:\n%s%s\n--- want:\n%s%s\n--- lowered:\n%s", got, gotErr, wantOut, wantErr, lowered)
			}
		})
	}
}
