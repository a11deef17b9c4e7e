package lower

import (
	"strings"
	"testing"

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

// benchmarkFib runs fib(24) from prog once per iteration.
func benchmarkFib(b *testing.B, lowered bool) {
	src := fibPy + "fib(24)\n"
	env := testEnv()
	isPre := func(name string) bool { _, ok := env[name]; return ok }
	var f *syntax.File
	var err error
	if lowered {
		f, err = lowerSrc(b, "fib.py", src)
	} else {
		f, err = (&syntax.FileOptions{Recursion: true, TopLevelControl: true}).Parse("fib.star", src, 0)
	}
	if err != nil {
		b.Fatal(err)
	}
	prog, err := starlark.FileProgram(f, isPre)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := prog.Init(&starlark.Thread{}, env); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFibLowered runs fib(24) lowered from Python source.
func BenchmarkFibLowered(b *testing.B) { benchmarkFib(b, true) }

// BenchmarkFibStarlark runs the same fib(24) written in Starlark.
func BenchmarkFibStarlark(b *testing.B) { benchmarkFib(b, false) }
