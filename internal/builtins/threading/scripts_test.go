package threading_test

import (
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

// TestScripts runs the threading script tests (see package scripttest) in
// this process.
func TestScripts(t *testing.T) {
	scripttest.Run(t, "../../../testdata/scripts/threading", scripttest.InProcess(interp.Options{}))
}
