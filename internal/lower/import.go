// This file defines the lowering of import statements.

package lower

import (
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

// importFrom lowers from m import a, b as c (and from m import *).
// Relative imports name sibling modules: from .m import x is from m import x,
// from . import m is import m.
func (l *lowerer) importFrom(s *pyast.ImportFrom) []syntax.Stmt {
	p := s.FromPos
	if s.Level > 1 {
		l.unsupported(p, "a relative import beyond the script's directory")
		return nil
	}
	var out []syntax.Stmt
	if s.Module == "" {
		for _, al := range s.Names {
			name := al.AsName
			if name == "" {
				name = al.Name
			}
			v := hcall(hidden.Import, al.NamePos, str(al.Name, al.NamePos), ident("True", al.NamePos))
			out = append(out, l.storeName(name, v, al.NamePos))
		}
		if s.Names == nil {
			l.unsupported(p, "from . import *")
		}
		return out
	}
	mod := hcall(hidden.Import, p, str(s.Module, p), ident("True", p))
	if s.Names == nil {
		return l.importStar(mod, p)
	}
	if len(s.Names) == 1 {
		return append(out, l.fromName(mod, s.Names[0]))
	}
	t := l.tmp()
	out = append(out, assign(ident(t, p), mod, p))
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
