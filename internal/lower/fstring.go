// This file defines the lowering of f-strings into concatenations of
// literal parts and __pc_fmt(value, conv, spec) calls.

package lower

import (
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/pyast"
)

// fstring lowers an f-string to a string expression.
func (l *lowerer) fstring(f *pyast.FString) syntax.Expr {
	var parts []syntax.Expr
	lit := func(s string, p pos) {
		if s == "" {
			return
		}
		if n := len(parts); n > 0 {
			if prev, ok := parts[n-1].(*syntax.Literal); ok && prev.Token == syntax.STRING {
				parts[n-1] = str(prev.Value.(string)+s, prev.TokenPos)
				return
			}
		}
		parts = append(parts, str(s, p))
	}
	for _, part := range f.Parts {
		switch x := part.(type) {
		case *pyast.Str:
			lit(x.Value, x.ValuePos)
		case *pyast.FormatField:
			p := x.LbracePos
			conv := x.Conv
			if x.Debug != "" {
				lit(x.Debug, p)
				if conv == 0 && x.Spec == nil {
					conv = 'r'
				}
			}
			cs := ""
			if conv != 0 {
				cs = string(rune(conv))
			}
			var spec syntax.Expr = str("", p)
			if x.Spec != nil {
				spec = l.fstring(x.Spec)
			}
			parts = append(parts, hcall(hidden.Fmt, p, l.expr(x.Value), str(cs, p), spec))
		default:
			bug(part.Start(), "unexpected f-string part")
		}
	}
	if len(parts) == 0 {
		return str("", f.ValuePos)
	}
	return concat(parts)
}
