// This file defines the main module of a child process started by the
// emulated 'fork' start method: the parent's definitions, run again, and
// its globals as they were at start(), restored from a snapshot.

package interp

import (
	"context"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/builtins/multiprocessing"
	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/lower"
	"github.com/pyconc/pyconc/internal/parser"
	"github.com/pyconc/pyconc/internal/pyast"
)

// runForked runs the main module of a child started by 'fork': only the
// definitions of its top level (def, class, import, name = lambda), as
// module "__main__", every module variable a cell as at the prompt; the
// snapshot's variables are predeclared cells, filled before the
// definitions run (so that defaults, decorators and base classes read the
// parent's values) and again after (the values that name definitions:
// functions, classes, instances). Then after runs, as for a main script.
func (in *Interpreter) runForked(ctx context.Context, filename string, src []byte, snap *multiprocessing.Snapshot, after func(th *starlark.Thread, globals starlark.StringDict) error) (err error) {
	defer recoverInternal(&err, filename)
	in.rt.Sources.Store(filename, src)
	if in.rt.MainPath == "" {
		in.rt.MainPath = filename
	}
	mod, err := parser.Parse(filename, src)
	if err != nil {
		return syntaxErrorFrom(err, src)
	}
	kept := mod.Body[:0:0]
	imported := map[string]bool{}
	for _, st := range mod.Body {
		if isForkDefinition(st, imported) {
			kept = append(kept, st)
		}
	}
	mod.Body = kept
	cells := starlark.StringDict{}
	if snap != nil {
		for _, name := range snap.Names() {
			cells[name] = core.NewCell(name, true)
		}
	}
	isPredeclared := func(name string) bool { return in.isPredeclared(name) || cells.Has(name) }
	f, err := lower.FileWith(mod, isPredeclared, lower.Options{Interactive: true, Session: cells.Has})
	if err != nil {
		return syntaxErrorFrom(err, src)
	}
	prog, err := starlark.FileProgram(f, isPredeclared)
	if err != nil {
		return syntaxErrorFrom(err, src)
	}
	predeclared := in.predeclared("__main__", filename)
	for k, v := range cells {
		predeclared[k] = v
	}
	before := func(th *starlark.Thread) starlark.StringDict {
		if snap != nil {
			snap.Restore(th, cells, false)
		}
		return cells
	}
	return in.runProgram(ctx, prog, predeclared, before, func(th *starlark.Thread, globals starlark.StringDict) error {
		if snap != nil {
			snap.Restore(th, globals, true)
		}
		return after(th, globals)
	})
}

// isForkDefinition reports whether a top-level statement runs again in a
// child started by 'fork': a definition, a name bound to a lambda (which
// the snapshot cannot carry), or the setting of a module's attribute to a
// value read from names and attributes (sys.stderr = sys.stdout: the
// snapshot carries the main module's globals, not other modules' state).
// Other assignments are not run: the snapshot gives their values.
// imported collects the names bound by the import statements seen so far.
func isForkDefinition(st pyast.Stmt, imported map[string]bool) bool {
	switch st := st.(type) {
	case *pyast.FunctionDef, *pyast.ClassDef:
		return true
	case *pyast.Import:
		for _, al := range st.Names {
			name := al.Name
			if al.AsName != "" {
				name = al.AsName
			} else if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			imported[name] = true
		}
		return true
	case *pyast.ImportFrom:
		return true
	}
	if a, ok := st.(*pyast.Assign); ok && isAttributeSetting(a, imported) {
		return true
	}
	if a, ok := st.(*pyast.Assign); ok {
		if l, ok := a.Value.(*pyast.Lambda); ok {
			for _, p := range l.Params {
				if p.Default != nil && hasCall(p.Default) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// isAttributeSetting reports whether an assignment sets attributes of
// imported modules (mod.attr = ...) to a constant or a name.attr... chain.
func isAttributeSetting(a *pyast.Assign, imported map[string]bool) bool {
	for _, t := range a.Targets {
		at, ok := t.(*pyast.Attribute)
		if !ok {
			return false
		}
		if n, ok := at.X.(*pyast.Name); !ok || !imported[n.Id] {
			return false
		}
	}
	return isPlainRead(a.Value)
}

// isPlainRead reports whether an expression only reads a constant, a
// name or attributes of one.
func isPlainRead(e pyast.Expr) bool {
	switch e := e.(type) {
	case *pyast.Name, *pyast.Int, *pyast.Float, *pyast.Str, *pyast.Bytes:
		return true
	case *pyast.Attribute:
		return isPlainRead(e.X)
	}
	return false
}
