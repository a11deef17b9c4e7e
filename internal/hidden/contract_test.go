package hidden_test

// This file tests the contract itself: the runtime predeclares every
// hidden built-in, the lowering calls no other, and no Go code outside
// this package spells a hidden name.

import (
	"go/parser"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/lower"
	pyparser "github.com/pyconc/pyconc/internal/parser"
)

// repoRoot is the module's root, relative to this package.
const repoRoot = "../.."

// TestRuntimePredeclaresContract checks that core's universe defines each
// hidden built-in and no other hidden name.
func TestRuntimePredeclaresContract(t *testing.T) {
	u := core.Universe()
	contract := map[string]bool{}
	for _, name := range hidden.Builtins {
		if !strings.HasPrefix(name, hidden.Prefix) {
			t.Errorf("hidden built-in %q lacks the prefix %q", name, hidden.Prefix)
		}
		if contract[name] {
			t.Errorf("hidden built-in %s listed twice", name)
		}
		contract[name] = true
		if v, ok := u[name]; !ok || v == nil {
			t.Errorf("the runtime does not predeclare %s", name)
		}
	}
	for name := range u {
		if strings.HasPrefix(name, hidden.Prefix) && !contract[name] {
			t.Errorf("the runtime predeclares %s, which is not in hidden.Builtins", name)
		}
	}
}

// TestLoweringCallsOnlyContract lowers every Python file of the repository
// and resolves the result with only hidden.Builtins as hidden names: a
// hidden name the lowering emits outside the contract is undefined.
func TestLoweringCallsOnlyContract(t *testing.T) {
	u := core.Universe()
	contract := map[string]bool{}
	for _, name := range hidden.Builtins {
		contract[name] = true
	}
	isPredeclared := func(name string) bool {
		if strings.HasPrefix(name, hidden.Prefix) {
			return contract[name]
		}
		return u.Has(name) || name == "__name__" || name == "__file__"
	}
	files := pythonFiles(t)
	lowered := 0
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := pyparser.Parse(path, src)
		if err != nil {
			continue // a test of syntax errors
		}
		f, err := lower.File(mod, isPredeclared)
		if err != nil {
			continue // a construct the lowering reports
		}
		lowered++
		if _, err := starlark.FileProgram(f, isPredeclared); err != nil {
			t.Errorf("%s: lowered code does not resolve against the contract: %v", path, err)
		}
	}
	if lowered < 50 {
		t.Errorf("only %d of %d Python files lowered", lowered, len(files))
	}
}

// pythonFiles returns the .py files of the repository.
func pythonFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != repoRoot {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestNoHiddenNameOutsideHidden checks that no string literal of the Go
// code outside this package (tests aside) contains the hidden prefix, and
// that no such code sets options of the dialect in a syntax.FileOptions
// literal: the others use this package's constants and FileOptions.
func TestNoHiddenNameOutsideHidden(t *testing.T) {
	self, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			abs, _ := filepath.Abs(path)
			if abs == self || (strings.HasPrefix(d.Name(), ".") && path != repoRoot) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fset := token.NewFileSet()
		var sc scanner.Scanner
		sc.Init(fset.AddFile(path, -1, len(src)), src, nil, 0)
		var prev [2]string // the two tokens before this one
		for {
			pos, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING && strings.Contains(lit, hidden.Prefix) {
				t.Errorf("%s: string literal %s spells a hidden name: use package hidden's constant", fset.Position(pos), lit)
			}
			if prev == [2]string{"FileOptions", "{"} && tok != token.RBRACE {
				t.Errorf("%s: a syntax.FileOptions literal sets options: use hidden.FileOptions()", fset.Position(pos))
			}
			text := lit
			if text == "" {
				text = tok.String()
			}
			prev = [2]string{prev[1], text}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestLowerAndCoreMeetOnlyHere checks that the lowering and the runtime do
// not import each other: this package is all they share.
func TestLowerAndCoreMeetOnlyHere(t *testing.T) {
	const module = "github.com/pyconc/pyconc/internal/"
	for dir, banned := range map[string][]string{
		"../lower": {"core"},
		"../core":  {"lower", "parser"},
	} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				for _, b := range banned {
					if imp.Path.Value == `"`+module+b+`"` {
						t.Errorf("%s imports %s: lower and core meet only through package hidden", name, imp.Path.Value)
					}
				}
			}
		}
	}
}

// TestRoutedMethodsImplemented checks that each method the lowering routes
// through hidden.Method is a method of some built-in type in the runtime:
// calling it (without arguments) fails, if at all, for another reason than
// a missing attribute.
func TestRoutedMethodsImplemented(t *testing.T) {
	values := []starlark.Value{
		starlark.String("s"), starlark.Bytes("b"), starlark.NewList(nil), starlark.Tuple{},
		starlark.NewDict(0), starlark.NewSet(0), starlark.MakeInt(1), starlark.Float(1),
	}
	th := &starlark.Thread{}
	for name := range hidden.RoutedMethods {
		found := false
		for _, v := range values {
			if _, err := core.CallMethod(th, v, name, nil, nil); err == nil || !strings.Contains(err.Error(), "has no attribute") {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no built-in type of the runtime has the routed method %s", name)
		}
	}
}
