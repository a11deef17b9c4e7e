// This file defines the parsing of import and from-import statements.

package parser

import (
	"strings"

	"github.com/pyconc/pyconc/internal/pyast"
)

// dottedName parses name ("." name)*.
func (p *parser) dottedName() (string, pyast.Pos) {
	name, pos := p.name()
	parts := []string{name}
	for p.got(".") {
		n, _ := p.name()
		parts = append(parts, n)
	}
	return strings.Join(parts, "."), pos
}

// importStmt parses import a.b [as c], d.
func (p *parser) importStmt() pyast.Stmt {
	s := &pyast.Import{ImportPos: p.tok.pos}
	p.next()
	for {
		a := &pyast.Alias{}
		a.Name, a.NamePos = p.dottedName()
		if p.got("as") {
			a.AsName, _ = p.name()
		}
		s.Names = append(s.Names, a)
		if !p.got(",") {
			return s
		}
	}
}

// fromImport parses from [.]*module import names | (names) | *.
func (p *parser) fromImport() pyast.Stmt {
	s := &pyast.ImportFrom{FromPos: p.tok.pos}
	p.next()
	for p.at(".") || p.at("...") {
		s.Level += len(p.tok.text)
		p.next()
	}
	if s.Level == 0 || !p.at("import") {
		s.Module, _ = p.dottedName()
	}
	p.expect("import")
	if p.got("*") {
		return s
	}
	paren := p.got("(")
	for {
		a := &pyast.Alias{}
		a.Name, a.NamePos = p.name()
		if p.got("as") {
			a.AsName, _ = p.name()
		}
		s.Names = append(s.Names, a)
		if !p.got(",") {
			break
		}
		if paren && p.at(")") {
			break
		}
		if !paren && p.tok.kind == tNewline {
			p.f.syntaxErr(p.tok.pos, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(")")
	}
	return s
}
