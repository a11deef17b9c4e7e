package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestREADMEProgram checks that the Go program of the README's embedding
// section is this package's main.go, word for word (so that the README
// shows a program that compiles), and runs it.
func TestREADMEProgram(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	block, ok := goBlock(string(readme), "### Embedding in a Go program")
	if !ok {
		t.Fatal("README.md: no ```go block in the section \"Embedding in a Go program\"")
	}
	program, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	if block != string(program) {
		t.Errorf("the README's program differs from examples/embed/main.go: copy one onto the other\nREADME:\n%s", block)
	}

	bin := filepath.Join(t.TempDir(), "embed")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil {
		t.Fatalf("embed: %v\n%s", err, out)
	}
	if want := "['ALPHA!', 'BETA!']\nmap[go:2 python:6]\n"; string(out) != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// goBlock returns the text of the first ```go block after the line
// heading in markdown.
func goBlock(markdown, heading string) (string, bool) {
	_, rest, ok := strings.Cut(markdown, "\n"+heading+"\n")
	if !ok {
		return "", false
	}
	_, rest, ok = strings.Cut(rest, "\n```go\n")
	if !ok {
		return "", false
	}
	block, _, ok := strings.Cut(rest, "\n```\n")
	return block + "\n", ok
}
