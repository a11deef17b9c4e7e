package lower

import (
	"bytes"
	"fmt"
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

// scriptsDir holds the lowering's script tests (see package scripttest and
// scripts_test.go); cmd/pyconc runs them with pyconc and python3 too.
const scriptsDir = "../../testdata/scripts/lower"

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
