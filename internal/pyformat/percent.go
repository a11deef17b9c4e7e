package pyformat

import (
	"math"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// Percent returns Python's printf-style "format % args" for a str format.
//
// args is a tuple (one value per conversion), a single non-tuple value, or a
// mapping for "%(name)s" conversions (see MappingHooks). Conversions are
// d i u o x X e E f F g G c r s a and %%, with the flags - + space # 0, a
// width and a precision, either of which may be * (taken from args).
// Numeric conversions accept int, bool and float values; values of other
// types (including script objects defining __int__, __index__ or __float__)
// are rejected with CPython's TypeError for a non-number.
func Percent(h Hooks, format string, args starlark.Value) (string, error) {
	return percent(h, format, args, false)
}

// PercentBytes returns Python's "format % args" for a bytes format (b'...'),
// where format and the result hold the bytes. It differs from Percent as
// CPython does: %s and %b take bytes values only, %r and %a give ascii(),
// %c takes an int in range(256) or a single byte, and keys are bytes.
// Objects implementing __bytes__ or the buffer protocol are not supported.
func PercentBytes(h Hooks, format string, args starlark.Value) (string, error) {
	return percent(h, format, args, true)
}

// Flags of a printf-style conversion, as CPython's F_* values.
const (
	fLJust = 1 << iota
	fSign
	fBlank
	fAlt
	fZero
)

// pctState is the formatter state, as CPython's unicode_formatter_t.
type pctState struct {
	h      Hooks
	bytes  bool
	f      string
	pos    int
	args   starlark.Value
	tuple  starlark.Tuple
	arglen int
	argidx int
	dict   starlark.Value
	out    strings.Builder
}

func percent(h Hooks, format string, args starlark.Value, bytes bool) (string, error) {
	p := &pctState{h: h, bytes: bytes, f: format, args: args, arglen: -1, argidx: -2}
	if t, ok := args.(starlark.Tuple); ok {
		p.tuple, p.arglen, p.argidx = t, len(t), 0
	} else if p.mappingArgs(args) {
		p.dict = args
	}
	p.out.Grow(len(format) + 16)
	for p.pos < len(format) {
		i := strings.IndexByte(format[p.pos:], '%')
		if i < 0 {
			p.out.WriteString(format[p.pos:])
			break
		}
		p.out.WriteString(format[p.pos : p.pos+i])
		p.pos += i + 1
		if p.pos < len(format) && format[p.pos] == '%' {
			p.out.WriteByte('%')
			p.pos++
			continue
		}
		if err := p.conversion(); err != nil {
			return "", err
		}
	}
	if p.argidx < p.arglen && p.dict == nil {
		if bytes {
			return "", typeErr("not all arguments converted during bytes formatting")
		}
		return "", typeErr("not all arguments converted during string formatting")
	}
	return p.out.String(), nil
}

// mappingArgs reports whether args is used as the mapping of %(key)s.
func (p *pctState) mappingArgs(args starlark.Value) bool {
	switch args.(type) {
	case starlark.String:
		return false
	case starlark.Bytes:
		if p.bytes {
			return false
		}
	}
	return isMapping(p.h, args)
}

// nextArg is CPython's unicode_format_getnextarg.
func (p *pctState) nextArg() (starlark.Value, error) {
	if p.argidx < p.arglen {
		p.argidx++
		if p.arglen < 0 {
			return p.args, nil
		}
		return p.tuple[p.argidx-1], nil
	}
	return nil, typeErr("not enough arguments for format string")
}

// decode returns the character at byte offset i: a rune for str formats,
// a byte for bytes formats.
func (p *pctState) decode(i int) (rune, int) {
	if p.bytes {
		return rune(p.f[i]), 1
	}
	return utf8.DecodeRuneInString(p.f[i:])
}

// pctArg is one parsed conversion specification.
type pctArg struct {
	ch    rune
	flags int
	width int
	prec  int
}

// conversion parses and formats the conversion that starts at p.pos, just
// after its '%' (CPython's unicode_format_arg).
func (p *pctState) conversion() error {
	a, err := p.parse()
	if err != nil {
		return err
	}
	v, err := p.nextArg()
	if err != nil {
		return err
	}
	var s string
	sign := false
	if a.ch == 'b' && !p.bytes {
		return p.unsupported(a.ch)
	}
	switch a.ch {
	case 's', 'r', 'a', 'b':
		s, err = p.text(v, a.ch)
	case 'i', 'd', 'u', 'o', 'x', 'X':
		s, err = pctInt(p.h, v, a.ch, a.flags&fAlt != 0, a.prec)
		sign = true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		s, err = pctFloat(p.h, v, a, p.bytes)
		sign = true
	case 'c':
		s, err = p.char(v)
	default:
		return p.unsupported(a.ch)
	}
	if err != nil {
		return err
	}
	return p.output(s, a, sign)
}

func (p *pctState) unsupported(ch rune) error {
	at := p.pos - 1
	if p.bytes && ch >= 0x80 {
		// CPython passes the byte as a signed char to PyErr_Format's %c.
		return overflowErr("character argument not in range(0x110000)")
	}
	if !p.bytes {
		at = utf8.RuneCountInString(p.f[:p.pos]) - 1
		if ch < 31 || ch > 126 {
			return valueErr("unsupported format character '?' (0x%x) at index %d", ch, at)
		}
	}
	return valueErr("unsupported format character '%c' (0x%x) at index %d", ch, ch, at)
}

// parse reads the key, flags, width, precision, length modifier and
// conversion character (CPython's unicode_format_arg_parse).
func (p *pctState) parse() (pctArg, error) {
	a := pctArg{width: -1, prec: -1}
	eof := false
	read := func() bool {
		if p.pos >= len(p.f) {
			eof = true
			return false
		}
		var n int
		a.ch, n = p.decode(p.pos)
		p.pos += n
		return true
	}
	// number reads the decimal digits starting at a.ch, up to limit.
	number := func(limit int, tooBig string) (int, error) {
		n := int(a.ch - '0')
		for read() && a.ch >= '0' && a.ch <= '9' {
			d := int(a.ch - '0')
			if n > (limit-d)/10 {
				return 0, valueErr("%s", tooBig)
			}
			n = n*10 + d
		}
		return n, nil
	}
	if p.pos < len(p.f) {
		a.ch, _ = p.decode(p.pos)
	}
	if a.ch == '(' {
		if err := p.key(read, &a.ch, &eof); err != nil {
			return a, err
		}
	}
	for read() {
		switch a.ch {
		case '-':
			a.flags |= fLJust
			continue
		case '+':
			a.flags |= fSign
			continue
		case ' ':
			a.flags |= fBlank
			continue
		case '#':
			a.flags |= fAlt
			continue
		case '0':
			a.flags |= fZero
			continue
		}
		break
	}
	if a.ch == '*' {
		n, err := p.starArg(math.MaxInt64, "ssize_t")
		if err != nil {
			return a, err
		}
		if n < 0 {
			a.flags |= fLJust
			n = -n
		}
		a.width = n
		read()
	} else if a.ch >= '0' && a.ch <= '9' {
		n, err := number(math.MaxInt, "width too big")
		if err != nil {
			return a, err
		}
		a.width = n
	}
	if a.ch == '.' {
		a.prec = 0
		read()
		if a.ch == '*' {
			n, err := p.starArg(math.MaxInt32, "int")
			if err != nil {
				return a, err
			}
			a.prec = max(n, 0)
			read()
		} else if a.ch >= '0' && a.ch <= '9' {
			n, err := number(math.MaxInt32, "precision too big")
			if err != nil {
				return a, err
			}
			a.prec = n
		}
	}
	if !eof && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		read()
	}
	if eof {
		return a, valueErr("incomplete format")
	}
	return a, nil
}

// key parses "(name)" at p.pos and makes the mapping's value the argument.
func (p *pctState) key(read func() bool, ch *rune, eof *bool) error {
	if p.dict == nil {
		return typeErr("format requires a mapping")
	}
	p.pos++
	start := p.pos
	for depth := 1; depth > 0; {
		if !read() {
			return valueErr("incomplete format key")
		}
		switch *ch {
		case ')':
			depth--
		case '(':
			depth++
		}
	}
	var k starlark.Value = starlark.String(p.f[start : p.pos-1])
	if p.bytes {
		k = starlark.Bytes(p.f[start : p.pos-1])
	}
	v, err := p.h.GetItem(p.dict, k)
	if err != nil {
		return err
	}
	p.args, p.arglen, p.argidx = v, -1, -2
	return nil
}

// starArg takes a '*' width or precision from the arguments.
func (p *pctState) starArg(limit int64, ctype string) (int, error) {
	v, err := p.nextArg()
	if err != nil {
		return 0, err
	}
	var i starlark.Int
	switch v := v.(type) {
	case starlark.Int:
		i = v
	case starlark.Bool:
		i = boolInt(v)
	default:
		return 0, typeErr("* wants int")
	}
	n, ok := i.Int64()
	if !ok || n > limit || n < -limit-1 {
		return 0, overflowErr("Python int too large to convert to C %s", ctype)
	}
	return int(n), nil
}

func boolInt(b starlark.Bool) starlark.Int {
	if b {
		return starlark.MakeInt(1)
	}
	return starlark.MakeInt(0)
}
