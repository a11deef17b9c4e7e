package pyformat

import (
	"strings"
	"unicode/utf8"
)

// numParts is a formatted number split as CPython's calc_number_widths sees
// it: <sign><prefix><digits>[.]<remainder>.
type numParts struct {
	neg       bool
	prefix    string // "0x", "0o", "0b" or ""
	digits    string // the integer digits, subject to grouping and zero padding
	decimal   bool   // a decimal point follows digits
	remainder string // fraction, exponent, '%', or the 'c' character
}

// layoutNumber is a port of CPython's calc_number_widths and fill_number.
func layoutNumber(f *formatSpec, p numParts, upper bool) (string, error) {
	if f.width > MaxWidth {
		return "", errTooWide()
	}
	var sign byte
	switch {
	case p.neg:
		sign = '-'
	case f.sign == '+':
		sign = '+'
	case f.sign == ' ':
		sign = ' '
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if p.decimal {
		nDecimal = 1
	}
	nonDigit := nSign + len(p.prefix) + nDecimal + utf8.RuneCountInString(p.remainder)
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigit
	}
	grouped := ""
	if p.digits != "" {
		sep := f.sep
		if f.typ == 'n' {
			sep = sepNone // the C locale has no grouping
		}
		grouped = groupDigits(p.digits, minWidth, sep, f.sepEvery)
	}
	var lpad, spad, rpad int
	if pad := f.width - (nonDigit + len(grouped)); pad > 0 {
		switch f.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	prefix := p.prefix
	if upper {
		prefix = strings.ToUpper(prefix)
		grouped = strings.ToUpper(grouped)
	}
	var b strings.Builder
	b.Grow(f.width + len(grouped) + len(p.remainder) + 8)
	writeFill(&b, f.fill, lpad)
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(prefix)
	writeFill(&b, f.fill, spad)
	b.WriteString(grouped)
	if p.decimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	writeFill(&b, f.fill, rpad)
	return b.String(), nil
}

// groupDigits is a port of CPython's _PyUnicode_InsertThousandsGrouping:
// it inserts sep every `every` digits from the right and pads with zeros
// (themselves grouped) to at least minWidth characters.
func groupDigits(digits string, minWidth int, sep rune, every int) string {
	minWidth = max(minWidth, 0)
	if sep == sepNone {
		n := max(len(digits), minWidth, 1)
		return strings.Repeat("0", n-len(digits)) + digits
	}
	var chunks []string
	remaining := len(digits)
	for {
		l := min(every, max(remaining, minWidth, 1))
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		chunks = append(chunks, strings.Repeat("0", nZeros)+digits[remaining-nChars:remaining])
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // the separator
	}
	var b strings.Builder
	for i := len(chunks) - 1; i >= 0; i-- {
		b.WriteString(chunks[i])
		if i > 0 {
			b.WriteRune(sep)
		}
	}
	return b.String()
}

// writeFill writes n copies of fill.
func writeFill(b *strings.Builder, fill rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(fill)
	}
}

// padString aligns s (already truncated) within f.width, as CPython's
// calc_padding and fill_padding.
func padString(f *formatSpec, s string) (string, error) {
	if f.width > MaxWidth {
		return "", errTooWide()
	}
	n := utf8.RuneCountInString(s)
	if f.width <= n {
		return s, nil
	}
	pad := f.width - n
	var lpad int
	switch f.align {
	case '>':
		lpad = pad
	case '^':
		lpad = pad / 2
	}
	var b strings.Builder
	b.Grow(len(s) + pad*4)
	writeFill(&b, f.fill, lpad)
	b.WriteString(s)
	writeFill(&b, f.fill, pad-lpad)
	return b.String(), nil
}
