package core

// This file defines Python's str methods that Starlark lacks or counts in
// bytes: find/index/count by characters, padding, case, classification,
// translate, encode and format.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

var strMethods map[string]methodImpl

// initStrMethods fills the method table(s) of this file (called by init in
// hidden_ops_method.go, before the tables are installed on the classes).
func initStrMethods() {
	strMethods = map[string]methodImpl{
		"format":       strFormatMethod,
		"format_map":   strFormatMapMethod,
		"ljust":        strPad("ljust"),
		"rjust":        strPad("rjust"),
		"center":       strPad("center"),
		"zfill":        strZfill,
		"encode":       strEncode,
		"casefold":     strCase("casefold"),
		"swapcase":     strCase("swapcase"),
		"expandtabs":   strExpandtabs,
		"isascii":      strIs("isascii"),
		"isdecimal":    strIs("isdecimal"),
		"isnumeric":    strIs("isnumeric"),
		"isidentifier": strIs("isidentifier"),
		"isprintable":  strIs("isprintable"),
		"find":         strFind("find"),
		"rfind":        strFind("rfind"),
		"index":        strFind("index"),
		"rindex":       strFind("rindex"),
		"count":        strCount,
		"translate":    strTranslate,
		"maketrans":    strMaketrans,
	}
}

// str.format(*args, **kwargs)
func strFormatMethod(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return strFormat(th, string(recv.(starlark.String)), args, kwargs)
}

// str.format_map(mapping)
func strFormatMapMethod(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var m starlark.Value
	if err := unpackPositional("format_map", args, kwargs, 1, &m); err != nil {
		return nil, err
	}
	return strFormatMap(th, string(recv.(starlark.String)), m)
}

// strPad is str.ljust/rjust/center(width, fillchar=' ').
func strPad(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var widthV starlark.Value
		var fill starlark.Value = starlark.String(" ")
		if err := unpackPositional(name, args, kwargs, 1, &widthV, &fill); err != nil {
			return nil, err
		}
		width, err := indexInt(th, widthV)
		if err != nil {
			return nil, err
		}
		fs, ok := fill.(starlark.String)
		if !ok {
			return nil, NewError(TypeError, fmt.Sprintf("%s() argument 2 must be str, not %s", name, TypeName(fill)))
		}
		if utf8.RuneCountInString(string(fs)) != 1 {
			return nil, NewError(TypeError, "The fill character must be exactly one character long")
		}
		s := string(recv.(starlark.String))
		n := utf8.RuneCountInString(s)
		if width <= n {
			return recv, nil
		}
		marg := width - n
		var left int
		switch name {
		case "ljust":
			left = 0
		case "rjust":
			left = marg
		default:
			left = marg/2 + (marg & width & 1)
		}
		f := string(fs)
		return starlark.String(strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)), nil
	}
}

// str.zfill(width)
func strZfill(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var widthV starlark.Value
	if err := unpackPositional("zfill", args, kwargs, 1, &widthV); err != nil {
		return nil, err
	}
	width, err := indexInt(th, widthV)
	if err != nil {
		return nil, err
	}
	s := string(recv.(starlark.String))
	n := utf8.RuneCountInString(s)
	if width <= n {
		return recv, nil
	}
	pad := strings.Repeat("0", width-n)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		return starlark.String(s[:1] + pad + s[1:]), nil
	}
	return starlark.String(pad + s), nil
}

// str.encode(encoding='utf-8', errors='strict')
func strEncode(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var encoding, errors starlark.Value
	if err := unpackArgs("encode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	return encodeStr(string(recv.(starlark.String)), encoding, errors)
}

// strCase is str.casefold and str.swapcase.
func strCase(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		s := string(recv.(starlark.String))
		if name == "casefold" {
			return starlark.String(strings.ReplaceAll(strings.ToLower(s), "ß", "ss")), nil
		}
		var b strings.Builder
		for _, r := range s {
			switch {
			case unicode.IsUpper(r):
				b.WriteRune(unicode.ToLower(r))
			case unicode.IsLower(r):
				if r == 'ß' {
					b.WriteString("SS")
				} else {
					b.WriteRune(unicode.ToUpper(r))
				}
			default:
				b.WriteRune(r)
			}
		}
		return starlark.String(b.String()), nil
	}
}

// str.expandtabs(tabsize=8)
func strExpandtabs(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sizeV starlark.Value = starlark.MakeInt(8)
	if err := unpackArgs("expandtabs", args, kwargs, "tabsize?", &sizeV); err != nil {
		return nil, err
	}
	size, err := indexInt(th, sizeV)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	col := 0
	for _, r := range string(recv.(starlark.String)) {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return starlark.String(b.String()), nil
}

// strIs is the classification methods isascii, isdecimal, isnumeric,
// isidentifier and isprintable.
func strIs(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := unpackPositional(name, args, kwargs, 0); err != nil {
			return nil, err
		}
		s := string(recv.(starlark.String))
		var ok bool
		switch name {
		case "isascii":
			ok = true
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					ok = false
				}
			}
		case "isdecimal":
			ok = s != "" && all(s, func(r rune) bool { return unicode.Is(unicode.Nd, r) })
		case "isnumeric":
			ok = s != "" && all(s, func(r rune) bool { return unicode.IsNumber(r) })
		case "isidentifier":
			first := true
			ok = s != "" && all(s, func(r rune) bool {
				isStart := r == '_' || unicode.IsLetter(r)
				if first {
					first = false
					return isStart
				}
				return isStart || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)
			})
		case "isprintable":
			ok = all(s, func(r rune) bool { return r == ' ' || unicode.IsPrint(r) })
		}
		return starlark.Bool(ok), nil
	}
}

// all reports whether every rune of s satisfies f.
func all(s string, f func(rune) bool) bool {
	for _, r := range s {
		if !f(r) {
			return false
		}
	}
	return true
}

// charRange resolves optional start/end arguments (Python slice
// semantics) over n characters.
func charRange(th *starlark.Thread, start, end starlark.Value, n int) (int, int, error) {
	lo, hi := 0, n
	conv := func(v starlark.Value, dflt int) (int, error) {
		if v == nil || v == starlark.None {
			return dflt, nil
		}
		i, err := indexInt(th, v)
		if err != nil {
			return 0, NewError(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		return i, nil
	}
	var err error
	if lo, err = conv(start, lo); err != nil {
		return 0, 0, err
	}
	if hi, err = conv(end, hi); err != nil {
		return 0, 0, err
	}
	if hi > n {
		hi = n
	}
	return lo, hi, nil
}

// strSearchArgs decodes the arguments (sub[, start[, end]]) of str method
// name called on recv: its characters, the needle and the range [lo, hi)
// of characters to search.
func strSearchArgs(th *starlark.Thread, name string, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (chars []rune, sub string, lo, hi int, err error) {
	var subV, start, end starlark.Value
	if err = unpackPositional(name, args, kwargs, 1, &subV, &start, &end); err != nil {
		return
	}
	s, ok := subV.(starlark.String)
	if !ok {
		err = NewError(TypeError, fmt.Sprintf("must be str, not %s", TypeName(subV)))
		return
	}
	chars = []rune(string(recv.(starlark.String)))
	lo, hi, err = charRange(th, start, end, len(chars))
	return chars, string(s), lo, hi, err
}

// strFind is str.find/rfind/index/rindex(sub[, start[, end]]), counting
// characters.
func strFind(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		chars, sub, lo, hi, err := strSearchArgs(th, name, recv, args, kwargs)
		if err != nil {
			return nil, err
		}
		needle := []rune(sub)
		pos := -1
		if lo <= hi && hi-lo >= len(needle) {
			if name[0] == 'r' {
				for i := hi - len(needle); i >= lo; i-- {
					if runesAt(chars, needle, i) {
						pos = i
						break
					}
				}
			} else {
				for i := lo; i+len(needle) <= hi; i++ {
					if runesAt(chars, needle, i) {
						pos = i
						break
					}
				}
			}
		}
		if pos < 0 && (name == "index" || name == "rindex") {
			return nil, NewError(ValueError, "substring not found")
		}
		return starlark.MakeInt(pos), nil
	}
}

// runesAt reports whether needle occurs in chars at i.
func runesAt(chars, needle []rune, i int) bool {
	for j, r := range needle {
		if chars[i+j] != r {
			return false
		}
	}
	return true
}

// str.count(sub[, start[, end]])
func strCount(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	chars, sub, lo, hi, err := strSearchArgs(th, "count", recv, args, kwargs)
	if err != nil {
		return nil, err
	}
	if lo > hi {
		return starlark.MakeInt(0), nil
	}
	s := string(chars[lo:hi])
	if sub == "" {
		return starlark.MakeInt(hi - lo + 1), nil
	}
	return starlark.MakeInt(strings.Count(s, sub)), nil
}

// str.translate(table)
func strTranslate(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var table starlark.Value
	if err := unpackPositional("translate", args, kwargs, 1, &table); err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range string(recv.(starlark.String)) {
		v, err := GetItem(th, table, starlark.MakeInt(int(r)))
		if err != nil {
			if isExc(th, err, LookupError) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case starlark.NoneType:
		case starlark.String:
			b.WriteString(string(x))
		case starlark.Int:
			c, ok := x.Int64()
			if !ok || c < 0 || c > unicode.MaxRune {
				return nil, NewError(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(c))
		default:
			return nil, NewError(TypeError, "character mapping must return integer, None or str")
		}
	}
	return starlark.String(b.String()), nil
}

// str.maketrans(x[, y[, z]])
func strMaketrans(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x, y, z starlark.Value
	if err := unpackPositional("maketrans", args, kwargs, 1, &x, &y, &z); err != nil {
		return nil, err
	}
	d := starlark.NewDict(0)
	if y == nil {
		src, ok := x.(*starlark.Dict)
		if !ok {
			return nil, NewError(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		for _, kv := range src.Items() {
			k := kv[0]
			if s, ok := k.(starlark.String); ok {
				rs := []rune(string(s))
				if len(rs) != 1 {
					return nil, NewError(ValueError, "string keys in translate table must be of length 1")
				}
				k = starlark.MakeInt(int(rs[0]))
			} else if _, ok := k.(starlark.Int); !ok {
				return nil, NewError(TypeError, "keys in translate table must be strings or integers")
			}
			_ = d.SetKey(k, kv[1])
		}
		return d, nil
	}
	xs, ok1 := x.(starlark.String)
	ys, ok2 := y.(starlark.String)
	if !ok1 || !ok2 {
		return nil, NewError(TypeError, "maketrans() argument 2 must be str")
	}
	xr, yr := []rune(string(xs)), []rune(string(ys))
	if len(xr) != len(yr) {
		return nil, NewError(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		_ = d.SetKey(starlark.MakeInt(int(xr[i])), starlark.MakeInt(int(yr[i])))
	}
	if z != nil {
		zs, ok := z.(starlark.String)
		if !ok {
			return nil, NewError(TypeError, "maketrans() argument 3 must be str")
		}
		for _, r := range string(zs) {
			_ = d.SetKey(starlark.MakeInt(int(r)), starlark.None)
		}
	}
	return d, nil
}
