// This file defines the lowering of import statements.

package lower

import (
	"strings"

	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// importStmt lowers import a.b, c.d as e: "import a.b" binds a (the top
// package), "import c.d as e" binds e to the leaf module.
func (l *lowerer) importStmt(s *pyast.Import) []syntax.Stmt {
	var out []syntax.Stmt
	for _, al := range s.Names {
		p := al.NamePos
		leaf := al.AsName != ""
		v := hcall(hidden.Import, p, str(al.Name, p), ident(map[bool]string{true: "True", false: "False"}[leaf], p))
		out = append(out, l.storeName(importBinds(al), v, p))
	}
	return out
}

// importFrom lowers from m import a, b as c (and from m import *). A
// relative import names its module with its leading dots (from ..m import x
// imports "..m", from . import x imports "."), which the runtime resolves
// against the importing module's package; each name is then taken from the
// module, or imported as its submodule.
func (l *lowerer) importFrom(s *pyast.ImportFrom) []syntax.Stmt {
	p := s.FromPos
	dotted := strings.Repeat(".", s.Level) + s.Module
	mod := hcall(hidden.Import, p, str(dotted, p), ident("True", p))
	if s.Names == nil {
		return l.importStar(mod, p)
	}
	if len(s.Names) == 1 {
		return []syntax.Stmt{l.fromName(mod, s.Names[0])}
	}
	t := l.tmp()
	out := []syntax.Stmt{assign(ident(t, p), mod, p)}
	for _, al := range s.Names {
		out = append(out, l.fromName(ident(t, al.NamePos), al))
	}
	return out
}

// fromName binds one imported name.
func (l *lowerer) fromName(mod syntax.Expr, al *pyast.Alias) syntax.Stmt {
	name := al.AsName
	if name == "" {
		name = al.Name
	}
	return l.storeName(name, hcall(hidden.ImportFrom, al.NamePos, mod, str(al.Name, al.NamePos)), al.NamePos)
}

// importStar lowers from m import *: the names the module uses without
// binding them otherwise are assigned from the module's public names when
// it has them.
func (l *lowerer) importStar(mod syntax.Expr, p pos) []syntax.Stmt {
	t := l.tmp()
	out := []syntax.Stmt{assign(ident(t, p), hcall(hidden.ImportStar, p, mod), p)}
	for _, b := range l.a.module.order {
		if !b.starImport {
			continue
		}
		set := l.storeName(b.name, index(ident(t, p), str(b.name, p), p), p)
		out = append(out, ifStmt(binary(str(b.name, p), syntax.IN, ident(t, p), p), []syntax.Stmt{set}, nil, p))
	}
	return out
}
