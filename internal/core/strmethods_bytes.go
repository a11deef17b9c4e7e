package core

// This file defines text encodings (utf-8, ascii, latin-1) and Python's
// bytes methods that Starlark lacks: decode, hex, find, index, count.

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.starlark.net/starlark"
)

var bytesMethods map[string]methodImpl

// initBytesMethods fills the method table(s) of this file (called by init in
// hidden_ops_method.go, before the tables are installed on the classes).
func initBytesMethods() {
	bytesMethods = map[string]methodImpl{
		"decode": bytesDecode,
		"hex":    bytesHex,
		"find":   bytesFind("find"),
		"rfind":  bytesFind("rfind"),
		"index":  bytesFind("index"),
		"rindex": bytesFind("rindex"),
		"count":  bytesCount,
	}
}

// codecName normalises an encoding name; "" when unsupported.
func codecName(v starlark.Value) (string, error) {
	if v == nil {
		return "utf-8", nil
	}
	s, ok := v.(starlark.String)
	if !ok {
		return "", NewError(TypeError, fmt.Sprintf("encoding must be str, not %s", TypeName(v)))
	}
	switch strings.ReplaceAll(strings.ToLower(string(s)), "_", "-") {
	case "utf-8", "utf8", "u8":
		return "utf-8", nil
	case "ascii", "us-ascii":
		return "ascii", nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1", nil
	}
	return "", NewError(LookupError, fmt.Sprintf("unknown encoding: %s", s))
}

// errorsMode returns the errors= policy ("strict", "ignore", "replace").
func errorsMode(v starlark.Value) string {
	if s, ok := v.(starlark.String); ok {
		return string(s)
	}
	return "strict"
}

// encodeStr is str.encode.
func encodeStr(s string, encoding, errors starlark.Value) (starlark.Value, error) {
	codec, err := codecName(encoding)
	if err != nil {
		return nil, err
	}
	if codec == "utf-8" {
		return starlark.Bytes(s), nil
	}
	limit := rune(0x80)
	if codec == "latin-1" {
		limit = 0x100
	}
	mode := errorsMode(errors)
	var b []byte
	pos := 0
	for _, r := range s {
		switch {
		case r < limit:
			b = append(b, byte(r))
		case mode == "ignore":
		case mode == "replace":
			b = append(b, '?')
		default:
			return nil, NewError(UnicodeEncodeError, fmt.Sprintf("'%s' codec can't encode character %s in position %d: ordinal not in range(%d)",
				codec, charEscape(r), pos, limit))
		}
		pos++
	}
	return starlark.Bytes(b), nil
}

// charEscape is how codec errors show a character: '\xe9', '\u20ac'.
func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("'\\x%02x'", r)
	case r < 0x10000:
		return fmt.Sprintf("'\\u%04x'", r)
	}
	return fmt.Sprintf("'\\U%08x'", r)
}

// decodeBytes is bytes.decode and str(b, encoding).
func decodeBytes(s string, encoding, errors starlark.Value) (starlark.Value, error) {
	codec, err := codecName(encoding)
	if err != nil {
		return nil, err
	}
	mode := errorsMode(errors)
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch codec {
		case "latin-1":
			b.WriteRune(rune(c))
			i++
			continue
		case "ascii":
			if c < 0x80 {
				b.WriteByte(c)
				i++
				continue
			}
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || n > 1 {
				b.WriteString(s[i : i+n])
				i += n
				continue
			}
		}
		switch mode {
		case "ignore":
		case "replace":
			b.WriteRune('\uFFFD')
		default:
			reason := "invalid start byte"
			if codec == "ascii" {
				reason = "ordinal not in range(128)"
			} else if c >= 0xc0 && c < 0xf8 {
				reason = "unexpected end of data"
				if i+1 < len(s) {
					reason = "invalid continuation byte"
				}
			}
			return nil, NewError(UnicodeDecodeError, fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, c, i, reason))
		}
		i++
	}
	return starlark.String(b.String()), nil
}

// bytes.decode(encoding='utf-8', errors='strict')
func bytesDecode(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var encoding, errors starlark.Value
	if err := unpackArgs("decode", args, kwargs, "encoding?", &encoding, "errors?", &errors); err != nil {
		return nil, err
	}
	return decodeBytes(string(recv.(starlark.Bytes)), encoding, errors)
}

// bytes.hex([sep])
func bytesHex(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sep starlark.Value
	if err := unpackArgs("hex", args, kwargs, "sep?", &sep); err != nil {
		return nil, err
	}
	h := hex.EncodeToString([]byte(recv.(starlark.Bytes)))
	if s, ok := sep.(starlark.String); ok && len(h) > 2 {
		parts := make([]string, 0, len(h)/2)
		for i := 0; i < len(h); i += 2 {
			parts = append(parts, h[i:i+2])
		}
		h = strings.Join(parts, string(s))
	}
	return starlark.String(h), nil
}

// bytesNeedle converts the sub argument of bytes methods (bytes or an int).
func bytesNeedle(th *starlark.Thread, v starlark.Value) (string, error) {
	switch x := v.(type) {
	case starlark.Bytes:
		return string(x), nil
	case starlark.Int:
		n, err := indexInt(th, x)
		if err != nil || n < 0 || n > 255 {
			return "", NewError(ValueError, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(n)}), nil
	}
	return "", NewError(TypeError, fmt.Sprintf("argument should be integer or bytes-like object, not '%s'", TypeName(v)))
}

// bytesSearchArgs decodes the arguments (sub[, start[, end]]) of bytes
// method name called on recv: the bytes, the needle and the range [lo, hi)
// to search.
func bytesSearchArgs(th *starlark.Thread, name string, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (s, sub string, lo, hi int, err error) {
	var subV, start, end starlark.Value
	if err = unpackPositional(name, args, kwargs, 1, &subV, &start, &end); err != nil {
		return
	}
	if sub, err = bytesNeedle(th, subV); err != nil {
		return
	}
	s = string(recv.(starlark.Bytes))
	lo, hi, err = charRange(th, start, end, len(s))
	return
}

// bytesFind is bytes.find/rfind/index/rindex.
func bytesFind(name string) methodImpl {
	return func(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		s, sub, lo, hi, err := bytesSearchArgs(th, name, recv, args, kwargs)
		if err != nil {
			return nil, err
		}
		pos := -1
		if lo <= hi {
			if name[0] == 'r' {
				pos = strings.LastIndex(s[lo:hi], sub)
			} else {
				pos = strings.Index(s[lo:hi], sub)
			}
			if pos >= 0 {
				pos += lo
			}
		}
		if pos < 0 && (name == "index" || name == "rindex") {
			return nil, NewError(ValueError, "subsection not found")
		}
		return starlark.MakeInt(pos), nil
	}
}

// bytes.count(sub[, start[, end]])
func bytesCount(th *starlark.Thread, recv starlark.Value, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, sub, lo, hi, err := bytesSearchArgs(th, "count", recv, args, kwargs)
	if err != nil {
		return nil, err
	}
	if lo > hi {
		return starlark.MakeInt(0), nil
	}
	if sub == "" {
		return starlark.MakeInt(hi - lo + 1), nil
	}
	return starlark.MakeInt(strings.Count(s[lo:hi], sub)), nil
}
