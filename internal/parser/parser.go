// This file defines the parser's state, its token handling and Parse.

package parser

import (
	"bytes"
	"strings"

	"github.com/pyconc/pyconc/internal/pyast"
)

// maxDepth bounds the recursion of expression parsing, so that inputs
// such as ten thousand unary minus signs give an error, not a crash.
const maxDepth = 1000

// parser is a recursive-descent parser over one scanner.
type parser struct {
	f       *file
	sc      *scanner
	tok     token   // the current token
	ahead   []token // tokens read past tok by peek
	prevEnd int     // byte offset just past the previous token
	depth   int

	// Context for the checks CPython's compiler makes after parsing.
	inFunc, inLoop bool
	ctxErr         *pyast.Error // the first such error, reported if parsing succeeds
}

// Parse parses a whole Python source file. The error, if any, is a
// pyast.ErrorList holding the first error found, as CPython reports it.
func Parse(filename string, src []byte) (mod *pyast.Module, err error) {
	f := newFile(filename, src)
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, toErrorList(r)
		}
	}()
	if i := bytes.IndexByte(f.src, 0); i >= 0 {
		f.syntaxErr(f.pos(i), "source code cannot contain null bytes")
	}
	p := &parser{f: f, sc: newScanner(f)}
	p.next()
	mod = &pyast.Module{Path: filename}
	for p.tok.kind != tEOF {
		if p.tok.kind == tIndent {
			p.f.fail(p.tok.pos, "IndentationError", "unexpected indent")
		}
		mod.Body = append(mod.Body, p.statement()...)
	}
	if p.ctxErr != nil {
		return nil, pyast.ErrorList{p.ctxErr}
	}
	return mod, nil
}

// toErrorList turns the bailout of a syntax error into the error Parse
// returns. Any other panic is a bug of the parser: it goes on, to become an
// internal error where the host called pyconc (core.NewInternalError).
func toErrorList(r interface{}) error {
	b, ok := r.(*bailout)
	if !ok {
		panic(r)
	}
	return pyast.ErrorList{b.err}
}

// next advances to the next token.
func (p *parser) next() {
	p.prevEnd = p.tok.end
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
		return
	}
	p.tok = p.sc.next()
}

// peek returns the token after the current one without consuming it.
func (p *parser) peek() token {
	if len(p.ahead) == 0 {
		p.ahead = append(p.ahead, p.sc.next())
	}
	return p.ahead[0]
}

// peekAt returns the token i places after the current one (0 is the
// current token) without consuming anything.
func (p *parser) peekAt(i int) token {
	if i == 0 {
		return p.tok
	}
	for len(p.ahead) < i {
		p.ahead = append(p.ahead, p.sc.next())
	}
	return p.ahead[i-1]
}

// at reports whether the current token is the operator or keyword s.
func (p *parser) at(s string) bool {
	return (p.tok.kind == tOp || p.tok.kind == tKeyword) && p.tok.text == s
}

// got consumes the current token if it is the operator or keyword s.
func (p *parser) got(s string) bool {
	if p.at(s) {
		p.next()
		return true
	}
	return false
}

// expect consumes the operator or keyword s, or reports invalid syntax.
func (p *parser) expect(s string) pyast.Pos {
	pos := p.tok.pos
	if !p.got(s) {
		p.invalid()
	}
	return pos
}

// expectColon consumes the ':' of a compound statement header.
func (p *parser) expectColon() {
	if !p.got(":") {
		if p.tok.kind == tNewline || p.tok.kind == tEOF {
			p.f.syntaxErr(p.tok.pos, "expected ':'")
		}
		p.invalid()
	}
}

// invalid reports "invalid syntax" at the current token.
func (p *parser) invalid() {
	p.f.syntaxErr(p.tok.pos, "invalid syntax")
}

// name consumes an identifier and returns it.
func (p *parser) name() (string, pyast.Pos) {
	if p.tok.kind != tName {
		p.invalid()
	}
	t := p.tok
	p.next()
	return t.text, t.pos
}

// enter and leave bound the recursion depth.
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.f.syntaxErr(p.tok.pos, "too many nested expressions (pyconc's parser supports 1000)")
	}
}

func (p *parser) leave() { p.depth-- }

// ctxError records an error that CPython finds only after parsing
// (e.g. 'return' outside function): it is reported if parsing succeeds.
func (p *parser) ctxError(pos pyast.Pos, msg string) {
	if p.ctxErr == nil {
		p.ctxErr = &pyast.Error{Pos: pos, Kind: "SyntaxError", Msg: msg}
	}
}

// subExpr parses src[off:end], the expression of an f-string field, with
// a scanner of its own; positions still point into the file. Errors get
// CPython's "f-string: " prefix.
func (p *parser) subExpr(off, end int) pyast.Expr {
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(*bailout); ok && !strings.HasPrefix(b.err.Msg, "f-string") {
				b.err.Msg = "f-string: " + b.err.Msg
			}
			panic(r)
		}
	}()
	sub := &parser{f: p.f, sc: newExprScanner(p.f, off, end), inFunc: p.inFunc, inLoop: p.inLoop, depth: p.depth}
	sub.next()
	x := sub.exprListStar()
	if s, ok := x.(*pyast.Starred); ok {
		sub.f.syntaxErr(s.StarPos, "cannot use starred expression here")
	}
	if sub.tok.kind != tEOF {
		if sub.missingComma(x) {
			sub.f.syntaxErr(x.Start(), "invalid syntax. Perhaps you forgot a comma?")
		}
		sub.invalid()
	}
	if p.ctxErr == nil {
		p.ctxErr = sub.ctxErr
	}
	return x
}
