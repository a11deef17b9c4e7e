// This file tests that a script sees no name of go.starlark.net's universe
// that CPython's builtins lack.

package lower

import (
	"testing"

	"go.starlark.net/starlark"
)

// cpythonBuiltins are CPython's builtins that go.starlark.net's universe
// also defines.
var cpythonBuiltins = map[string]bool{
	"False": true, "None": true, "True": true, "abs": true, "all": true, "any": true, "bool": true,
	"bytes": true, "chr": true, "dict": true, "dir": true, "enumerate": true, "float": true,
	"getattr": true, "hasattr": true, "hash": true, "int": true, "len": true, "list": true,
	"max": true, "min": true, "ord": true, "print": true, "range": true, "repr": true,
	"reversed": true, "set": true, "sorted": true, "str": true, "tuple": true, "type": true, "zip": true,
}

func TestUniverseHidesStarlarkOnly(t *testing.T) {
	for name := range starlark.Universe {
		if inUniverse(name) != cpythonBuiltins[name] {
			t.Errorf("inUniverse(%q) = %v; CPython has it: %v", name, inUniverse(name), cpythonBuiltins[name])
		}
	}
}
