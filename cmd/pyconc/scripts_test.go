package main

import (
	"os"
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
)

// scriptsDir holds the script tests (see package scripttest for their
// expectation blocks and how to add one).
const scriptsDir = "../../testdata/scripts"

// TestScripts runs every script test with the pyconc command: the test
// binary, acting as the command (see TestMain), in a child process.
func TestScripts(t *testing.T) {
	scripttest.Run(t, scriptsDir, scripttest.Command(os.Args[0], "PYCONC_TEST_AS_CLI=1"))
}
