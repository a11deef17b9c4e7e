// Command embed is the host program of pyconc's README: script threads
// call a Go function, then Go calls a script function.
package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/pyconc/pyconc/interp"
)

const script = `
import threading
words = []
def work(w):
    words.append(shout(w))  # Go code, run without the interpreter lock
threads = [threading.Thread(target=work, args=(w,)) for w in names]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(words))

def tally(words):
    return {w: len(w) for w in words}
`

// shout is a GoFunc: its arguments and result are Go values.
func shout(ctx context.Context, args []any, kwargs map[string]any) (any, error) {
	s, ok := args[0].(string)
	if !ok {
		return nil, &interp.Exception{Class: "TypeError", Message: "shout() wants a str"}
	}
	return strings.ToUpper(s) + "!", nil
}

func main() {
	opts := interp.Options{Predeclared: map[string]any{
		"shout": shout,
		"names": []string{"alpha", "beta"},
	}}
	if interp.RunWorkerIfChild(opts) { // first thing: a multiprocessing worker stops here
		return
	}
	in := interp.New(opts)
	defer in.Close()
	ctx := context.Background()
	// An error is an *interp.Error (its Traceback as Python prints it),
	// *interp.SyntaxError, *interp.ExitError, *interp.DeadlockError or ctx's.
	if err := in.Exec(ctx, "script.py", []byte(script)); err != nil { // or in.ExecFile(ctx, path)
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	v, err := in.Call(ctx, "tally", []any{"go", "python"}) // a script function, from Go
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	counts, _ := interp.FromValue(v)
	fmt.Println(counts)
}
