// This file defines the decoder of loads and its errors.

package json

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// jsonDecoder parses JSON as Python's json module does, over characters
// (positions in error messages count characters, as in Python).
type jsonDecoder struct {
	doc   string
	src   []rune
	pos   int
	depth int
}

// jsonMaxDepth bounds the nesting of arrays and objects, as CPython's
// recursion limit does.
const jsonMaxDepth = 1000

func (d *jsonDecoder) nest(what string) error {
	d.depth++
	if d.depth > jsonMaxDepth {
		return core.NewError(core.RecursionError, "maximum recursion depth exceeded while decoding a JSON "+what+" from a unicode string")
	}
	return nil
}

// fail returns the JSONDecodeError "msg: line L column C (char P)".
func (d *jsonDecoder) fail(msg string, pos int) error {
	line, col := 1, pos+1
	for i := 0; i < pos && i < len(d.src); i++ {
		if d.src[i] == '\n' {
			line++
			col = pos - i
		}
	}
	exc := core.NewException(JSONDecodeError, starlark.String(fmt.Sprintf("%s: line %d column %d (char %d)", msg, line, col, pos)))
	exc.SetOwn("msg", starlark.String(msg))
	exc.SetOwn("doc", starlark.String(d.doc))
	exc.SetOwn("pos", starlark.MakeInt(pos))
	exc.SetOwn("lineno", starlark.MakeInt(line))
	exc.SetOwn("colno", starlark.MakeInt(col))
	return &core.PyError{Value: exc}
}

func (d *jsonDecoder) skipWS() {
	for d.pos < len(d.src) {
		switch d.src[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *jsonDecoder) hasPrefix(s string) bool {
	if d.pos+len(s) > len(d.src) {
		return false
	}
	return string(d.src[d.pos:d.pos+len(s)]) == s
}

// value parses the value at d.pos (whitespace skipped).
func (d *jsonDecoder) value() (starlark.Value, error) {
	if d.pos >= len(d.src) {
		return nil, d.fail("Expecting value", d.pos)
	}
	switch c := d.src[d.pos]; {
	case c == '"':
		s, err := d.str()
		return starlark.String(s), err
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	}
	for _, lit := range []struct {
		s string
		v starlark.Value
	}{{"null", starlark.None}, {"true", starlark.True}, {"false", starlark.False},
		{"NaN", starlark.Float(math.NaN())}, {"Infinity", starlark.Float(math.Inf(1))}, {"-Infinity", starlark.Float(math.Inf(-1))}} {
		if d.hasPrefix(lit.s) {
			d.pos += len(lit.s)
			return lit.v, nil
		}
	}
	return d.number()
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (d *jsonDecoder) number() (starlark.Value, error) {
	start, i := d.pos, d.pos
	digits := func() int {
		n := 0
		for i < len(d.src) && d.src[i] >= '0' && d.src[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d.src) && d.src[i] == '-' {
		i++
	}
	if i < len(d.src) && d.src[i] == '0' {
		i++
	} else if digits() == 0 {
		return nil, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.src) && d.src[i] == '.' && d.src[i+1] >= '0' && d.src[i+1] <= '9' {
		i++
		digits()
		isFloat = true
	}
	if i < len(d.src) && (d.src[i] == 'e' || d.src[i] == 'E') {
		save := i
		i++
		if i < len(d.src) && (d.src[i] == '+' || d.src[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = save
		} else {
			isFloat = true
		}
	}
	text := string(d.src[start:i])
	d.pos = i
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, d.fail("Expecting value", start)
		}
		return starlark.Float(f), nil
	}
	n, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, d.fail("Expecting value", start)
	}
	return starlark.MakeBigInt(n), nil
}

// str parses a string starting at the opening quote.
func (d *jsonDecoder) str() (string, error) {
	start := d.pos
	d.pos++
	var b strings.Builder
	for {
		if d.pos >= len(d.src) {
			return "", d.fail("Unterminated string starting at", start)
		}
		c := d.src[d.pos]
		switch {
		case c == '"':
			d.pos++
			return b.String(), nil
		case c < 0x20:
			return "", d.fail("Invalid control character at", d.pos)
		case c != '\\':
			b.WriteRune(c)
			d.pos++
			continue
		}
		// An escape.
		if d.pos+1 >= len(d.src) {
			return "", d.fail("Unterminated string starting at", start)
		}
		esc := d.src[d.pos+1]
		simple := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
		if r, ok := simple[esc]; ok {
			b.WriteRune(r)
			d.pos += 2
			continue
		}
		if esc != 'u' {
			return "", d.fail("Invalid \\escape", d.pos)
		}
		r, ok := d.hex4(d.pos + 2)
		if !ok {
			return "", d.fail("Invalid \\uXXXX escape", d.pos+1)
		}
		d.pos += 6
		if utf16.IsSurrogate(r) && r < 0xdc00 && d.hasPrefix(`\u`) {
			if r2, ok := d.hex4(d.pos + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				d.pos += 6
			}
		}
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // a lone surrogate cannot be held in a Go string
		}
		b.WriteRune(r)
	}
}

func (d *jsonDecoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.src) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.src[at:at+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

func (d *jsonDecoder) object() (starlark.Value, error) {
	if err := d.nest("object"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	dict := starlark.NewDict(0)
	d.pos++
	d.skipWS()
	if d.pos < len(d.src) && d.src[d.pos] == '}' {
		d.pos++
		return dict, nil
	}
	for {
		if d.pos >= len(d.src) || d.src[d.pos] != '"' {
			return nil, d.fail("Expecting property name enclosed in double quotes", d.pos)
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos >= len(d.src) || d.src[d.pos] != ':' {
			return nil, d.fail("Expecting ':' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		if err := dict.SetKey(starlark.String(k), v); err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos < len(d.src) && d.src[d.pos] == '}' {
			d.pos++
			return dict, nil
		}
		if d.pos >= len(d.src) || d.src[d.pos] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
	}
}

func (d *jsonDecoder) array() (starlark.Value, error) {
	if err := d.nest("array"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	var elems []starlark.Value
	d.pos++
	d.skipWS()
	if d.pos < len(d.src) && d.src[d.pos] == ']' {
		d.pos++
		return starlark.NewList(elems), nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
		d.skipWS()
		if d.pos < len(d.src) && d.src[d.pos] == ']' {
			d.pos++
			return starlark.NewList(elems), nil
		}
		if d.pos >= len(d.src) || d.src[d.pos] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
	}
}
