// This file defines the main module of a child process started by the
// emulated 'fork' start method: the parent's definitions, run again, and
// its globals as they were at start(), restored from a snapshot.

package interp

import (
	"context"
	"slices"
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
	mod.Body = forkDefinitions(mod.Body, snap)
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

// forkDefinitions returns the statements of a main module's top level
// that a child started by 'fork' runs: its definitions (isForkDefinition),
// with those inside if, try and with statements brought to the top level
// (an import from there guarded by except ImportError, as it may have
// failed in the parent). When a name has several definitions, the one at
// the line where the parent's value was defined is kept (def f in both
// branches of an if); otherwise the last, as running them all would.
func forkDefinitions(body []pyast.Stmt, snap *multiprocessing.Snapshot) []pyast.Stmt {
	var defs []forkDef
	imported := map[string]bool{}
	var walk func(stmts []pyast.Stmt, nested bool)
	walk = func(stmts []pyast.Stmt, nested bool) {
		for _, st := range stmts {
			switch x := st.(type) {
			case *pyast.If:
				walk(x.Body, true)
				walk(x.Else, true)
				continue
			case *pyast.Try:
				walk(x.Body, true)
				for _, h := range x.Handlers {
					walk(h.Body, true)
				}
				walk(x.Else, true)
				walk(x.Finally, true)
				continue
			case *pyast.With:
				walk(x.Body, true)
				continue
			}
			if !isForkDefinition(st, imported) {
				continue
			}
			d := forkDef{stmt: st}
			switch x := st.(type) {
			case *pyast.FunctionDef:
				d.name, d.lines = x.Name, []int{int(x.DefPos.Line), int(x.NamePos.Line)}
			case *pyast.ClassDef:
				d.name = x.Name
				for _, m := range x.Body {
					if fn, ok := m.(*pyast.FunctionDef); ok {
						d.lines = append(d.lines, int(fn.DefPos.Line), int(fn.NamePos.Line))
					}
				}
			case *pyast.Import, *pyast.ImportFrom:
				if nested {
					d.stmt = &pyast.Try{
						TryPos: st.Start(),
						Body:   []pyast.Stmt{st},
						Handlers: []*pyast.ExceptHandler{{
							ExceptPos: st.Start(),
							Type:      &pyast.Name{NamePos: st.Start(), Id: "ImportError"},
							Body:      []pyast.Stmt{&pyast.Pass{PassPos: st.Start()}},
						}},
					}
				}
			}
			defs = append(defs, d)
		}
	}
	walk(body, false)
	count := map[string]int{}
	for _, d := range defs {
		if d.name != "" {
			count[d.name]++
		}
	}
	out := make([]pyast.Stmt, 0, len(defs))
	for _, d := range defs {
		if d.name != "" && count[d.name] > 1 && snap != nil {
			if line := snap.DefinitionLine(d.name); line > 0 && hasDefAt(defs, d.name, line) && !d.at(line) {
				continue
			}
		}
		out = append(out, d.stmt)
	}
	return out
}

// forkDef is one definition of forkDefinitions: the statement, the name a
// def or class binds, and the lines where its function definitions are.
type forkDef struct {
	stmt  pyast.Stmt
	name  string
	lines []int
}

func (d forkDef) at(line int) bool { return slices.Contains(d.lines, line) }

// hasDefAt reports whether one of defs defines name at line.
func hasDefAt(defs []forkDef, name string, line int) bool {
	for _, d := range defs {
		if d.name == name && d.at(line) {
			return true
		}
	}
	return false
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
