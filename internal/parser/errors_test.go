package parser

// This file tests the syntax errors of testdata/errors.txt (the format is
// described at its top) and of the sources too large to write there.

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/pyast"
)

// errorTest is a source that must fail with the given kind, message,
// line and column. Unless pyconcOnly, CPython 3.11 reports the same
// (TestErrorsAgainstCPython checks it when python3 is installed).
type errorTest struct {
	name       string // where the case is defined, for messages
	src        string
	kind       string
	msg        string
	line, col  int
	pyconcOnly bool
}

// errorsFile holds most error tests.
const errorsFile = "testdata/errors.txt"

// errorTests returns the cases of errorsFile, then those of limitTests.
func errorTests(t testing.TB) []errorTest {
	data, err := os.ReadFile(errorsFile)
	if err != nil {
		t.Fatal(err)
	}
	tests, err := parseErrorTests(errorsFile, string(data))
	if err != nil {
		t.Fatal(err)
	}
	return append(tests, limitTests()...)
}

// parseErrorTests reads the chunks of an error test file.
func parseErrorTests(filename, data string) ([]errorTest, error) {
	chunks := strings.Split(data, "\n---\n")
	if len(chunks) < 2 || chunks[len(chunks)-1] != "" {
		return nil, fmt.Errorf("%s: must end with a line \"---\"", filename)
	}
	var tests []errorTest
	line := strings.Count(chunks[0], "\n") + 3 // the line the first chunk starts at
	for _, chunk := range chunks[1 : len(chunks)-1] {
		tc, err := parseErrorChunk(chunk)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", filename, line, err)
		}
		tc.name = fmt.Sprintf("%s:%d", filename, line)
		tests = append(tests, tc)
		line += strings.Count(chunk, "\n") + 2
	}
	return tests, nil
}

// parseErrorChunk reads one chunk: notes, the expectation, the source.
func parseErrorChunk(chunk string) (errorTest, error) {
	var tc errorTest
	for strings.HasPrefix(chunk, "## ") {
		_, chunk, _ = strings.Cut(chunk, "\n")
	}
	want, src, _ := strings.Cut(chunk, "\n")
	rest, ok := strings.CutPrefix(want, "### ")
	if !ok {
		return tc, fmt.Errorf("chunk without a line ### Kind line:col \"message\"")
	}
	if _, err := fmt.Sscanf(rest, "%s %d:%d", &tc.kind, &tc.line, &tc.col); err != nil {
		return tc, fmt.Errorf("bad expectation %q: %v", want, err)
	}
	i := strings.IndexByte(rest, '"')
	if i < 0 {
		return tc, fmt.Errorf("expectation %q has no message", want)
	}
	quoted, err := strconv.QuotedPrefix(rest[i:])
	if err != nil {
		return tc, fmt.Errorf("bad message in %q: %v", want, err)
	}
	tc.msg, _ = strconv.Unquote(quoted)
	for _, opt := range strings.Fields(rest[i+len(quoted):]) {
		switch opt {
		case "pyconc-only":
			tc.pyconcOnly = true
		case "quoted":
			if src, err = strconv.Unquote(src); err != nil {
				return tc, fmt.Errorf("quoted source: %v", err)
			}
		default:
			return tc, fmt.Errorf("unknown option %q", opt)
		}
	}
	tc.src = src
	return tc, nil
}

// limitTests are the cases whose sources are too large to write out.
func limitTests() []errorTest {
	return []errorTest{
		{name: "limit: 10000 minus signs", src: strings.Repeat("-", 10000) + "1", kind: "SyntaxError",
			msg: "too many nested expressions (pyconc's parser supports 1000)", line: 1, col: 1000, pyconcOnly: true},
		{name: "limit: 10000 nots", src: strings.Repeat("not ", 10000) + "x", kind: "SyntaxError",
			msg: "too many nested expressions (pyconc's parser supports 1000)", line: 1, col: 3997, pyconcOnly: true},
		{name: "limit: 101 nested ifs", src: deepIfs(101), kind: "IndentationError",
			msg: "too many levels of indentation", line: 101, col: 1},
	}
}

// deepIfs returns n nested if statements.
func deepIfs(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if x:\n")
	}
	return b.String() + strings.Repeat(" ", n) + "pass\n"
}

func TestErrors(t *testing.T) {
	for _, tc := range errorTests(t) {
		_, err := Parse("t.py", []byte(tc.src))
		list, ok := err.(pyast.ErrorList)
		if !ok || len(list) != 1 {
			t.Errorf("%s: Parse(%.60q) = %v, want one %s", tc.name, tc.src, err, tc.msg)
			continue
		}
		e := list[0]
		if e.Kind != tc.kind || e.Msg != tc.msg || int(e.Pos.Line) != tc.line || int(e.Pos.Col) != tc.col {
			t.Errorf("%s: Parse(%.60q)\n got %s %q %d:%d\nwant %s %q %d:%d", tc.name, tc.src, e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, tc.kind, tc.msg, tc.line, tc.col)
		}
		if e.Pos.Filename() != "t.py" {
			t.Errorf("%s: Parse(%.60q): file name %q", tc.name, tc.src, e.Pos.Filename())
		}
	}
}

func TestErrorTestFileFormat(t *testing.T) {
	for _, bad := range []string{
		"# no chunk",
		"#\n---\nx = 1\n---\n",                            // no expectation
		"#\n---\n### SyntaxError 1:1\nx\n---\n",           // no message
		"#\n---\n### SyntaxError 1:1 \"m\" odd\nx\n---\n", // unknown option
		"#\n---\n### SyntaxError 1:1 \"m\"\nx",            // no final ---
	} {
		if _, err := parseErrorTests("bad.txt", bad); err == nil {
			t.Errorf("parseErrorTests(%q) = nil error", bad)
		}
	}
	tests, err := parseErrorTests("ok.txt", "#\n---\n## note\n### TabError 2:3 \"a \\\"b\\\"\" pyconc-only quoted\n\"\\tx\"\n---\n### SyntaxError 1:1 \"m\"\nx\n\n---\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []errorTest{
		{name: "ok.txt:3", src: "\tx", kind: "TabError", msg: `a "b"`, line: 2, col: 3, pyconcOnly: true},
		{name: "ok.txt:7", src: "x\n", kind: "SyntaxError", msg: "m", line: 1, col: 1},
	}
	if fmt.Sprint(tests) != fmt.Sprint(want) {
		t.Errorf("got %+v\nwant %+v", tests, want)
	}
}
