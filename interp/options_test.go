package interp

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"go.starlark.net/starlark"
)

// TestPredeclaredGoValues gives scripts Go values, a GoFunc of either
// spelling and a starlark.Value through Options.Predeclared, and checks
// that each interpreter converts them afresh.
func TestPredeclaredGoValues(t *testing.T) {
	var shout GoFunc = func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		return strings.ToUpper(args[0].(string)), nil
	}
	opts := Options{Predeclared: map[string]any{
		"limit": 3,
		"names": []string{"a", "b"},
		"shout": shout,
		"plain": func(ctx context.Context, args []any, kwargs map[string]any) (any, error) { return len(args), nil },
		"star":  starlark.String("engine value"),
	}}
	src := `
names.append("c")
print(limit, names, shout("x"), plain(1, 2), star)
print(shout, plain)
`
	for i := 0; i < 2; i++ {
		in, out, _ := newTestInterp(t, opts)
		run(t, in, src)
		want := "3 [\"a\", \"b\", \"c\"] X 2 engine value\n<built-in function shout> <built-in function plain>\n"
		if got := out.String(); got != replaceQuotes(want) {
			t.Errorf("interpreter %d: output\n%s\nwant\n%s", i+1, got, replaceQuotes(want))
		}
	}
}

// TestNewPanicsOnUnconvertiblePredeclared checks New's panic message.
func TestNewPanicsOnUnconvertiblePredeclared(t *testing.T) {
	defer func() {
		r := recover()
		if msg := fmt.Sprint(r); !strings.Contains(msg, "Options.Predeclared: ch: cannot convert Go value of type chan int") {
			t.Errorf("panic %q", msg)
		}
	}()
	New(Options{Predeclared: map[string]any{"ch": make(chan int)}})
	t.Error("New did not panic")
}

// TestModuleMakers checks host modules: members made once per
// interpreter, errors of the maker and of the conversion raised by the
// import statement.
func TestModuleMakers(t *testing.T) {
	made := 0
	opts := Options{Modules: map[string]ModuleMaker{
		"counted": func() (map[string]any, error) {
			made++
			return map[string]any{"n": made, "seen": []any{}}, nil
		},
		"fixed":   NewModule(map[string]any{"items": []any{1}}),
		"refused": func() (map[string]any, error) { return nil, &Exception{Class: "PermissionError", Message: "not here"} },
		"broken":  func() (map[string]any, error) { return nil, errors.New("no database") },
		"odd":     NewModule(map[string]any{"ch": make(chan int)}),
	}}
	for i := 1; i <= 2; i++ {
		in, out, _ := newTestInterp(t, opts)
		run(t, in, "import fixed, counted\nfixed.items.append(2)\nprint(counted.n, fixed.items, counted.__name__)\n")
		for _, name := range []string{"refused", "broken", "odd"} {
			var pe *Error
			err := in.Exec(context.Background(), "imp.py", []byte("import "+name+"\n"))
			if !errors.As(err, &pe) {
				t.Fatalf("import %s: %v", name, err)
			}
			fmt.Fprintf(out, "%s %s\n", pe.Class, pe.Message)
		}
		want := fmt.Sprintf(`%d [1, 2] counted
PermissionError not here
RuntimeError no database
TypeError module odd: ch: cannot convert Go value of type chan int to a script value
`, i)
		if got := out.String(); got != want {
			t.Errorf("interpreter %d: output\n%s\nwant\n%s", i, got, want)
		}
	}
}

// TestSetNamesGoFunc checks that Set names a GoFunc by its name.
func TestSetNamesGoFunc(t *testing.T) {
	in, out, _ := newTestInterp(t, Options{})
	err := in.Set("greet", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		return "hi " + args[0].(string), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	run(t, in, "print(greet('you'), greet)\n")
	if got, want := out.String(), "hi you <built-in function greet>\n"; got != want {
		t.Errorf("output %q, want %q", got, want)
	}
}

// TestErrorFramesAndDeadlock checks the package's own Frame and
// DeadlockError types.
func TestErrorFramesAndDeadlock(t *testing.T) {
	ctx := context.Background()
	in, _, _ := newTestInterp(t, Options{})
	err := in.Exec(ctx, "boom.py", []byte("def f():\n    1 / 0\nf()\n"))
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("err = %#v", err)
	}
	want := []Frame{{File: "boom.py", Line: 3, Col: 2, Func: "<module>"}, {File: "boom.py", Line: 2, Col: 7, Func: "f"}}
	if fmt.Sprint(pe.Frames) != fmt.Sprint(want) {
		t.Errorf("Frames %+v, want %+v", pe.Frames, want)
	}

	in, _, _ = newTestInterp(t, Options{})
	err = in.Exec(ctx, "stuck.py", []byte("import threading\nlock = threading.Lock()\nlock.acquire()\nlock.acquire()\n"))
	var de *DeadlockError
	if !errors.As(err, &de) || !strings.HasPrefix(de.Report, "deadlock: all threads are blocked") || de.Error() != de.Report {
		t.Errorf("err = %#v, want a *DeadlockError", err)
	}
}
