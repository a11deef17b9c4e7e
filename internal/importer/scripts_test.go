package importer_test

// This file runs the script tests of imports (testdata/scripts/imports) in
// this process; cmd/pyconc runs them again with the command and with
// python3.

import (
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

// TestScripts runs the import script tests on interp.Interpreters.
func TestScripts(t *testing.T) {
	scripttest.Run(t, "../../testdata/scripts/imports", scripttest.InProcess(interp.Options{}))
}
