// This file defines the parsing of statement blocks (suites).

package parser

import (
	"fmt"

	"github.com/pyconc/pyconc/internal/pyast"
)

// block parses the body of a compound statement after its ':': simple
// statements on the same line, or an indented block. what describes the
// header for CPython's message, e.g. "'if' statement on line 3".
func (p *parser) block(what string) []pyast.Stmt {
	if p.tok.kind != tNewline {
		return p.simpleStatements()
	}
	p.next()
	if p.tok.kind != tIndent {
		msg := fmt.Sprintf("expected an indented block after %s", what)
		if p.tok.kind == tEOF {
			p.f.failEOF(p.tok.pos, "IndentationError", msg)
		}
		p.f.fail(p.tok.pos, "IndentationError", msg)
	}
	p.next()
	var body []pyast.Stmt
	for p.tok.kind != tDedent && p.tok.kind != tEOF {
		if p.tok.kind == tIndent {
			p.f.fail(p.tok.pos, "IndentationError", "unexpected indent")
		}
		body = append(body, p.statement()...)
	}
	p.next()
	return body
}

// header describes a compound statement header for block.
func header(kw string, pos pyast.Pos) string {
	switch kw {
	case "def":
		return fmt.Sprintf("function definition on line %d", pos.Line)
	case "class":
		return fmt.Sprintf("class definition on line %d", pos.Line)
	}
	return fmt.Sprintf("'%s' statement on line %d", kw, pos.Line)
}

// loopBody parses the body of a loop, where break and continue are allowed.
func (p *parser) loopBody(what string) []pyast.Stmt {
	save := p.inLoop
	p.inLoop = true
	body := p.block(what)
	p.inLoop = save
	return body
}
