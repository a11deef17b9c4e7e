// This file defines the module value and its encoder.

package json

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf16"

	starjson "go.starlark.net/lib/json"
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/pyformat"
)

// JSONDecodeError is json.JSONDecodeError, a ValueError subclass.
var JSONDecodeError = core.MustClass("JSONDecodeError", "json.decoder", []*core.Class{core.ValueError}, nil)

// Make makes the json module: Python's functions
//
//	dumps(obj, *, skipkeys=False, ensure_ascii=True, allow_nan=True, indent=None,
//	      separators=None, default=None, sort_keys=False) -> str
//	loads(s) -> value
//	dump(obj, fp, **kw)          fp.write(dumps(obj, **kw))
//	load(fp) -> value            loads(fp.read())
//	JSONDecodeError              a ValueError subclass with msg, doc, pos, lineno, colno
//
// written for pyconc so that their output and errors are CPython's:
// json.dumps({"a": 1}) is '{"a": 1}' (separators ', ' and ': ', or ','
// and ': ' with an indent), floats as Python's repr, NaN/Infinity allowed
// unless allow_nan=False; loads gives int or float as Python does and
// raises JSONDecodeError with CPython's messages ("Expecting value: line 1
// column 1 (char 0)"). go.starlark.net's encode, decode, indent and
// encode_indent remain available. Not supported: cls, object_hook,
// parse_float and the other hooks of loads; check_circular is always on.
func Make(rt *core.Runtime) (starlark.Value, error) {
	members := starlark.StringDict{}
	for k, v := range starjson.Module.Members {
		members[k] = v
	}
	b := starlark.NewBuiltin
	members["dumps"] = b("dumps", jsonDumps)
	members["loads"] = b("loads", jsonLoads)
	members["dump"] = b("dump", jsonDump)
	members["load"] = b("load", jsonLoad)
	members["JSONDecodeError"] = JSONDecodeError
	return core.NewModule("json", members), nil
}

// jsonEncoder holds the options of one dumps call.
type jsonEncoder struct {
	th          *starlark.Thread
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	sortKeys    bool
	indent      *string
	itemSep     string
	keySep      string
	def         starlark.Value
	active      map[starlark.Value]bool // containers being encoded
	b           strings.Builder
}

func jsonDumps(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := jsonEncode(th, "dumps", args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
}

// jsonEncode decodes the arguments of dumps (or dump, with fp) and encodes.
func jsonEncode(th *starlark.Thread, fn string, args starlark.Tuple, kwargs []starlark.Tuple, extra ...*starlark.Value) (string, error) {
	var obj, fp starlark.Value
	var indent, separators, def, cls starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	e := &jsonEncoder{th: th, ensureASCII: true, allowNaN: true, active: map[starlark.Value]bool{}}
	checkCircular := true
	pairs := []any{"obj", &obj}
	if fn == "dump" {
		pairs = append(pairs, "fp", &fp)
	}
	pairs = append(pairs, "skipkeys?", &e.skipKeys, "ensure_ascii?", &e.ensureASCII, "check_circular?", &checkCircular,
		"allow_nan?", &e.allowNaN, "cls?", &cls, "indent?", &indent, "separators?", &separators,
		"default?", &def, "sort_keys?", &e.sortKeys)
	if err := starlark.UnpackArgs(fn, args, kwargs, pairs...); err != nil {
		return "", err
	}
	if len(extra) > 0 {
		*extra[0] = fp
	}
	switch x := indent.(type) {
	case starlark.NoneType:
	case starlark.Int:
		n, _ := x.Int64()
		s := strings.Repeat(" ", int(max(n, 0)))
		e.indent = &s
	case starlark.String:
		s := string(x)
		e.indent = &s
	default:
		return "", core.NewError(core.TypeError, fmt.Sprintf("indent must be None, an int or a str, not %s", core.TypeName(indent)))
	}
	e.itemSep, e.keySep = ", ", ": "
	if e.indent != nil {
		e.itemSep = ","
	}
	if separators != starlark.None {
		seq, ok := separators.(starlark.Indexable)
		if !ok || seq.Len() != 2 {
			return "", core.NewError(core.ValueError, "separators must be an (item_separator, key_separator) tuple")
		}
		is, ok1 := seq.Index(0).(starlark.String)
		ks, ok2 := seq.Index(1).(starlark.String)
		if !ok1 || !ok2 {
			return "", core.NewError(core.TypeError, "separators must be strings")
		}
		e.itemSep, e.keySep = string(is), string(ks)
	}
	if def != starlark.None {
		e.def = def
	}
	if err := e.encode(obj, 0); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

func (e *jsonEncoder) newline(depth int) {
	if e.indent != nil {
		e.b.WriteByte('\n')
		for i := 0; i < depth; i++ {
			e.b.WriteString(*e.indent)
		}
	}
}

func (e *jsonEncoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return "", core.NewError(core.ValueError, "Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN", nil
		} else if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return pyformat.FloatRepr(f), nil
}

func (e *jsonEncoder) enter(v starlark.Value) error {
	if e.active[v] {
		return core.NewError(core.ValueError, "Circular reference detected")
	}
	e.active[v] = true
	return nil
}

func (e *jsonEncoder) encode(v starlark.Value, depth int) error {
	switch x := v.(type) {
	case starlark.NoneType:
		e.b.WriteString("null")
	case starlark.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
	case starlark.Int:
		e.b.WriteString(x.String())
	case starlark.Float:
		s, err := e.float(float64(x))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	case starlark.String:
		jsonQuote(&e.b, string(x), e.ensureASCII)
	case *starlark.List, starlark.Tuple:
		seq := x.(starlark.Indexable)
		if l, ok := x.(*starlark.List); ok {
			if err := e.enter(l); err != nil {
				return err
			}
			defer delete(e.active, l)
		}
		if seq.Len() == 0 {
			e.b.WriteString("[]")
			return nil
		}
		e.b.WriteByte('[')
		for i := 0; i < seq.Len(); i++ {
			if i > 0 {
				e.b.WriteString(e.itemSep)
			}
			e.newline(depth + 1)
			if err := e.encode(seq.Index(i), depth+1); err != nil {
				return err
			}
		}
		e.newline(depth)
		e.b.WriteByte(']')
	case *starlark.Dict:
		if err := e.enter(x); err != nil {
			return err
		}
		defer delete(e.active, x)
		return e.encodeDict(x.Items(), depth)
	default:
		if e.def == nil {
			return core.NewError(core.TypeError, fmt.Sprintf("Object of type %s is not JSON serializable", core.TypeName(v)))
		}
		if e.active[v] {
			return core.NewError(core.ValueError, "Circular reference detected")
		}
		r, err := starlark.Call(e.th, e.def, starlark.Tuple{v}, nil)
		if err != nil {
			return err
		}
		e.active[v] = true
		defer delete(e.active, v)
		return e.encode(r, depth)
	}
	return nil
}

func (e *jsonEncoder) encodeDict(items []starlark.Tuple, depth int) error {
	type kv struct {
		k string
		v starlark.Value
	}
	var list []kv
	for _, it := range items {
		var k string
		switch x := it[0].(type) {
		case starlark.String:
			k = string(x)
		case starlark.Int:
			k = x.String()
		case starlark.Float:
			s, err := e.float(float64(x))
			if err != nil {
				return err
			}
			k = s
		case starlark.Bool:
			k = "false"
			if x {
				k = "true"
			}
		case starlark.NoneType:
			k = "null"
		default:
			if e.skipKeys {
				continue
			}
			return core.NewError(core.TypeError, fmt.Sprintf("keys must be str, int, float, bool or None, not %s", core.TypeName(it[0])))
		}
		list = append(list, kv{k, it[1]})
	}
	if e.sortKeys {
		sort.SliceStable(list, func(i, j int) bool { return list[i].k < list[j].k })
	}
	if len(list) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	e.b.WriteByte('{')
	for i, p := range list {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline(depth + 1)
		jsonQuote(&e.b, p.k, e.ensureASCII)
		e.b.WriteString(e.keySep)
		if err := e.encode(p.v, depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.b.WriteByte('}')
	return nil
}

// jsonQuote writes s as a JSON string, as Python's encoder does.
func jsonQuote(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (ascii && r >= 0x7f && r < 0x10000):
				fmt.Fprintf(b, `\u%04x`, r)
			case ascii && r >= 0x10000:
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, r1, r2)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func jsonDump(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fp starlark.Value
	s, err := jsonEncode(th, "dump", args, kwargs, &fp)
	if err != nil {
		return nil, err
	}
	write, err := jsonMethod(fp, "write")
	if err != nil {
		return nil, err
	}
	if _, err := starlark.Call(th, write, starlark.Tuple{starlark.String(s)}, nil); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// jsonMethod returns the method name of a file object.
func jsonMethod(fp starlark.Value, name string) (starlark.Value, error) {
	if ha, ok := fp.(starlark.HasAttrs); ok {
		m, err := ha.Attr(name)
		if err != nil {
			return nil, err
		}
		if m != nil {
			return m, nil
		}
	}
	return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", core.TypeName(fp), name))
}

func jsonLoad(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fp starlark.Value
	if err := starlark.UnpackArgs("load", args, kwargs, "fp", &fp); err != nil {
		return nil, err
	}
	read, err := jsonMethod(fp, "read")
	if err != nil {
		return nil, err
	}
	s, err := starlark.Call(th, read, nil, nil)
	if err != nil {
		return nil, err
	}
	return jsonLoads(th, fn, starlark.Tuple{s}, nil)
}

func jsonLoads(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sv starlark.Value
	if err := starlark.UnpackArgs("loads", args, kwargs, "s", &sv); err != nil {
		return nil, err
	}
	var s string
	switch x := sv.(type) {
	case starlark.String:
		s = string(x)
	case starlark.Bytes:
		s = string(x)
	default:
		return nil, core.NewError(core.TypeError, fmt.Sprintf("the JSON object must be str, bytes or bytearray, not %s", core.TypeName(sv)))
	}
	d := &jsonDecoder{doc: s, src: []rune(s)}
	d.skipWS()
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.skipWS()
	if d.pos < len(d.src) {
		return nil, d.fail("Extra data", d.pos)
	}
	return v, nil
}
