package parser

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/pyconc/pyconc/internal/pyast"
)

// FuzzParse checks that no input makes Parse panic or hang, and that an
// error is always a one-element ErrorList with a valid position.
func FuzzParse(f *testing.F) {
	for _, tc := range parseTests {
		f.Add([]byte(tc.src))
	}
	for _, tc := range errorTests(f) {
		if len(tc.src) < 1000 {
			f.Add([]byte(tc.src))
		}
	}
	for _, name := range scriptFiles() {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		var mod *pyast.Module
		var err error
		done := make(chan bool)
		go func() {
			mod, err = Parse("f.py", src)
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Parse(%q) hangs", src)
		}
		if err == nil {
			if mod == nil {
				t.Fatal("nil module without error")
			}
			return
		}
		list, ok := err.(pyast.ErrorList)
		if !ok || len(list) != 1 {
			t.Fatalf("error %T %v", err, err)
		}
		e := list[0]
		if strings.Contains(e.Msg, "internal error") {
			t.Fatalf("%q: %v", src, e)
		}
		if e.Pos.Line < 1 || e.Pos.Col < 1 {
			t.Fatalf("%q: bad position in %v", src, e)
		}
	})
}
