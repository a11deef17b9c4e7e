package pyast

import (
	"testing"

	"go.starlark.net/syntax"
)

func TestErrorList(t *testing.T) {
	var l ErrorList
	if l.Err() != nil {
		t.Fatalf("empty list: Err() = %v, want nil", l.Err())
	}
	at := func(line, col int32) Pos { return syntax.MakePosition(nil, line, col) }
	l.Add(at(3, 1), "c")
	l.Add(at(1, 5), "b")
	l.Add(at(1, 2), "a")
	l.Add(at(3, 1), "d")
	l.Sort()
	var got string
	for _, e := range l {
		got += e.Msg
	}
	if got != "abcd" {
		t.Errorf("sorted: %s, want abcd (stable at one position)", got)
	}
	if want := "<invalid>:1:2: SyntaxError: a (and 3 more errors)"; l.Error() != want {
		t.Errorf("Error() = %q, want %q", l.Error(), want)
	}
	l.RemoveMultiples()
	got = ""
	for _, e := range l {
		got += e.Msg
	}
	if got != "ac" {
		t.Errorf("RemoveMultiples: %s, want ac", got)
	}
	if err, ok := l.Err().(ErrorList); !ok || len(err) != 2 {
		t.Errorf("Err() = %#v", l.Err())
	}
}
