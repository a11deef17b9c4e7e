package queue_test

import (
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

// TestScripts runs the queue script tests (see package scripttest) in this
// process.
func TestScripts(t *testing.T) {
	scripttest.Run(t, "../../../testdata/scripts/queue", scripttest.InProcess(interp.Options{}))
}
