package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestHostProgram builds the example host with go build and runs it.
func TestHostProgram(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "host")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil {
		t.Fatalf("host: %v\n%s", err, out)
	}
	want := `threads: ['ALPHA!', 'BETA!', 'GAMMA!']
child says DELTA!
child exit code: 0
tally from Go: map[go:2 python:6]
`
	if string(out) != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}
