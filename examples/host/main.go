// Command host is a small program that embeds pyconc: it defines a Go
// function, runs a script whose threads call it in parallel and whose
// child process calls it too, then calls a script function from Go.
//
// Run it with "go run ./examples/host".
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/pyconc/pyconc/interp"
)

// script is the Python program the host runs.
const script = `
import threading, multiprocessing as mp

def child(q, word):
    q.put("child says " + shout(word))

def tally(words):
    return {w: len(w) for w in words}

if __name__ == "__main__":
    results = []
    lock = threading.Lock()
    def worker(word):
        r = shout(word)          # Go code, run without the interpreter lock
        with lock:
            results.append(r)
    threads = [threading.Thread(target=worker, args=(w,)) for w in ("alpha", "beta", "gamma")]
    for t in threads: t.start()
    for t in threads: t.join()
    print("threads:", sorted(results))

    q = mp.Queue()
    p = mp.Process(target=child, args=(q, "delta"))
    p.start()
    print(q.get())
    p.join()
    print("child exit code:", p.exitcode)
`

// shout is Go code scripts call; it runs without the interpreter lock.
func shout(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, &interp.Exception{Class: "TypeError", Message: "shout() wants a str"}
	}
	select { // stands for slow Go work (a request, a computation...)
	case <-time.After(20 * time.Millisecond):
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return strings.ToUpper(s) + "!", nil
}

// options are the interpreter's options, in the host and in its worker
// processes alike: scripts find shout in both.
func options() interp.Options {
	return interp.Options{Predeclared: map[string]any{"shout": shout}}
}

func main() {
	// First thing: a child process started by a script is this binary
	// again; RunWorkerIfChild runs the worker there and returns true.
	if interp.RunWorkerIfChild(options()) {
		return
	}
	in := interp.New(options())
	defer in.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := in.Exec(ctx, "host.py", []byte(script)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	v, err := in.Call(ctx, "tally", []any{"go", "python"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	counts, _ := interp.FromValue(v)
	fmt.Println("tally from Go:", counts)
}
