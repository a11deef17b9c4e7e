// This file defines the parsing of call arguments.

package parser

import "github.com/pyconc/pyconc/internal/pyast"

// call parses the argument list of a call of fn.
func (p *parser) call(fn pyast.Expr) pyast.Expr {
	c := &pyast.Call{Fn: fn, Lparen: p.tok.pos}
	p.next()
	args, rparen := p.arguments(true)
	c.Args, c.Rparen = args, rparen
	return c
}

// arguments parses arguments up to and including the closing ')' and
// returns them with the position of the ')'. A generator expression is
// allowed as the sole argument when genOK.
func (p *parser) arguments(genOK bool) ([]*pyast.Arg, pyast.Pos) {
	var args []*pyast.Arg
	var sawKw, sawKwUnpack bool
	var misplaced string // the first ordering error, reported at ')'
	seen := map[string]bool{}
	for !p.at(")") {
		a := &pyast.Arg{ArgPos: p.tok.pos}
		switch {
		case p.got("*"):
			a.Star = 1
			a.Value = p.test()
			if sawKwUnpack && misplaced == "" {
				p.f.syntaxErr(a.ArgPos, "iterable argument unpacking follows keyword argument unpacking")
			}
		case p.got("**"):
			a.Star = 2
			a.Value = p.test()
			sawKwUnpack = true
		default:
			x := p.test()
			if p.at("=") {
				name, ok := x.(*pyast.Name)
				if !ok || name.Id == "True" || name.Id == "False" || name.Id == "None" {
					p.f.syntaxErr(x.Start(), "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
				p.next()
				if seen[name.Id] {
					p.f.syntaxErr(name.NamePos, "keyword argument repeated: "+name.Id)
				}
				seen[name.Id] = true
				a.Name, a.Value = name.Id, p.test()
				sawKw = true
				break
			}
			if p.at("for") {
				p.noStarInComp(x)
				gen := &pyast.Comprehension{Kind: "gen", OpenPos: x.Start(), Elt: x, Clauses: p.compClauses()}
				if !genOK || len(args) > 0 || !p.at(")") {
					p.f.syntaxErr(x.Start(), "Generator expression must be parenthesized")
				}
				x = gen
			}
			a.Value = x
			if misplaced == "" {
				if sawKwUnpack {
					misplaced = "positional argument follows keyword argument unpacking"
				} else if sawKw {
					misplaced = "positional argument follows keyword argument"
				}
			}
		}
		args = append(args, a)
		if !p.got(",") {
			if !p.at(")") && p.missingComma(a.Value) {
				p.f.syntaxErr(a.Value.Start(), "invalid syntax. Perhaps you forgot a comma?")
			}
			break
		}
	}
	rparen := p.tok.pos
	p.expect(")")
	if misplaced != "" {
		p.f.syntaxErr(rparen, misplaced)
	}
	return args, rparen
}
