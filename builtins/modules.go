// This file defines the list of the modules pyconc provides.

package builtins

import (
	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/builtins/multiprocessing"
	"github.com/pyconc/pyconc/builtins/queue"
	"github.com/pyconc/pyconc/builtins/threading"
	"github.com/pyconc/pyconc/internal/core"
)

// Maker creates a module value for one runtime.
type Maker func(rt *core.Runtime) (starlark.Value, error)

// modules names every module pyconc provides, by import name, with the
// function that makes it. It is the only list: a module not named here
// does not exist for scripts.
var modules = []struct {
	name string
	make Maker
}{
	{"json", MakeJSON},
	{"math", MakeMath},
	{"multiprocessing", multiprocessing.Make},
	{"os", MakeOS},
	{"os.path", MakeOSPath},
	{"queue", queue.Make},
	{"random", MakeRandom},
	{"sys", MakeSys},
	{"threading", threading.Make},
	{"time", MakeTime},
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
