package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// TestConformanceScripts parses the conformance scripts (the tutorial's
// examples are the project's scripts/; the others are copied from
// shared/conformance so that the test stands alone) and the valid
// snippets of the tutorial.
func TestConformanceScripts(t *testing.T) {
	files := scriptFiles()
	if len(files) == 0 {
		t.Fatal("no scripts")
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

// scriptFiles lists the test scripts: testdata and the project's scripts/.
func scriptFiles() []string {
	var files []string
	for _, pattern := range []string{"testdata/*/*.py", "../../scripts/*.py"} {
		more, _ := filepath.Glob(pattern)
		files = append(files, more...)
	}
	return files
}
