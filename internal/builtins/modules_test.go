package builtins_test

// This file tests the list of modules (a script imports each one) and runs
// the script tests of the modules defined in this folder's packages.

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/internal/builtins"
	"github.com/pyconc/pyconc/internal/importer"
	"github.com/pyconc/pyconc/internal/scripttest"
	"github.com/pyconc/pyconc/interp"
)

// TestScripts runs the script tests of time, os, os.path, sys, random,
// math and json (testdata/scripts/stdlib) in this process; cmd/pyconc runs
// them again with the command and with python3.
func TestScripts(t *testing.T) {
	scripttest.Run(t, "../../testdata/scripts/stdlib", scripttest.InProcess(interp.Options{}))
}

// TestEveryModuleImports imports each listed module through the
// interpreter, as a script does, and checks that the name binds a module.
func TestEveryModuleImports(t *testing.T) {
	mods := builtins.Modules()
	if len(mods) == 0 {
		t.Fatal("no modules listed")
	}
	names := make([]string, 0, len(mods))
	for name := range mods {
		names = append(names, name)
	}
	sort.Strings(names)
	importEach(t, names)
}

// TestEverySourceModuleImports imports each module written in Python
// (builtins.Sources) through the interpreter, as a script does.
func TestEverySourceModuleImports(t *testing.T) {
	names := importer.NewLibrary(builtins.Sources(), "", nil).Names()
	if len(names) == 0 {
		t.Fatal("no modules in builtins.Sources")
	}
	importEach(t, names)
}

// importEach runs, for each module name, a script that imports it and
// checks that the name binds a module.
func importEach(t *testing.T, names []string) {
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			in := interp.New(interp.Options{Stdout: &out, Stderr: &errOut})
			defer in.Close()
			src := fmt.Sprintf("import %s\nprint(type(%s).__name__)\n", name, name)
			if err := in.Exec(context.Background(), "import_test.py", []byte(src)); err != nil {
				t.Fatalf("import %s: %v\n%s", name, err, errOut.String())
			}
			if got := strings.TrimSpace(out.String()); got != "module" {
				t.Errorf("import %s: type is %q, want module", name, got)
			}
		})
	}
}

// TestModulesListed checks that the modules scripts rely on are in the
// list, so that removing one by mistake fails here.
func TestModulesListed(t *testing.T) {
	mods := builtins.Modules()
	for _, name := range []string{"json", "math", "multiprocessing", "os", "os.path", "queue", "random", "sys", "threading", "time"} {
		if mods[name] == nil {
			t.Errorf("module %s is not listed", name)
		}
	}
}
