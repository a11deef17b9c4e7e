package interp_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/interp"
)

// Run a script and capture its output; an uncaught exception comes back
// as an *interp.Error.
func ExampleInterpreter_Exec() {
	var out strings.Builder
	in := interp.New(interp.Options{Stdout: &out, Argv: []string{"demo.py", "world"}})
	defer in.Close()

	src := `
import sys, threading
words = []
def greet(name):
    words.append("hello, " + name)
t = threading.Thread(target=greet, args=(sys.argv[1],))
t.start()
t.join()
print(words[0])
raise ValueError("done")
`
	err := in.Exec(context.Background(), "demo.py", []byte(src))
	fmt.Print(out.String())
	var pe *interp.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Class, pe.Message, len(pe.Frames))
		fmt.Println(pe.Traceback)
	}
	// Output:
	// hello, world
	// ValueError done 1
	// Traceback (most recent call last):
	//   File "demo.py", line 10, in <module>
	//     raise ValueError("done")
	// ValueError: done
}

// Call a script function from Go with Go values, and read a global.
func ExampleInterpreter_Call() {
	in := interp.New(interp.Options{})
	defer in.Close()
	src := `
calls = 0
def summarize(scores, label):
    global calls
    calls += 1
    return {"label": label.upper(), "total": sum(scores), "best": max(scores)}
`
	if err := in.Exec(context.Background(), "lib.py", []byte(src)); err != nil {
		fmt.Println(err)
		return
	}
	v, err := in.Call(context.Background(), "summarize", []any{3, 9, 4}, "round one")
	if err != nil {
		fmt.Println(err)
		return
	}
	res, _ := interp.FromValue(v)
	fmt.Println(res)
	calls, _ := in.Get("calls")
	fmt.Println("calls:", calls)
	// Output:
	// map[best:9 label:ROUND ONE total:16]
	// calls: 1
}

// A Go function called from several script threads: it runs without the
// interpreter lock, so the calls run in parallel.
func ExampleFunc() {
	square := interp.Func("square", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		n, ok := args[0].(int64)
		if !ok {
			return nil, &interp.Exception{Class: "TypeError", Message: "square() wants an int"}
		}
		return n * n, nil // long Go work would go here, honouring ctx
	})
	in := interp.New(interp.Options{
		Stdout:      os.Stdout,
		Predeclared: starlark.StringDict{"square": square},
	})
	defer in.Close()
	src := `
import threading
results = {}
def work(n):
    results[n] = square(n)
threads = [threading.Thread(target=work, args=(n,)) for n in range(1, 6)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results.items()))
try:
    square("x")
except TypeError as e:
    print("TypeError:", e)
`
	if err := in.Exec(context.Background(), "squares.py", []byte(src)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// [(1, 1), (2, 4), (3, 9), (4, 16), (5, 25)]
	// TypeError: square() wants an int
}

// The worker dispatch at the top of a host's main: a script of this host
// may start processes, and the children find the host's Go functions.
func ExampleRunWorkerIfChild() {
	opts := interp.Options{Predeclared: starlark.StringDict{
		"now": interp.Func("now", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
			return "12:00", nil
		}),
	}}
	if interp.RunWorkerIfChild(opts) {
		return // this process was a worker started by a script
	}
	in := interp.New(opts)
	defer in.Close()
	if err := in.ExecFile(context.Background(), "jobs.py"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
