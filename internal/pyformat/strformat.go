package pyformat

import (
	"math"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

// StrFormat returns Python's str.format: format.format(*args, **kwargs).
// The format holds literal text with {{ and }} escapes and replacement
// fields {[name|index][.attr|[key]]...[!r|!s|!a][:spec]}, where fields may
// be auto-numbered ({}) or numbered ({0}), and spec may itself contain
// replacement fields (one level deep, as in CPython). kwargs holds
// (name, value) pairs. Attributes and items are looked up through h.
func StrFormat(h Hooks, format string, args starlark.Tuple, kwargs []starlark.Tuple) (string, error) {
	s := &fmtState{h: h, args: args, kwargs: kwargs}
	var b strings.Builder
	if err := s.build(format, 2, &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// StrFormatMap returns Python's format.format_map(mapping): like StrFormat,
// with every named field looked up as mapping[name] through h.GetItem, and
// positional fields rejected.
func StrFormatMap(h Hooks, format string, mapping starlark.Value) (string, error) {
	s := &fmtState{h: h, mapping: mapping, isMap: true}
	var b strings.Builder
	if err := s.build(format, 2, &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// Auto-numbering states, as CPython's AutoNumberState.
const (
	autoInit = iota
	autoAuto
	autoManual
)

// fmtState holds the arguments and auto-numbering state of one call.
type fmtState struct {
	h       Hooks
	args    starlark.Tuple
	kwargs  []starlark.Tuple
	mapping starlark.Value
	isMap   bool
	auto    int
	next    int
}

// field is one parsed replacement field.
type field struct {
	name       string
	conversion rune
	spec       string
	expand     bool // spec contains nested fields
}

// build is CPython's build_string and MarkupIterator loop.
func (s *fmtState) build(f string, depth int, out *strings.Builder) error {
	if depth <= 0 {
		return valueErr("Max string recursion exceeded")
	}
	pos := 0
	for pos < len(f) {
		start := pos
		var c byte
		markup := false
		for pos < len(f) {
			c = f[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= len(f)
		n := pos - start
		if c == '}' && markup && (atEnd || f[pos] != '}') {
			return valueErr("Single '}' encountered in format string")
		}
		if atEnd && markup && c == '{' {
			return valueErr("Single '{' encountered in format string")
		}
		if markup {
			if f[pos] == c {
				pos++
				markup = false
			} else {
				n--
			}
		}
		out.WriteString(f[start : start+n])
		if !markup {
			continue
		}
		fd, err := parseField(f, &pos)
		if err != nil {
			return err
		}
		if err := s.render(fd, depth, out); err != nil {
			return err
		}
	}
	return nil
}

// parseField is CPython's parse_field; *pos is just after the '{'.
func parseField(f string, pos *int) (field, error) {
	var fd field
	start := *pos
	var c byte
scan:
	for *pos < len(f) {
		c = f[*pos]
		*pos++
		switch c {
		case '{':
			return fd, valueErr("unexpected '{' in field name")
		case '[':
			for *pos < len(f) && f[*pos] != ']' {
				*pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	fd.name = f[start : *pos-1]
	if c != '!' && c != ':' {
		if c != '}' {
			return fd, valueErr("expected '}' before end of string")
		}
		return fd, nil
	}
	if c == '!' {
		if *pos >= len(f) {
			return fd, valueErr("end of string while looking for conversion specifier")
		}
		r, size := utf8.DecodeRuneInString(f[*pos:])
		fd.conversion = r
		*pos += size
		if *pos < len(f) {
			c = f[*pos]
			*pos++
			if c == '}' {
				return fd, nil
			}
			if c != ':' {
				return fd, valueErr("expected ':' after conversion specifier")
			}
		}
	}
	specStart := *pos
	for count := 1; *pos < len(f); {
		c = f[*pos]
		*pos++
		switch c {
		case '{':
			fd.expand = true
			count++
		case '}':
			count--
			if count == 0 {
				fd.spec = f[specStart : *pos-1]
				return fd, nil
			}
		}
	}
	return fd, valueErr("unmatched '{' in format spec")
}

// render is CPython's output_markup.
func (s *fmtState) render(fd field, depth int, out *strings.Builder) error {
	obj, err := s.fieldValue(fd.name)
	if err != nil {
		return err
	}
	if fd.conversion != 0 {
		var r string
		switch fd.conversion {
		case 'r':
			r, err = Repr(s.h, obj)
		case 's':
			r, err = Str(s.h, obj)
		case 'a':
			r, err = AsciiRepr(s.h, obj)
		default:
			if fd.conversion > 32 && fd.conversion < 127 {
				return valueErr("Unknown conversion specifier %c", fd.conversion)
			}
			return valueErr("Unknown conversion specifier \\x%x", fd.conversion)
		}
		if err != nil {
			return err
		}
		obj = starlark.String(r)
	}
	spec := fd.spec
	if fd.expand {
		var b strings.Builder
		if err := s.build(spec, depth-1, &b); err != nil {
			return err
		}
		spec = b.String()
	}
	r, err := FormatValue(s.h, obj, spec)
	if err != nil {
		return err
	}
	out.WriteString(r)
	return nil
}

// fieldValue is CPython's get_field_object (with field_name_split).
func (s *fmtState) fieldValue(name string) (starlark.Value, error) {
	i := strings.IndexAny(name, ".[")
	if i < 0 {
		i = len(name)
	}
	first, rest := name[:i], name[i:]
	idx, err := fieldInteger(first)
	if err != nil {
		return nil, err
	}
	empty := first == ""
	if empty || idx != -1 {
		if s.auto == autoInit {
			s.auto = autoManual
			if empty {
				s.auto = autoAuto
			}
		}
		if s.auto == autoManual && empty {
			return nil, valueErr("cannot switch from manual field specification to automatic field numbering")
		}
		if s.auto == autoAuto && !empty {
			return nil, valueErr("cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = s.next
			s.next++
		}
	}
	obj, err := s.lookup(first, idx)
	if err != nil {
		return nil, err
	}
	for rest != "" {
		c := rest[0]
		rest = rest[1:]
		var part string
		isAttr := c == '.'
		switch c {
		case '.':
			j := strings.IndexAny(rest, ".[")
			if j < 0 {
				j = len(rest)
			}
			part, rest = rest[:j], rest[j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, valueErr("Missing ']' in format string")
			}
			part, rest = rest[:j], rest[j+1:]
		default:
			return nil, valueErr("Only '.' or '[' may follow ']' in format field specifier")
		}
		var key starlark.Value = starlark.String(part)
		if !isAttr {
			n, err := fieldInteger(part)
			if err != nil {
				return nil, err
			}
			if n != -1 {
				key = starlark.MakeInt(n)
			}
		}
		if part == "" {
			return nil, valueErr("Empty attribute in format string")
		}
		if isAttr {
			obj, err = s.h.GetAttr(obj, part)
		} else {
			obj, err = s.h.GetItem(obj, key)
		}
		if err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// lookup finds the first part of a field name: args[idx], or the keyword
// argument (or mapping item) name when idx is -1.
func (s *fmtState) lookup(name string, idx int) (starlark.Value, error) {
	if idx == -1 {
		if s.isMap {
			return s.h.GetItem(s.mapping, starlark.String(name))
		}
		for _, kv := range s.kwargs {
			if len(kv) == 2 {
				if k, ok := kv[0].(starlark.String); ok && string(k) == name {
					return kv[1], nil
				}
			}
		}
		return nil, newErr("KeyError", "%s", StrRepr(name))
	}
	if s.isMap {
		return nil, valueErr("Format string contains positional fields")
	}
	if idx >= len(s.args) {
		return nil, newErr("IndexError", "Replacement index %d out of range for positional args tuple", idx)
	}
	return s.args[idx], nil
}

// fieldInteger is CPython's get_integer for field names: the value of a
// non-empty run of decimal digits, or -1.
func fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	n := 0
	for _, r := range s {
		d := decimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if n > (math.MaxInt-d)/10 {
			return -1, valueErr("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}
