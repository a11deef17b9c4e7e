package lower

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of TestGolden")

// TestGolden compares the lowered Starlark text of testdata/golden/*.py
// with the .star file beside it, so the translation can be reviewed.
// Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*.py")
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := lowerSrc(t, file, string(src))
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		got := printFile(f)
		golden := strings.TrimSuffix(file, ".py") + ".star"
		if *update {
			if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: lowered text differs from %s\n--- got:\n%s--- want:\n%s", file, golden, got, want)
		}
	}
}
