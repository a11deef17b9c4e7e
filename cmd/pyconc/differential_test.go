package main

import (
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
)

// TestDifferential runs every script test with python3 too, when it is on
// PATH, and checks that CPython gives what the expectation blocks say (the
// blocks TestScripts checks pyconc against): standard output, the exit
// status and the traceback lines.
func TestDifferential(t *testing.T) {
	scripttest.Differential(t, scriptsDir)
}
