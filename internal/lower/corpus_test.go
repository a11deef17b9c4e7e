package lower

import (
	"os"
	"path/filepath"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/parser"
)

// TestCorpusResolves lowers every Python script of the repository and of
// the shared conformance suite that parses, and checks that the result
// passes starlark.FileProgram (with every name of the runtime's kind
// predeclared: built-ins, hidden names, module names).
func TestCorpusResolves(t *testing.T) {
	var files []string
	for _, pattern := range []string{
		"../../scripts/*.py", "../parser/testdata/*/*.py", scriptsDir + "/*.py",
		"../../../shared/conformance/*/*.py", "../../../shared/conformance/*/*/*.py",
	} {
		m, _ := filepath.Glob(pattern)
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no scripts")
	}
	env := testEnv()
	isPre := func(name string) bool {
		_, ok := env[name]
		return ok || len(name) > len(hidden.Prefix) && name[:len(hidden.Prefix)] == hidden.Prefix ||
			builtinNames[name]
	}
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.Parse(file, src)
		if err != nil {
			continue // not our job
		}
		f, err := File(mod, isPre)
		if err != nil {
			t.Logf("%s: %v", file, err)
			continue
		}
		n++
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: FileProgram panicked: %v", file, r)
				}
			}()
			if _, err := starlark.FileProgram(f, isPre); err != nil {
				t.Errorf("%s: %v\n%s", file, err, printFile(f))
			}
		}()
	}
	t.Logf("%d of %d scripts lowered and resolved", n, len(files))
}

// builtinNames are Python built-ins the real runtime predeclares.
var builtinNames = map[string]bool{}

func init() {
	for _, n := range []string{"open", "input", "isinstance", "issubclass", "super", "object", "property",
		"classmethod", "staticmethod", "id", "hash", "iter", "next", "callable", "getattr", "setattr",
		"hasattr", "delattr", "vars", "globals", "locals", "exit", "quit", "round", "divmod", "pow",
		"format", "ascii", "chr", "ord", "bin", "oct", "hex", "abs", "sum", "min", "max", "map", "filter",
		"frozenset", "bytearray", "memoryview", "slice", "complex", "__file__", "__name__", "Exception",
		"BaseException", "KeyboardInterrupt", "SystemExit", "StopIteration", "OSError", "IOError",
		"FileNotFoundError", "TimeoutError", "NotImplementedError", "NotImplemented", "Ellipsis",
		"ConnectionError", "BrokenPipeError", "EOFError", "ArithmeticError", "OverflowError", "LookupError",
		"PermissionError", "ProcessLookupError", "ChildProcessError", "InterruptedError", "UnicodeError",
		"UnicodeDecodeError", "UnicodeEncodeError", "RecursionError", "MemoryError", "BufferError",
		"Warning", "DeprecationWarning", "UserWarning", "RuntimeWarning", "type", "iter", "aiter"} {
		builtinNames[n] = true
	}
}
