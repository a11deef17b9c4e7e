package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// scriptsDir holds the script tests: Python programs ending with a comment
// block that states what running them must give:
//
//	# Output:            the exact standard output, one "# " line each ("#" alone: an empty line)
//	# Unordered output:  the same lines in any order (threads racing)
//	# Stderr:            lines that must appear in standard error, in order
//	# Exit: N            the exit status (default 0)
//	# Skip-python3: why  not compared with CPython by TestDifferential
//
// Files whose name starts with "_" are helper modules that tests import.
const scriptsDir = "../../testdata/scripts"

// expectation is the parsed comment block of a script.
type expectation struct {
	stdout    []string
	unordered bool
	stderr    []string
	exit      int
	noPython  string
}

func parseExpectation(src string) (expectation, bool) {
	var e expectation
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	section := ""
	found := false
	for _, line := range lines {
		t := strings.TrimRight(line, "\r")
		switch {
		case t == "# Output:":
			section, found = "out", true
			continue
		case t == "# Unordered output:":
			section, found, e.unordered = "out", true, true
			continue
		case t == "# Stderr:":
			section, found = "err", true
			continue
		case strings.HasPrefix(t, "# Exit: "):
			e.exit, _ = strconv.Atoi(strings.TrimPrefix(t, "# Exit: "))
			found = true
			continue
		case strings.HasPrefix(t, "# Skip-python3:"):
			e.noPython = strings.TrimSpace(strings.TrimPrefix(t, "# Skip-python3:"))
			continue
		}
		if section == "" {
			continue
		}
		var text string
		switch {
		case t == "#":
			text = ""
		case strings.HasPrefix(t, "# "):
			text = t[2:]
		default:
			section = "" // the block ended
			continue
		}
		if section == "out" {
			e.stdout = append(e.stdout, text)
		} else {
			e.stderr = append(e.stderr, text)
		}
	}
	return e, found
}

// scriptFiles lists the script tests.
func scriptFiles(t *testing.T) []string {
	var files []string
	err := filepath.Walk(scriptsDir, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(path, ".py") && !strings.HasPrefix(info.Name(), "_") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	return files
}

// runCLI runs the test binary as the pyconc command on a script.
func runCLI(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYCONC_TEST_AS_CLI=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code = 0
	if err != nil {
		ee, ok := err.(*exec.ExitError)
		if !ok {
			t.Fatalf("running %v: %v", args, err)
		}
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(interface{ Signaled() bool }); ok && ws.Signaled() {
			code = -1
		}
	}
	return out.String(), errb.String(), code
}

// filePath matches the file of a traceback entry.
var filePath = regexp.MustCompile(`File "[^"]*/([^/"]+)"`)

// shortenPaths reduces the file names of traceback entries to their base
// names (CPython and pyconc show the script's absolute path).
func shortenPaths(s string) string {
	return filePath.ReplaceAllString(s, `File "$1"`)
}

func splitLines(s string) []string {
	s = strings.TrimSuffix(s, "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}

// TestScripts runs every script test with pyconc.
func TestScripts(t *testing.T) {
	for _, path := range scriptFiles(t) {
		path := path
		name := strings.TrimSuffix(strings.TrimPrefix(path, scriptsDir+"/"), ".py")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, ok := parseExpectation(string(src))
			if !ok {
				t.Fatalf("%s has no expectation block", path)
			}
			stdout, stderr, code := runCLI(t, filepath.Dir(path), filepath.Base(path))
			stderr = shortenPaths(stderr)
			if msg := checkOutput(want, stdout, stderr, code); msg != "" {
				t.Errorf("%s\n--- stdout:\n%s--- stderr:\n%s", msg, stdout, stderr)
			}
		})
	}
}

// checkOutput compares a run with its expectation; "" means it matches.
func checkOutput(want expectation, stdout, stderr string, code int) string {
	if code != want.exit {
		return fmt.Sprintf("exit status %d, want %d", code, want.exit)
	}
	got := splitLines(stdout)
	exp := append([]string(nil), want.stdout...)
	if want.unordered {
		sort.Strings(got)
		sort.Strings(exp)
	}
	if strings.Join(got, "\n") != strings.Join(exp, "\n") {
		return fmt.Sprintf("stdout differs:\n got: %q\nwant: %q", got, exp)
	}
	errLines := splitLines(stderr)
	i := 0
	for _, w := range want.stderr {
		re, err := regexp.Compile("^" + regexp.QuoteMeta(w) + "$")
		if strings.HasPrefix(w, "re:") {
			re, err = regexp.Compile("^" + strings.TrimPrefix(w, "re:") + "$")
		}
		if err != nil {
			return fmt.Sprintf("bad stderr pattern %q: %v", w, err)
		}
		for i < len(errLines) && !re.MatchString(errLines[i]) {
			i++
		}
		if i == len(errLines) {
			return fmt.Sprintf("stderr lacks the line %q (in order)", w)
		}
		i++
	}
	return ""
}
