// This file defines the expectation block of a script test: parsing and checking.

package scripttest

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Expectation is the parsed comment block at the end of a script test.
type Expectation struct {
	Stdout      []string // the lines of standard output
	Unordered   bool     // Stdout may come in any order
	Stderr      []string // lines standard error must contain, in order ("re:" for a pattern)
	Exit        int      // the exit status
	SkipPython3 string   // why Differential does not run the script, or ""
}

// Result is what running a script gave.
type Result struct {
	Stdout, Stderr string
	Exit           int
}

// ErrNoBlock is returned by Parse for a source without an expectation block.
var ErrNoBlock = errors.New("no expectation block (# Output:)")

// Parse reads the expectation block of a script's source.
func Parse(src []byte) (Expectation, error) {
	var e Expectation
	section := ""
	found := false
	for _, line := range strings.Split(strings.TrimRight(string(src), "\n"), "\n") {
		t := strings.TrimRight(line, "\r")
		switch {
		case t == "# Output:":
			section, found = "out", true
			continue
		case t == "# Unordered output:":
			section, found, e.Unordered = "out", true, true
			continue
		case t == "# Stderr:":
			section, found = "err", true
			continue
		case strings.HasPrefix(t, "# Exit: "):
			n, err := strconv.Atoi(strings.TrimPrefix(t, "# Exit: "))
			if err != nil {
				return e, fmt.Errorf("bad exit status line %q", t)
			}
			e.Exit, found = n, true
			continue
		case strings.HasPrefix(t, "# Skip-python3:"):
			e.SkipPython3 = strings.TrimSpace(strings.TrimPrefix(t, "# Skip-python3:"))
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
			e.Stdout = append(e.Stdout, text)
		} else {
			e.Stderr = append(e.Stderr, text)
		}
	}
	if !found {
		return e, ErrNoBlock
	}
	return e, nil
}

// filePath matches the file of a traceback entry.
var filePath = regexp.MustCompile(`File "[^"]*[/\\]([^/\\"]+)"`)

// ShortenPaths reduces the file names of traceback entries to their base
// names (CPython and pyconc show the script's absolute path).
func ShortenPaths(s string) string {
	return filePath.ReplaceAllString(s, `File "$1"`)
}

// Check compares a run with the expectation; nil means it matches.
// Standard error is compared after ShortenPaths.
func (e Expectation) Check(r Result) error {
	if r.Exit != e.Exit {
		return fmt.Errorf("exit status %d, want %d", r.Exit, e.Exit)
	}
	got := lines(r.Stdout)
	want := append([]string(nil), e.Stdout...)
	if e.Unordered {
		sort.Strings(got)
		sort.Strings(want)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		return fmt.Errorf("stdout differs:\n got: %q\nwant: %q", got, want)
	}
	errLines := lines(ShortenPaths(r.Stderr))
	i := 0
	for _, w := range e.Stderr {
		re, err := linePattern(w)
		if err != nil {
			return err
		}
		for i < len(errLines) && !re.MatchString(errLines[i]) {
			i++
		}
		if i == len(errLines) {
			return fmt.Errorf("stderr lacks the line %q (in order)", w)
		}
		i++
	}
	if e.Exit != 0 && len(e.Stderr) > 0 {
		last := e.Stderr[len(e.Stderr)-1]
		if re, _ := linePattern(last); !re.MatchString(errLines[len(errLines)-1]) {
			return fmt.Errorf("stderr ends with %q, want %q", errLines[len(errLines)-1], last)
		}
	}
	return nil
}

// linePattern compiles an expected standard-error line.
func linePattern(w string) (*regexp.Regexp, error) {
	if p, ok := strings.CutPrefix(w, "re:"); ok {
		re, err := regexp.Compile("^(?:" + p + ")$")
		if err != nil {
			return nil, fmt.Errorf("bad stderr pattern %q: %v", w, err)
		}
		return re, nil
	}
	return regexp.MustCompile("^" + regexp.QuoteMeta(ShortenPaths(w)) + "$"), nil
}

// lines splits text into lines without their newlines.
func lines(s string) []string {
	s = strings.TrimSuffix(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n")
}
