package core_test

import (
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

// TestScripts runs the script tests of the language and its built-ins (see
// package scripttest) in this process, so that the runtime's behaviour is
// checked by this package's tests too.
func TestScripts(t *testing.T) {
	for _, topic := range []string{"basics", "classes", "errors", "exceptions", "format", "statements"} {
		t.Run(topic, func(t *testing.T) {
			scripttest.Run(t, "../../testdata/scripts/"+topic, scripttest.InProcess(interp.Options{}))
		})
	}
}
