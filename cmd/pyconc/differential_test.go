package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestDifferential runs every script test with python3 too, when it is on
// PATH, and compares standard output, the exit status and the last line of
// standard error (the exception) with pyconc's.
func TestDifferential(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on PATH")
	}
	for _, path := range scriptFiles(t) {
		path := path
		name := strings.TrimSuffix(strings.TrimPrefix(path, scriptsDir+"/"), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := parseExpectation(string(src))
			if want.noPython != "" {
				t.Skip(want.noPython)
			}
			pyOut, pyErr, pyCode := runPython(t, py, path)
			out, errText, code := runCLI(t, filepath.Dir(path), filepath.Base(path))
			if code != pyCode {
				t.Errorf("exit status: pyconc %d, python3 %d\npython3 stderr:\n%s\npyconc stderr:\n%s", code, pyCode, pyErr, errText)
			}
			a, b := splitLines(out), splitLines(pyOut)
			if want.unordered {
				sort.Strings(a)
				sort.Strings(b)
			}
			if strings.Join(a, "\n") != strings.Join(b, "\n") {
				t.Errorf("stdout differs\npyconc:\n%s\npython3:\n%s", out, pyOut)
			}
			if pyCode != 0 {
				pl, ml := lastLine(pyErr), lastLine(errText)
				if pl != ml {
					t.Errorf("last stderr line: pyconc %q, python3 %q", ml, pl)
				}
			}
		})
	}
}

func runPython(t *testing.T, py, path string) (string, string, int) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func lastLine(s string) string {
	l := splitLines(s)
	if len(l) == 0 {
		return ""
	}
	return l[len(l)-1]
}
