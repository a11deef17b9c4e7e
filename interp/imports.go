// This file defines the import statement's search: Go-defined modules,
// then the files of Options.FS or of the main script's folder.

package interp

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// importModule implements import for the runtime: Go-defined modules
// (built-in and Options.Modules) first, then sibling files name.py and
// name.star of the main script. It runs under the interpreter lock on the
// importing thread.
func (in *Interpreter) importModule(th *starlark.Thread, name string) (starlark.Value, error) {
	in.mu.Lock()
	if m, ok := in.modules[name]; ok {
		in.mu.Unlock()
		return m, nil
	}
	mk, isGo := in.makers[name]
	in.mu.Unlock()
	if isGo {
		m, err := mk(in.rt)
		if err != nil {
			return nil, err
		}
		in.mu.Lock()
		if prev, ok := in.modules[name]; ok {
			m = prev
		} else {
			in.modules[name] = m
		}
		in.mu.Unlock()
		return m, nil
	}
	if strings.Contains(name, ".") {
		return nil, core.NewError(core.ModuleNotFoundError, fmt.Sprintf("No module named '%s'", name))
	}
	return in.importFile(th, name)
}

// importFile loads name.py or name.star as a module.
func (in *Interpreter) importFile(th *starlark.Thread, name string) (starlark.Value, error) {
	path, src, err := in.findFile(name)
	if err != nil {
		return nil, err
	}
	in.mu.Lock()
	if in.loading[name] {
		in.mu.Unlock()
		return nil, core.NewError(core.ImportError, fmt.Sprintf("cannot import name '%s' (most likely due to a circular import)", name))
	}
	in.loading[name] = true
	in.mu.Unlock()
	defer func() {
		in.mu.Lock()
		delete(in.loading, name)
		in.mu.Unlock()
	}()
	in.rt.Sources.Store(path, src)
	prog, err := compile(path, src, in.isPredeclared)
	if err != nil {
		if se, ok := err.(*SyntaxError); ok {
			return nil, core.NewError(core.ImportError, fmt.Sprintf("%s: %s (%s, line %d)", name, se.Msg, se.File, se.Line))
		}
		return nil, err
	}
	globals, err := prog.Init(th, in.predeclared(name, path))
	if err != nil {
		return nil, err
	}
	m := core.NewModule(name, globals)
	m.File = path
	in.mu.Lock()
	in.modules[name] = m
	in.mu.Unlock()
	return m, nil
}

// findFile looks for name.py, then name.star, in Options.FS or the main
// script's folder.
func (in *Interpreter) findFile(name string) (string, []byte, error) {
	for _, ext := range []string{".py", ".star"} {
		file := name + ext
		if in.opts.FS != nil {
			src, err := fs.ReadFile(in.opts.FS, file)
			if err == nil {
				return file, src, nil
			}
			continue
		}
		in.mu.Lock()
		dir := in.dir
		in.mu.Unlock()
		path := filepath.Join(dir, file)
		if dir == "" {
			path = file
		}
		src, err := os.ReadFile(path)
		if err == nil {
			return path, src, nil
		}
	}
	return "", nil, core.NewError(core.ModuleNotFoundError, fmt.Sprintf("No module named '%s'", name))
}
