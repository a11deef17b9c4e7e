package builtins

import (
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Maker creates a module value for one runtime.
type Maker func(rt *core.Runtime) (starlark.Value, error)

var (
	mu       sync.Mutex
	registry = map[string]Maker{}
)

// Register adds a module maker under the module's import name ("time",
// "os.path"...). Packages of modules call it from an init function.
func Register(name string, mk Maker) {
	mu.Lock()
	defer mu.Unlock()
	registry[name] = mk
}

// Modules returns a copy of the registered module makers.
func Modules() map[string]Maker {
	mu.Lock()
	defer mu.Unlock()
	out := make(map[string]Maker, len(registry))
	for k, v := range registry {
		out[k] = v
	}
	return out
}
