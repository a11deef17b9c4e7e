// This file defines the parsing of adjacent string literals into one
// *pyast.Str, *pyast.Bytes or *pyast.FString.

package parser

import (
	"strings"

	"github.com/pyconc/pyconc/internal/pyast"
)

// strings parses one or more adjacent string literal tokens.
func (p *parser) strings() pyast.Expr {
	first := p.tok
	var toks []token
	anyBytes, anyStr, anyF := false, false, false
	for p.tok.kind == tString {
		lit := p.tok.val.(*strLit)
		if lit.bytes {
			anyBytes = true
		} else {
			anyStr = true
		}
		anyF = anyF || lit.fmt
		toks = append(toks, p.tok)
		p.next()
	}
	if anyBytes && anyStr {
		p.f.syntaxErr(p.f.pos(p.prevEnd), "cannot mix bytes and nonbytes literals")
	}
	if anyBytes {
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(t.val.(*strLit).value)
		}
		return &pyast.Bytes{ValuePos: first.pos, Value: b.String()}
	}
	if !anyF {
		var b strings.Builder
		for _, t := range toks {
			b.WriteString(t.val.(*strLit).value)
		}
		return &pyast.Str{ValuePos: first.pos, Value: b.String()}
	}
	fs := &pyast.FString{ValuePos: first.pos}
	for _, t := range toks {
		lit := t.val.(*strLit)
		if !lit.fmt {
			fs.Parts = appendText(fs.Parts, t.pos, lit.value)
			continue
		}
		fp := &fstringParser{p: p, lit: lit, tokEnd: t.end, off: lit.bodyOff}
		for _, part := range fp.parts(0) {
			if str, ok := part.(*pyast.Str); ok {
				fs.Parts = appendText(fs.Parts, str.ValuePos, str.Value)
			} else {
				fs.Parts = append(fs.Parts, part)
			}
		}
	}
	return fs
}

// appendText adds literal text to parts, merging it with a preceding *Str.
func appendText(parts []pyast.Expr, pos pyast.Pos, text string) []pyast.Expr {
	if text == "" {
		return parts
	}
	if n := len(parts); n > 0 {
		if s, ok := parts[n-1].(*pyast.Str); ok {
			s.Value += text
			return parts
		}
	}
	return append(parts, &pyast.Str{ValuePos: pos, Value: text})
}
