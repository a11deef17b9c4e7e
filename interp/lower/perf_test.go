package lower

import (
	"strings"
	"testing"
	"time"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

const fibPy = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
`

// TestNoOverheadFromTryElsewhere checks that ordinary functions are lowered
// to exactly what a Starlark programmer would write, even when the module
// has try, with and global rebinding elsewhere.
func TestNoOverheadFromTryElsewhere(t *testing.T) {
	plain, err := lowerSrc(t, "a.py", fibPy)
	if err != nil {
		t.Fatal(err)
	}
	busy, err := lowerSrc(t, "b.py", fibPy+`
total = 0
def other():
    global total
    try:
        i = 1
        total += i
    except Exception as e:
        print(e)
    with open("x") as f:
        n = f.read()
`)
	if err != nil {
		t.Fatal(err)
	}
	want := "def fib(n):\n    if (n < 2):\n        return n\n    return (fib((n - 1)) + fib((n - 2)))\n" +
		"def loop(n):\n    total = 0\n    for i in range(n):\n        total += i\n    return total\n"
	if got := printFile(plain); got != want {
		t.Errorf("plain module:\n%s\nwant:\n%s", got, want)
	}
	if got := printFile(busy); !strings.Contains(got, want) {
		t.Errorf("busy module changed fib or loop:\n%s", got)
	}
}

// TestFibSpeed compares the lowered fib(24) with the same function written
// in Starlark (a loose bound: timing on a shared machine is noisy).
func TestFibSpeed(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	f, err := lowerSrc(t, "fib.py", fibPy+"fib(24)\n")
	if err != nil {
		t.Fatal(err)
	}
	env := testEnv()
	isPre := func(name string) bool { _, ok := env[name]; return ok }
	prog, err := starlark.FileProgram(f, isPre)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := (&syntax.FileOptions{Recursion: true, TopLevelControl: true}).Parse("fib.star", fibPy+"fib(24)\n", 0)
	if err != nil {
		t.Fatal(err)
	}
	sprog, err := starlark.FileProgram(sf, isPre)
	if err != nil {
		t.Fatal(err)
	}
	best := func(p *starlark.Program) time.Duration {
		min := time.Hour
		for i := 0; i < 3; i++ {
			start := time.Now()
			if _, err := p.Init(&starlark.Thread{}, env); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); d < min {
				min = d
			}
		}
		return min
	}
	lowered, native := best(prog), best(sprog)
	t.Logf("lowered %v, plain Starlark %v", lowered, native)
	if lowered > native*13/10 {
		t.Errorf("lowered fib is slower than plain Starlark: %v vs %v", lowered, native)
	}
}
