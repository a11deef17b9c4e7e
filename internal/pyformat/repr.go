package pyformat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// StrRepr returns Python's repr of a str: quoted with ' unless the string
// contains ' and no ", escaping \\, the quote, \t \n \r, other control
// characters as \xhh, and non-printable non-ASCII characters as \xhh, \uhhhh
// or \Uhhhhhhhh; printable non-ASCII characters (such as Chinese) are kept.
// Bytes that are not valid UTF-8 are shown as \xhh.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			writeHexEscape(&b, 'x', uint32(s[i]), 2)
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			writeHexEscape(&b, 'x', uint32(r), 2)
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		default:
			writeRuneEscape(&b, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Ascii returns Python's ascii() of a str: StrRepr(s) with every non-ASCII
// character escaped.
func Ascii(s string) string { return EscapeNonASCII(StrRepr(s)) }

// EscapeNonASCII replaces each non-ASCII character of s with \xhh, \uhhhh or
// \Uhhhhhhhh (Python's "backslashreplace"), the step that turns repr(v) into
// ascii(v). Bytes that are not valid UTF-8 become \xhh.
func EscapeNonASCII(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			b.WriteByte(s[i])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			writeHexEscape(&b, 'x', uint32(s[i]), 2)
		} else {
			writeRuneEscape(&b, r)
		}
		i += size
	}
	return b.String()
}

// BytesRepr returns Python's repr of a bytes value b'...': quoted like
// StrRepr, with \t \n \r \\ and the quote escaped and bytes outside
// 0x20..0x7e as \xhh.
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHexEscape(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// writeRuneEscape writes r as \xhh, \uhhhh or \Uhhhhhhhh.
func writeRuneEscape(b *strings.Builder, r rune) {
	switch {
	case r <= 0xff:
		writeHexEscape(b, 'x', uint32(r), 2)
	case r <= 0xffff:
		writeHexEscape(b, 'u', uint32(r), 4)
	default:
		writeHexEscape(b, 'U', uint32(r), 8)
	}
}

func writeHexEscape(b *strings.Builder, kind byte, v uint32, n int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}
