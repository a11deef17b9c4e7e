// This file defines the parsing of f-string bodies (Python 3.11 rules):
// literal text, {{ and }}, and {expr!conv:spec} replacement fields.

package parser

import (
	"strings"

	"github.com/pyconc/pyconc/internal/pyast"
)

// fstringParser walks the body of one f-string literal.
type fstringParser struct {
	p      *parser
	lit    *strLit
	tokEnd int // CPython reports f-string errors at the end of the literal
	off    int // next byte of the body to read
}

// fail reports an f-string error.
func (fp *fstringParser) fail(msg string) {
	fp.p.f.syntaxErr(fp.p.f.pos(fp.tokEnd), "f-string: "+msg)
}

// src returns the byte at off, or 0 at the end of the body.
func (fp *fstringParser) at(off int) byte {
	if off < fp.lit.bodyEnd {
		return fp.p.f.src[off]
	}
	return 0
}

// parts parses literal text and fields until the end of the body, or,
// inside a format spec (nested > 0), until the '}' that closes the field.
func (fp *fstringParser) parts(nested int) []pyast.Expr {
	var parts []pyast.Expr
	end := fp.lit.bodyEnd
	textStart := fp.off
	var text strings.Builder
	flush := func(upTo int) {
		if upTo > textStart {
			s := fp.p.sc.decode(fp.lit, textStart, upTo, fp.p.f.pos(textStart), fp.tokEnd)
			text.WriteString(s)
		}
	}
	emit := func() {
		parts = appendText(parts, fp.p.f.pos(textStart), text.String())
		text.Reset()
	}
	for fp.off < end {
		c := fp.p.f.src[fp.off]
		switch {
		case c == '\\' && !fp.lit.raw:
			if fp.at(fp.off+1) == 'N' && fp.at(fp.off+2) == '{' {
				if i := strings.IndexByte(string(fp.p.f.src[fp.off:end]), '}'); i >= 0 {
					fp.off += i + 1
					continue
				}
			}
			fp.off += 2
			continue
		case c == '{' && fp.at(fp.off+1) == '{' && nested == 0:
			flush(fp.off + 1)
			fp.off += 2
			textStart = fp.off
			continue
		case c == '}' && fp.at(fp.off+1) == '}' && nested == 0:
			flush(fp.off + 1)
			fp.off += 2
			textStart = fp.off
			continue
		case c == '}':
			if nested > 0 {
				flush(fp.off)
				emit()
				return parts
			}
			fp.fail("single '}' is not allowed")
		case c == '{':
			flush(fp.off)
			emit()
			if nested >= 2 {
				fp.fail("expressions nested too deeply")
			}
			parts = append(parts, fp.field(nested))
			textStart = fp.off
			continue
		}
		fp.off++
	}
	if nested > 0 {
		fp.fail("expecting '}'")
	}
	flush(end)
	emit()
	return parts
}

// field parses one replacement field starting at the '{' at fp.off.
func (fp *fstringParser) field(nested int) *pyast.FormatField {
	ff := &pyast.FormatField{LbracePos: fp.p.f.pos(fp.off)}
	fp.off++
	exprStart := fp.off
	exprEnd, debugEnd := fp.exprEnd()
	if strings.TrimSpace(string(fp.p.f.src[exprStart:exprEnd])) == "" {
		fp.fail("empty expression not allowed")
	}
	ff.Value = fp.p.subExpr(exprStart, exprEnd)
	fp.off = exprEnd
	if debugEnd > 0 {
		fp.off = debugEnd
		ff.Debug = string(fp.p.f.src[exprStart:debugEnd])
	}
	if fp.at(fp.off) == '!' {
		conv := fp.at(fp.off + 1)
		if conv != 's' && conv != 'r' && conv != 'a' {
			fp.fail("invalid conversion character: expected 's', 'r', or 'a'")
		}
		ff.Conv = conv
		fp.off += 2
	}
	if fp.at(fp.off) == ':' {
		specStart := fp.p.f.pos(fp.off + 1)
		fp.off++
		ff.Spec = &pyast.FString{ValuePos: specStart, Parts: fp.parts(nested + 1)}
	}
	if fp.at(fp.off) != '}' {
		fp.fail("expecting '}'")
	}
	fp.off++
	if ff.Debug != "" && ff.Conv == 0 && ff.Spec == nil {
		ff.Conv = 'r'
	}
	return ff
}

// exprEnd finds the end of the expression of a field that starts at
// fp.off: the offset of the '!', ':', '}' or '=' (debug form) that ends
// it at bracket depth 0. For the debug form, debugEnd is the offset
// just past the "=" and the blanks after it; otherwise it is 0.
func (fp *fstringParser) exprEnd() (exprEnd, debugEnd int) {
	depth := 0
	var quote byte
	for i := fp.off; i < fp.lit.bodyEnd; i++ {
		c := fp.p.f.src[i]
		if c == '\\' {
			fp.p.f.syntaxErr(fp.p.f.pos(fp.tokEnd), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				if c == '}' {
					return i, 0
				}
				fp.fail("unmatched '" + string(c) + "'")
			}
			depth--
		case '#':
			fp.p.f.syntaxErr(fp.p.f.pos(fp.tokEnd), "f-string expression part cannot include '#'")
		case '!':
			if depth == 0 && fp.at(i+1) != '=' {
				return i, 0
			}
			if fp.at(i+1) == '=' {
				i++
			}
		case ':':
			if depth == 0 {
				return i, 0
			}
		case '=', '<', '>':
			next := fp.at(i + 1)
			if next == '=' {
				i++
				continue
			}
			if c == '=' && depth == 0 {
				j := i + 1
				for j < fp.lit.bodyEnd && (fp.p.f.src[j] == ' ' || fp.p.f.src[j] == '\t' || fp.p.f.src[j] == '\n') {
					j++
				}
				return i, j
			}
		}
	}
	fp.fail("expecting '}'")
	return 0, 0
}
