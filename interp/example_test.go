package interp_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

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

// Go functions and values for scripts: a GoFunc in Options.Predeclared
// becomes a built-in function named by its key. It runs without the
// interpreter lock, so the calls from several script threads run in
// parallel.
func ExampleGoFunc() {
	square := func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		n, ok := args[0].(int64)
		if !ok {
			return nil, &interp.Exception{Class: "TypeError", Message: "square() wants an int"}
		}
		return n * n, nil // long Go work would go here, honouring ctx
	}
	in := interp.New(interp.Options{
		Stdout:      os.Stdout,
		Predeclared: map[string]any{"square": square, "limit": 5},
	})
	defer in.Close()
	src := `
import threading
results = {}
def work(n):
    results[n] = square(n)
threads = [threading.Thread(target=work, args=(n,)) for n in range(1, limit + 1)]
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

// Func names a Go function explicitly: here one given to a script
// function as an argument of Call.
func ExampleFunc() {
	in := interp.New(interp.Options{})
	defer in.Close()
	src := `
def apply(f, xs):
    return [f(x) for x in xs]
`
	if err := in.Exec(context.Background(), "apply.py", []byte(src)); err != nil {
		fmt.Println(err)
		return
	}
	double := interp.Func("double", func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
		return args[0].(int64) * 2, nil
	})
	v, err := in.Call(context.Background(), "apply", double, []any{1, 2, 3})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	// Output:
	// [2, 4, 6]
}

// A Go-defined module, imported by name.
func ExampleNewModule() {
	in := interp.New(interp.Options{
		Stdout: os.Stdout,
		Modules: map[string]interp.ModuleMaker{
			"inventory": interp.NewModule(map[string]any{
				"items": []any{"apple", "pear"},
				"count": func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
					return len(args[0].([]any)), nil
				},
			}),
		},
	})
	defer in.Close()
	src := `
import inventory
inventory.items.append("plum")
print(inventory.items, inventory.count(inventory.items), inventory.count)
`
	if err := in.Exec(context.Background(), "stock.py", []byte(src)); err != nil {
		fmt.Println(err)
	}
	// Output:
	// ['apple', 'pear', 'plum'] 3 <built-in function count>
}

// An interactive prompt: NeedsMore says when the lines typed so far make
// a statement to run.
func ExampleSession_NeedsMore() {
	in := interp.New(interp.Options{Stdout: os.Stdout})
	defer in.Close()
	s := in.NewSession()
	typed := []string{"def twice(x):", "    return 2 * x", "", "twice(21)", "if True:", "    pass", "oops"}
	var src string
	for _, line := range typed {
		src += line + "\n"
		more, err := s.NeedsMore(src)
		if err != nil {
			fmt.Println(err)
			src = ""
			continue
		}
		if more {
			continue
		}
		echo, err := s.Run(context.Background(), src)
		src = ""
		if err != nil {
			fmt.Println(err)
		} else if echo != "" {
			fmt.Println(echo)
		}
	}
	// Output:
	// 42
	//   File "<stdin>", line 3
	//     oops
	//     ^
	// SyntaxError: invalid syntax
}

// The worker dispatch at the top of a host's main: a script of this host
// may start processes, and the children find the host's Go functions.
func ExampleRunWorkerIfChild() {
	opts := interp.Options{Predeclared: map[string]any{
		"now": func(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
			return "12:00", nil
		},
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
