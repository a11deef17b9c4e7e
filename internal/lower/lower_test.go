package lower

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/parser"
	"github.com/pyconc/pyconc/internal/pyast"
)

// lowerSrc parses and lowers Python source for the test runtime.
func lowerSrc(t testing.TB, path, src string) (*syntax.File, error) {
	t.Helper()
	mod, err := parser.Parse(path, []byte(src))
	if err != nil {
		return nil, err
	}
	env := testEnv()
	return File(mod, func(name string) bool { _, ok := env[name]; return ok })
}

// runSrc lowers and runs Python source, returning what it printed, and
// the error (as "ExcClass: message") if it failed.
func runSrc(t testing.TB, path, src string) (string, error) {
	t.Helper()
	f, err := lowerSrc(t, path, src)
	if err != nil {
		return "", err
	}
	env := testEnv()
	prog, err := starlark.FileProgram(f, func(name string) bool { _, ok := env[name]; return ok })
	if err != nil {
		return "", fmt.Errorf("FileProgram: %v\n%s", err, printFile(f))
	}
	var out bytes.Buffer
	th := &starlark.Thread{Print: func(_ *starlark.Thread, msg string) { out.WriteString(msg) }}
	_, err = prog.Init(th, env)
	if err != nil {
		exc := excOf(err)
		return out.String(), fmt.Errorf("%s: %s", exc.class.name, exc.String())
	}
	return out.String(), nil
}

// pythonOutput runs src with python3 and returns its stdout and, when it
// failed, the last line of its traceback.
func pythonOutput(t *testing.T, src string) (string, string) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	cmd := exec.Command("python3", "-")
	cmd.Stdin = strings.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
		return out.String(), lines[len(lines)-1]
	}
	return out.String(), ""
}

// TestScripts runs every testdata/*.py through the lowering and the test
// runtime and compares the output with CPython's.
func TestScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no test scripts")
	}
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, wantErr := pythonOutput(t, string(src))
			got, err := runSrc(t, file, string(src))
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
			}
			if got != want || gotErr != wantErr {
				f, _ := lowerSrc(t, file, string(src))
				lowered := ""
				if f != nil {
					lowered = printFile(f)
				}
				t.Errorf("output differs from python3\n--- got:\n%s%s\n--- want:\n%s%s\n--- lowered:\n%s", got, gotErr, want, wantErr, lowered)
			}
		})
	}
}

// TestErrors checks the compile-time errors.
func TestErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"def f():\n    nonlocal x\n", "2:5: SyntaxError: no binding for nonlocal 'x' found"},
		{"x = 1\ndef f():\n    print(x)\n    global x\n", "4:5: SyntaxError: name 'x' is used prior to global declaration"},
		{"def f():\n    x = 1\n    global x\n", "3:5: SyntaxError: name 'x' is assigned to before global declaration"},
		{"class C(metaclass=M): pass\n", "class keyword arguments are not supported by pyconc"},
		{"x = a @ b\n", "the '@' operator is not supported by pyconc"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"return 1\n", "'return' outside function"},
		{"a, *b, *c = x\n", "multiple starred expressions in assignment"},
		{"def f():\n    from m import *\n", "import * only allowed at module level"},
	} {
		_, err := lowerSrc(t, "e.py", tc.src)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got error %v, want %q", tc.src, err, tc.want)
			continue
		}
		if _, ok := err.(pyast.ErrorList); !ok {
			t.Errorf("%q: error is %T, not pyast.ErrorList", tc.src, err)
		}
	}
}
