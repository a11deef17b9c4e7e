package main

import (
	"os"
	"testing"

	"github.com/pyconc/pyconc/interp"
)

// TestMain lets the test binary act as the pyconc command when
// PYCONC_TEST_AS_CLI is set, so script tests run the real command
// (including worker processes, which re-execute the binary) without a
// separate build.
func TestMain(m *testing.M) {
	if interp.RunWorkerIfChild(interp.Options{}) {
		return
	}
	if os.Getenv("PYCONC_TEST_AS_CLI") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}
