package main

import (
	"go/build"
	"strings"
	"testing"
)

// TestUsesOnlyInterp checks that the command reaches pyconc only through
// its public API, package interp.
func TestUsesOnlyInterp(t *testing.T) {
	pkg, err := build.ImportDir(".", 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range pkg.Imports {
		if strings.HasPrefix(path, "github.com/pyconc/pyconc/") && path != "github.com/pyconc/pyconc/interp" {
			t.Errorf("cmd/pyconc imports %s; it may use only github.com/pyconc/pyconc/interp", path)
		}
	}
}
