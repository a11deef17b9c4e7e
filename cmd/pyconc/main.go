// Command pyconc runs Python-style scripts about threads, queues and
// processes on the go.starlark.net engine.
//
//	pyconc FILE [ARGS...]     run a script (any extension)
//	pyconc -c CODE [ARGS...]  run CODE
//	pyconc - [ARGS...]        run the script read from standard input
//	pyconc                    interactive prompt (standard input not a terminal: run it as a script)
//	pyconc --version | -h
//
// Exit status: 0, 1 for an uncaught error, 2 for bad usage, 130 after Ctrl-C,
// or the code given to sys.exit.
package main

import (
	"os"

	"github.com/pyconc/pyconc/interp"
)

func main() {
	if interp.RunWorkerIfChild(interp.Options{}) {
		return // this process was a multiprocessing worker
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
