package interp

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"go.starlark.net/starlark"
	"go.starlark.net/syntax"
)

const fibSrc = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

fib(27)
`

// BenchmarkFibPyconc runs fib(27) through pyconc: parse, lower, compile,
// and run under the runtime (interpreter lock, step-counted lock hand-over).
func BenchmarkFibPyconc(b *testing.B) {
	for i := 0; i < b.N; i++ {
		in := New(Options{Stdout: &bytes.Buffer{}})
		if err := in.Exec(context.Background(), "fib.py", []byte(fibSrc)); err != nil {
			b.Fatal(err)
		}
		in.Close()
	}
}

// BenchmarkFibStarlark runs the same fib(27) with plain go.starlark.net.
func BenchmarkFibStarlark(b *testing.B) {
	opts := &syntax.FileOptions{Recursion: true, TopLevelControl: true}
	for i := 0; i < b.N; i++ {
		if _, err := starlark.ExecFileOptions(opts, &starlark.Thread{}, "fib.star", fibSrc, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStartup measures New + Exec of an empty script.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		in := New(Options{Stdout: &bytes.Buffer{}})
		if err := in.Exec(context.Background(), "empty.py", []byte("pass\n")); err != nil {
			b.Fatal(err)
		}
		in.Close()
	}
}

// benchScript runs one of bench/scripts per iteration.
func benchScript(b *testing.B, name string) {
	src, err := os.ReadFile(filepath.Join("..", "bench", "scripts", name))
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		in := New(Options{Stdout: &bytes.Buffer{}})
		if err := in.Exec(context.Background(), name, src); err != nil {
			b.Fatal(err)
		}
		in.Close()
	}
}

// BenchmarkTryLoop and BenchmarkPlainLoop compare a loop whose body is
// wrapped in try/except with the same loop without it.
func BenchmarkTryLoop(b *testing.B)   { benchScript(b, "try_loop.py") }
func BenchmarkPlainLoop(b *testing.B) { benchScript(b, "plain_loop.py") }

// BenchmarkWithLock and BenchmarkAcquireRelease compare "with lock:" with
// explicit acquire()/release() calls.
func BenchmarkWithLock(b *testing.B)       { benchScript(b, "with_lock_loop.py") }
func BenchmarkAcquireRelease(b *testing.B) { benchScript(b, "acquire_release_loop.py") }
