// This file defines the Importer: the search of a dotted name, the
// execution of each module once, the waiting of threads for a module
// another thread is running, and the partly initialised module of a
// circular import.

package importer

import (
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Maker makes a Go-defined module for a runtime.
type Maker func(rt *core.Runtime) (starlark.Value, error)

// Compiler compiles the source of a module file; its error is what the
// import statement raises.
type Compiler func(filename string, src []byte) (*starlark.Program, error)

// Config says what an Importer imports.
type Config struct {
	Runtime *core.Runtime

	// Host are the host's Go-defined modules, by dotted name, found before
	// any other module.
	Host map[string]Maker

	// Go are pyconc's Go-defined modules, by dotted name.
	Go map[string]Maker

	// Library holds pyconc's modules written in Python (may be nil).
	Library *Library

	// Files, when set, holds the user's modules and packages; otherwise
	// they are files of the folder Dir returns ("" or a nil Dir: the
	// working directory).
	Files fs.FS
	Dir   func() string

	// Compile compiles the user's module files.
	Compile Compiler

	// Predeclared returns the predeclared names of a module written in
	// Python: the built-ins, __name__, __file__ and __package__.
	Predeclared func(name, file string, pkg starlark.Value) starlark.StringDict
}

// builtinNames are the modules CPython 3.11 builds into its interpreter
// (sys.builtin_module_names): they are found before the user's files, so a
// script's time.py does not hide time, while its random.py hides random.
var builtinNames = map[string]bool{
	"_abc": true, "_ast": true, "_codecs": true, "_collections": true, "_functools": true,
	"_imp": true, "_io": true, "_locale": true, "_operator": true, "_signal": true, "_sre": true,
	"_stat": true, "_string": true, "_symtable": true, "_thread": true, "_tokenize": true,
	"_tracemalloc": true, "_warnings": true, "_weakref": true, "atexit": true, "builtins": true,
	"errno": true, "faulthandler": true, "gc": true, "itertools": true, "marshal": true,
	"posix": true, "pwd": true, "sys": true, "time": true,
}

// An Importer imports modules for one interpreter. Its methods may be
// called by any script thread holding the interpreter lock.
type Importer struct {
	cfg Config

	mu      sync.Mutex
	records map[string]*record           // by dotted name: imported, or being imported
	waiting map[*starlark.Thread]*record // threads waiting for a module's top level

	modules *starlark.Dict // sys.modules (used under the interpreter lock)
}

// A record is a module imported or being imported.
type record struct {
	name   string
	value  starlark.Value    // the module (nil while a Go maker runs)
	module *core.Module      // the module of a Python file or a namespace package
	prog   *starlark.Program // its program
	pkg    *folder           // a package's folder of submodules
	goPkg  bool              // a Go-defined module that is a package
	owner  *starlark.Thread  // the thread running the top level, until done
	done   chan struct{}     // closed when the top level has run (or failed)
}

// New returns an importer of the modules cfg describes.
func New(cfg Config) *Importer {
	return &Importer{cfg: cfg, records: map[string]*record{}, waiting: map[*starlark.Thread]*record{}, modules: starlark.NewDict(16)}
}

// Modules returns sys.modules: the modules imported so far (and those
// being imported), by dotted name. A module a script puts there is what
// importing its name gives; one it deletes is imported again, as in
// CPython. Only a thread holding the interpreter lock may use it.
func (im *Importer) Modules() *starlark.Dict { return im.modules }

// Import returns the module of an absolute dotted name, importing its
// parent packages first and then the module, on first use; the module is
// then set as an attribute of its parent. A module another thread is
// running is waited for; one this thread is running (a circular import) is
// returned partly initialised.
func (im *Importer) Import(th *starlark.Thread, name string) (starlark.Value, error) {
	for {
		im.mu.Lock()
		r := im.records[name]
		if r != nil && r.finished() {
			if v, found, _ := im.modules.Get(starlark.String(name)); found {
				im.mu.Unlock()
				return v, nil
			}
			delete(im.records, name) // deleted from sys.modules: import it again
			r = nil
		}
		if r == nil {
			im.mu.Unlock()
			if v, found, _ := im.modules.Get(starlark.String(name)); found {
				return v, nil // put there by the script
			}
			return im.load(th, name)
		}
		if r.owner == th || im.deadlocks(th, r) {
			im.mu.Unlock()
			return im.partial(th, r)
		}
		im.waiting[th] = r
		im.mu.Unlock()
		im.snapshotOwned(th)
		err := core.Block(th, true, func(intr <-chan struct{}) error {
			select {
			case <-r.done:
				return nil
			case <-intr:
				return core.ErrInterrupted
			}
		})
		im.mu.Lock()
		delete(im.waiting, th)
		im.mu.Unlock()
		if err != nil {
			return nil, err
		}
		// Imported, or failed and forgotten: look again.
	}
}

// finished reports whether r's top level has run (or failed).
func (r *record) finished() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// Initializing reports whether module is still running its top level.
func (im *Importer) Initializing(module starlark.Value) bool {
	im.mu.Lock()
	defer im.mu.Unlock()
	for _, r := range im.records {
		if r.value == module {
			return !r.finished()
		}
	}
	return false
}

// deadlocks reports whether waiting for r would never end: r's owner
// waits, directly or through other threads, for a module th is running.
// Called with im.mu held.
func (im *Importer) deadlocks(th *starlark.Thread, r *record) bool {
	owner := r.owner
	for i := 0; owner != nil && i <= len(im.waiting); i++ {
		w := im.waiting[owner]
		if w == nil {
			return false
		}
		if w.owner == th {
			return true
		}
		owner = w.owner
	}
	return false
}

// partial returns the module r that th (or a thread waiting for th) is
// still running, with the globals its top level has defined so far.
func (im *Importer) partial(th *starlark.Thread, r *record) (starlark.Value, error) {
	if r.owner == th {
		im.snapshot(th, r)
	}
	if r.value == nil {
		return nil, core.NewError(core.ImportError, fmt.Sprintf("cannot import module '%s' while it is being made", r.name))
	}
	return r.value, nil
}

// snapshotOwned copies the globals defined so far into the modules th is
// running, before th waits: a thread that then imports one of them (a
// deadlock broken by a partly initialised module) sees them.
func (im *Importer) snapshotOwned(th *starlark.Thread) {
	im.mu.Lock()
	var owned []*record
	for _, r := range im.records {
		if r.owner == th && r.module != nil {
			owned = append(owned, r)
		}
	}
	im.mu.Unlock()
	for _, r := range owned {
		im.snapshot(th, r)
	}
}

// snapshot copies the globals of r's top level, running on th, into its
// module: the module is found on th's call stack by its program.
func (im *Importer) snapshot(th *starlark.Thread, r *record) {
	if r.module == nil {
		return
	}
	for depth := 0; depth < th.CallStackDepth(); depth++ {
		if fn, ok := th.DebugFrame(depth).Callable().(*starlark.Function); ok && fn.Module().Program() == r.prog {
			r.module.SetGlobals(fn.Module().Globals())
			return
		}
	}
}

// load imports name, which no record holds: its parent package first,
// then the module found for it.
func (im *Importer) load(th *starlark.Thread, name string) (starlark.Value, error) {
	var parent *record
	leaf := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parentName := name[:i]
		leaf = name[i+1:]
		if _, err := im.Import(th, parentName); err != nil {
			return nil, err
		}
		im.mu.Lock()
		again := im.records[name] != nil // the parent's top level imported it
		parent = im.records[parentName]
		im.mu.Unlock()
		if again {
			return im.Import(th, name)
		}
		if parent == nil {
			return nil, core.NewModuleNotFound(name, fmt.Sprintf("No module named '%s'", name))
		}
	}
	return im.find(th, name, leaf, parent)
}

// find searches name (leaf in parent, or a top-level name) and imports
// what it finds; see the package's doc for the order.
func (im *Importer) find(th *starlark.Thread, name, leaf string, parent *record) (starlark.Value, error) {
	if mk := im.cfg.Host[name]; mk != nil {
		return im.runMaker(th, name, parent, mk)
	}
	if parent == nil {
		if mk := im.cfg.Go[name]; mk != nil && builtinNames[name] {
			return im.runMaker(th, name, parent, mk)
		}
		if f, ok, _ := im.userFiles().find(name); ok {
			return im.runFile(th, name, parent, f)
		}
	} else if ha, isGo := parent.value.(starlark.HasAttrs); isGo && parent.module == nil {
		// A Go-defined module's own module attribute (os.path) is its
		// submodule, as CPython's os puts os.path in sys.modules.
		if v, err := ha.Attr(leaf); err == nil && v != nil && v.Type() == "module" {
			return im.register(th, name, parent, v)
		}
	}
	if mk := im.cfg.Go[name]; mk != nil {
		return im.runMaker(th, name, parent, mk)
	}
	var where *folder
	switch {
	case parent == nil && im.cfg.Library != nil:
		where = &folder{lib: im.cfg.Library}
	case parent != nil:
		where = parent.pkg
	}
	if where != nil {
		f, ok, err := where.find(leaf)
		if err != nil {
			return nil, err
		}
		if ok {
			return im.runFile(th, name, parent, f)
		}
	}
	// A folder without __init__.py: a namespace package, found last.
	if parent == nil {
		user := im.userFiles()
		where = &user
	}
	if where != nil {
		if ns, ok := where.namespace(leaf); ok {
			return im.runNamespace(th, name, parent, ns)
		}
	}
	if parent != nil && parent.pkg == nil && !parent.goPkg {
		return nil, core.NewModuleNotFound(name, fmt.Sprintf("No module named '%s'; '%s' is not a package", name, parent.name))
	}
	return nil, core.NewModuleNotFound(name, fmt.Sprintf("No module named '%s'", name))
}

// userFiles returns the folder of the user's top-level modules.
func (im *Importer) userFiles() folder {
	if im.cfg.Files != nil {
		return folder{fsys: im.cfg.Files}
	}
	dir := ""
	if im.cfg.Dir != nil {
		dir = im.cfg.Dir()
	}
	return folder{dir: dir}
}

// begin records that th starts importing name; ok is false when another
// thread began it meanwhile (the caller then imports it again, waiting).
func (im *Importer) begin(th *starlark.Thread, name string) (*record, bool) {
	im.mu.Lock()
	defer im.mu.Unlock()
	if im.records[name] != nil {
		return nil, false
	}
	r := &record{name: name, owner: th, done: make(chan struct{})}
	im.records[name] = r
	return r, true
}

// end records the outcome of r's import: a failed module is forgotten (a
// later import tries again); an imported one becomes an attribute of its
// parent.
func (im *Importer) end(r *record, parent *record, err error) (starlark.Value, error) {
	im.mu.Lock()
	if err != nil {
		delete(im.records, r.name)
	}
	r.owner = nil
	im.mu.Unlock()
	close(r.done)
	if err != nil {
		_, _, _ = im.modules.Delete(starlark.String(r.name))
		return nil, err
	}
	_ = im.modules.SetKey(starlark.String(r.name), r.value)
	if parent != nil {
		if hs, ok := parent.value.(starlark.HasSetField); ok {
			_ = hs.SetField(r.name[len(parent.name)+1:], r.value)
		}
	}
	return r.value, nil
}

// register records v, found already made, as the module name.
func (im *Importer) register(th *starlark.Thread, name string, parent *record, v starlark.Value) (starlark.Value, error) {
	r, ok := im.begin(th, name)
	if !ok {
		return im.Import(th, name)
	}
	im.mu.Lock()
	r.value = v
	im.mu.Unlock()
	return im.end(r, parent, nil)
}

// runMaker imports a Go-defined module.
func (im *Importer) runMaker(th *starlark.Thread, name string, parent *record, mk Maker) (starlark.Value, error) {
	r, ok := im.begin(th, name)
	if !ok {
		return im.Import(th, name)
	}
	v, err := mk(im.cfg.Runtime)
	if err == nil && v == nil {
		err = core.NewModuleNotFound(name, fmt.Sprintf("No module named '%s'", name))
	}
	if err == nil {
		im.mu.Lock()
		r.value = v
		r.goPkg = im.isGoPackage(name, v)
		if lib := im.cfg.Library; lib != nil && lib.hasDir(strings.ReplaceAll(name, ".", "/")) {
			r.pkg = &folder{lib: lib, dir: strings.ReplaceAll(name, ".", "/")}
		}
		im.mu.Unlock()
	}
	return im.end(r, parent, err)
}

// isGoPackage reports whether the Go-defined module v is a package: it has
// __path__, the library has a folder of its name, or a Go-defined module
// is named under it that is not its own attribute (os.path is os's).
func (im *Importer) isGoPackage(name string, v starlark.Value) bool {
	ha, _ := v.(starlark.HasAttrs)
	if ha != nil {
		if p, err := ha.Attr("__path__"); err == nil && p != nil {
			return true
		}
	}
	if im.cfg.Library != nil && im.cfg.Library.hasDir(strings.ReplaceAll(name, ".", "/")) {
		return true
	}
	for _, makers := range []map[string]Maker{im.cfg.Host, im.cfg.Go} {
		for sub := range makers {
			leaf, ok := strings.CutPrefix(sub, name+".")
			if !ok || strings.Contains(leaf, ".") {
				continue
			}
			if ha != nil {
				if a, err := ha.Attr(leaf); err == nil && a != nil && a.Type() == "module" {
					continue
				}
			}
			return true
		}
	}
	return false
}

// runFile imports a module written in Python: it makes the module, records
// it (so that a circular import finds it), and runs its top level.
func (im *Importer) runFile(th *starlark.Thread, name string, parent *record, f file) (starlark.Value, error) {
	prog := f.prog
	if prog == nil {
		var err error
		if prog, err = im.cfg.Compile(f.name, f.src); err != nil {
			return nil, err
		}
	}
	r, ok := im.begin(th, name)
	if !ok {
		return im.Import(th, name)
	}
	pkgName := ""
	if parent != nil {
		pkgName = parent.name
	}
	m := core.NewModule(name, nil)
	m.File = f.name
	m.Runtime = im.cfg.Runtime
	if f.pkg != nil {
		pkgName = name
		m.SetGlobals(starlark.StringDict{"__path__": starlark.NewList([]starlark.Value{starlark.String(f.pkg.path())})})
	}
	m.SetGlobals(starlark.StringDict{"__package__": starlark.String(pkgName)})
	im.mu.Lock()
	r.value, r.module, r.prog, r.pkg = m, m, prog, f.pkg
	im.mu.Unlock()
	_ = im.modules.SetKey(starlark.String(name), m)
	im.cfg.Runtime.Sources.Store(f.name, f.src)
	globals, err := prog.Init(th, im.cfg.Predeclared(name, f.name, starlark.String(pkgName)))
	if err == nil {
		m.SetGlobals(globals)
	}
	return im.end(r, parent, err)
}

// runNamespace imports a namespace package: a folder of submodules with
// no __init__.py, so no code and no __file__.
func (im *Importer) runNamespace(th *starlark.Thread, name string, parent *record, ns folder) (starlark.Value, error) {
	r, ok := im.begin(th, name)
	if !ok {
		return im.Import(th, name)
	}
	m := core.NewModule(name, starlark.StringDict{
		"__package__": starlark.String(name),
		"__path__":    starlark.NewList([]starlark.Value{starlark.String(ns.path())}),
		"__file__":    starlark.None,
	})
	im.mu.Lock()
	r.value, r.module, r.pkg = m, m, &ns
	im.mu.Unlock()
	return im.end(r, parent, nil)
}
