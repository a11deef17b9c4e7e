// This file defines the list of the modules pyconc provides.

package builtins

import (
	"io/fs"

	"go.starlark.net/starlark"

	pyjson "github.com/pyconc/pyconc/internal/builtins/json"
	pymath "github.com/pyconc/pyconc/internal/builtins/math"
	"github.com/pyconc/pyconc/internal/builtins/multiprocessing"
	pyos "github.com/pyconc/pyconc/internal/builtins/os"
	"github.com/pyconc/pyconc/internal/builtins/pysrc"
	"github.com/pyconc/pyconc/internal/builtins/queue"
	pyrandom "github.com/pyconc/pyconc/internal/builtins/random"
	pysys "github.com/pyconc/pyconc/internal/builtins/sys"
	"github.com/pyconc/pyconc/internal/builtins/threading"
	pytime "github.com/pyconc/pyconc/internal/builtins/time"
	pytraceback "github.com/pyconc/pyconc/internal/builtins/traceback"
	"github.com/pyconc/pyconc/internal/core"
)

// Maker creates a module value for one runtime.
type Maker func(rt *core.Runtime) (starlark.Value, error)

// modules names every module pyconc writes in Go, by import name, with the
// function that makes it. With the files of Sources, it is the only list: a
// module not named here or there does not exist for scripts.
var modules = []struct {
	name string
	make Maker
}{
	{"_thread", threading.MakeThread},
	{"json", pyjson.Make},
	{"math", pymath.Make},
	{"multiprocessing", multiprocessing.Make},
	{"os", pyos.Make},
	{"os.path", pyos.MakePath},
	{"queue", queue.Make},
	{"random", pyrandom.Make},
	{"sys", pysys.Make},
	{"threading", threading.Make},
	{"time", pytime.Make},
	{"traceback", pytraceback.Make},
}

// Modules returns the makers of every module pyconc provides, by import
// name ("time", "os.path"...). The map is a fresh copy.
func Modules() map[string]Maker {
	out := make(map[string]Maker, len(modules))
	for _, m := range modules {
		out[m.name] = m.make
	}
	return out
}

// Sources returns the modules pyconc writes in Python (package pysrc's
// folder lib): name.py is module name, a folder with __init__.py a package
// whose other files are its submodules. They are compiled on first import.
func Sources() fs.FS { return pysrc.FS() }
