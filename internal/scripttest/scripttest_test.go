package scripttest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

func TestMain(m *testing.M) {
	if interp.RunWorkerIfChild(interp.Options{}) {
		return
	}
	os.Exit(m.Run())
}

const block = `print("a")

# Output:
# b
#
# a
# Exit: 1
# Stderr:
# Traceback (most recent call last):
# re:  File "x\.py", line \d+, in <module>
# ValueError: bad
# Skip-python3: a reason
x = 1
`

func TestParse(t *testing.T) {
	e, err := scripttest.Parse([]byte(block))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(e.Stdout, "|"); got != "b||a" {
		t.Errorf("Stdout = %q", got)
	}
	if e.Exit != 1 || e.Unordered || e.SkipPython3 != "a reason" || len(e.Stderr) != 3 {
		t.Errorf("parsed %+v", e)
	}
	if _, err := scripttest.Parse([]byte("print(1)\n")); err != scripttest.ErrNoBlock {
		t.Errorf("Parse without a block: %v", err)
	}
	u, err := scripttest.Parse([]byte("# Unordered output:\n# 1\n# 2\n"))
	if err != nil || !u.Unordered || len(u.Stdout) != 2 || u.Exit != 0 {
		t.Errorf("unordered: %+v, %v", u, err)
	}
}

func TestCheck(t *testing.T) {
	e, _ := scripttest.Parse([]byte(block))
	tb := "Traceback (most recent call last):\n  File \"/tmp/d/x.py\", line 4, in <module>\n    f()\nValueError: bad\n"
	for _, c := range []struct {
		name string
		r    scripttest.Result
		ok   bool
	}{
		{"match", scripttest.Result{Stdout: "b\n\na\n", Stderr: tb, Exit: 1}, true},
		{"exit", scripttest.Result{Stdout: "b\n\na\n", Stderr: tb, Exit: 2}, false},
		{"order", scripttest.Result{Stdout: "a\n\nb\n", Stderr: tb, Exit: 1}, false},
		{"missing line", scripttest.Result{Stdout: "b\n\na\n", Stderr: "ValueError: bad\n", Exit: 1}, false},
		{"last line", scripttest.Result{Stdout: "b\n\na\n", Stderr: tb + "more\n", Exit: 1}, false},
	} {
		if err := e.Check(c.r); (err == nil) != c.ok {
			t.Errorf("%s: Check = %v", c.name, err)
		}
	}
	u, _ := scripttest.Parse([]byte("# Unordered output:\n# 1\n# 2\n"))
	if err := u.Check(scripttest.Result{Stdout: "2\n1\n"}); err != nil {
		t.Errorf("unordered: %v", err)
	}
	if err := u.Check(scripttest.Result{Stdout: "2\n2\n"}); err == nil {
		t.Errorf("unordered: different lines match")
	}
}

// TestInProcess runs a few folders of script tests in this process.
func TestInProcess(t *testing.T) {
	for _, dir := range []string{"basics", "errors", "exceptions"} {
		t.Run(dir, func(t *testing.T) {
			scripttest.Run(t, "../../testdata/scripts/"+dir, scripttest.InProcess(interp.Options{}))
		})
	}
}
