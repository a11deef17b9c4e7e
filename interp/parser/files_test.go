package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// TestConformanceScripts parses the conformance scripts and the valid
// snippets of the tutorial (copied from
// shared/conformance so that the test stands alone).
func TestConformanceScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scripts: %v", err)
	}
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := Parse(name, src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(mod.Body) == 0 {
			t.Errorf("%s: empty module", name)
		}
	}
}
