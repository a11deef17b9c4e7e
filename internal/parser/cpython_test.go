package parser

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// cpythonScript compiles each JSON-encoded source (latin-1 code points
// standing for bytes) and prints kind, message, line and offset.
const cpythonScript = `
import json, sys
for line in sys.stdin:
    src = json.loads(line).encode('latin-1')
    try:
        compile(src, 't.py', 'exec')
        print(json.dumps(['OK', '', 0, 0]))
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno or 0, e.offset or 0]))
    except Exception as e:
        print(json.dumps([type(e).__name__, str(e), 0, 0]))
`

// TestErrorsAgainstCPython checks errorTests against python3 3.11, the
// reference, when it is installed.
func TestErrorsAgainstCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 is not 3.11")
	}
	var in strings.Builder
	var cases []errorTest
	for _, tc := range errorTests(t) {
		if tc.pyconcOnly {
			continue
		}
		// Encode bytes as latin-1 code points so that invalid UTF-8 survives JSON.
		runes := make([]rune, len(tc.src))
		for i := 0; i < len(tc.src); i++ {
			runes[i] = rune(tc.src[i])
		}
		b, _ := json.Marshal(string(runes))
		in.Write(b)
		in.WriteByte('\n')
		cases = append(cases, tc)
	}
	cmd := exec.Command(py, "-c", cpythonScript)
	cmd.Stdin = strings.NewReader(in.String())
	out, err = cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("python3 printed %d lines for %d cases", len(lines), len(cases))
	}
	for i, tc := range cases {
		var got []interface{}
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatal(err)
		}
		kind, msg := got[0].(string), got[1].(string)
		line, col := int(got[2].(float64)), int(got[3].(float64))
		if kind != tc.kind || msg != tc.msg || line != tc.line || col != tc.col {
			t.Errorf("CPython on %.60q:\n   says %s %q %d:%d\n  table %s %q %d:%d", tc.src, kind, msg, line, col, tc.kind, tc.msg, tc.line, tc.col)
		}
	}
}
