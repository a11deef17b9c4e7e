package parser

import (
	"testing"

	"github.com/pyconc/pyconc/internal/pyast"
)

// TestPositions checks the positions of a few nodes, including those
// inside f-strings and after multi-byte characters.
func TestPositions(t *testing.T) {
	src := "s = 'é' + f\"a{bb}c\"\nt = f'''x\n  {y!r:{w}}'''\nu = f(1,\n      z)\n"
	mod, err := Parse("p.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := mod.Body[0].(*pyast.Assign).Value.(*pyast.BinOp)
	fs := s.Y.(*pyast.FString)
	field := fs.Parts[1].(*pyast.FormatField)
	tt := mod.Body[1].(*pyast.Assign).Value.(*pyast.FString)
	field2 := tt.Parts[1].(*pyast.FormatField)
	call := mod.Body[2].(*pyast.Assign).Value.(*pyast.Call)
	for _, c := range []struct {
		what      string
		pos       pyast.Pos
		line, col int
	}{
		{"+", s.OpPos, 1, 9},
		{"f-string", fs.ValuePos, 1, 11},
		{"{", field.LbracePos, 1, 14},
		{"bb", field.Value.Start(), 1, 15},
		{"y", field2.Value.Start(), 3, 4},
		{"w", field2.Spec.Parts[0].(*pyast.FormatField).Value.Start(), 3, 9},
		{"z", call.Args[1].Value.Start(), 5, 7},
		{")", call.Rparen, 5, 8},
	} {
		if int(c.pos.Line) != c.line || int(c.pos.Col) != c.col || c.pos.Filename() != "p.py" {
			t.Errorf("%s at %s, want %d:%d", c.what, c.pos, c.line, c.col)
		}
	}
}
