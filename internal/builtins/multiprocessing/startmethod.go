package multiprocessing

import (
	"fmt"
	"runtime"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the start methods: get_start_method, set_start_method,
// get_all_start_methods, the classes ForkProcess, SpawnProcess and
// ForkServerProcess, and the snapshot of the main module's globals that a
// child started by 'fork' receives instead of running the main module.

// The start methods.
const (
	methodFork       = "fork"
	methodSpawn      = "spawn"
	methodForkServer = "forkserver"
)

// defaultStartMethod is CPython 3.11's default for the platform.
func defaultStartMethod() string {
	if runtime.GOOS == "linux" {
		return methodFork
	}
	return methodSpawn
}

// startMethods lists the methods of the platform, as CPython 3.11 does.
func startMethods() []string {
	switch runtime.GOOS {
	case "windows":
		return []string{methodSpawn}
	case "linux":
		return []string{methodFork, methodSpawn, methodForkServer}
	}
	return []string{methodSpawn, methodFork, methodForkServer}
}

func knownMethod(m string) bool {
	for _, x := range startMethods() {
		if x == m {
			return true
		}
	}
	return false
}

// startMethod returns the runtime's start method, fixing the default
// when none was set (as CPython's get_start_method does).
func (s *rtState) startMethod() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.method == "" {
		s.method = defaultStartMethod()
	}
	return s.method
}

func getStartMethod(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	allowNone := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "allow_none?", &allowNone); err != nil {
		return nil, err
	}
	st := stateOf(core.RuntimeOf(th))
	if allowNone {
		st.mu.Lock()
		m := st.method
		st.mu.Unlock()
		if m == "" {
			return starlark.None, nil
		}
	}
	return starlark.String(st.startMethod()), nil
}

func setStartMethod(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var method starlark.Value
	force := false
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "method", &method, "force?", &force); err != nil {
		return nil, err
	}
	st := stateOf(core.RuntimeOf(th))
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.method != "" && !force {
		return nil, core.NewError(core.RuntimeError, "context has already been set")
	}
	if method == starlark.None && force {
		st.method = ""
		return starlark.None, nil
	}
	s, ok := method.(starlark.String)
	if !ok || !knownMethod(string(s)) {
		return nil, core.NewError(core.ValueError, "cannot find context for "+core.ReprNoThread(method))
	}
	st.method = string(s)
	return starlark.None, nil
}

func allStartMethods(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	var out []starlark.Value
	for _, m := range startMethods() {
		out = append(out, starlark.String(m))
	}
	return starlark.NewList(out), nil
}

// contextProcessClasses are the Process classes of the contexts, by start
// method: get_context('fork').Process is ForkProcess, whose instances are
// named ForkProcess-N and always start by 'fork'.
var contextProcessClasses map[string]*core.Class

// makeContextProcessClasses makes ForkProcess, SpawnProcess and
// ForkServerProcess (called by process.go's init, after ProcessClass).
func makeContextProcessClasses() {
	contextProcessClasses = map[string]*core.Class{}
	for method, name := range map[string]string{methodFork: "ForkProcess", methodSpawn: "SpawnProcess", methodForkServer: "ForkServerProcess"} {
		c := core.MustClass(name, "multiprocessing.context", []*core.Class{ProcessClass}, map[string]starlark.Value{
			"_start_method": starlark.String(method),
		})
		c.Alloc = ProcessClass.Alloc
		contextProcessClasses[method] = c
	}
}

// ContextProcess returns the Process class of a start method's context
// (ForkProcess for "fork"), or nil for an unknown method.
func ContextProcess(method string) *core.Class { return contextProcessClasses[method] }

// methodOf returns the start method of a Process about to start: its
// context's, or the runtime's.
func (s *rtState) methodOf(inst *core.Instance) string {
	for method, c := range contextProcessClasses {
		if inst.Class.IsSubclass(c) {
			return method
		}
	}
	return s.startMethod()
}

// currentGlobals returns the main module's globals as they are now.
func (s *rtState) currentGlobals(th *starlark.Thread) starlark.StringDict {
	s.mu.Lock()
	spec := s.spec
	s.mu.Unlock()
	h := newHooks(th, "")
	if spec == nil {
		return h.mainGlobals()
	}
	return spec.mainGlobals(h)
}

// poolWorkerName is the name of a Pool's worker n under a start method.
func poolWorkerName(method string, n int) string {
	switch method {
	case methodFork:
		return fmt.Sprintf("ForkPoolWorker-%d", n)
	case methodForkServer:
		return fmt.Sprintf("ForkServerPoolWorker-%d", n)
	}
	return fmt.Sprintf("SpawnPoolWorker-%d", n)
}

// The snapshot travels in the boot message as a list of (name, data,
// type, why, line): data is the wire encoding of the global's value, or
// None when it could not be encoded, type then being its type's name and
// why the reason; line is where the main module defined the value (a
// function's def, a method of a class), 0 when unknown or not a
// definition — the child chooses by it between two definitions of one
// name (def f in both branches of an if).

// encodeSnapshot encodes the main module's globals for a child started
// by 'fork'. h carries the encoding's hooks (the child's client); its
// globals are set to g.
func encodeSnapshot(h *hooks, g starlark.StringDict) starlark.Value {
	names := make([]string, 0, len(g))
	for name := range g {
		if !strings.HasPrefix(name, hidden.Prefix) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	eh := *h // the same client, no "while sending" in the reasons
	eh.globals, eh.where = g, ""
	h = &eh
	out := make([]starlark.Value, 0, len(names))
	for _, name := range names {
		v := core.Unwrap(g[name])
		if _, unbound := v.(*core.Cell); unbound || v == core.Deleted {
			continue
		}
		typ := core.TypeName(v)
		line := starlark.MakeInt(definitionLine(v))
		if _, isModule := v.(*core.Module); isModule {
			// The child's own import statements make it.
			out = append(out, starlark.Tuple{starlark.String(name), starlark.None, starlark.String("module"), starlark.String(""), line})
			continue
		}
		data, err := wire.Marshal(v, h)
		if err != nil {
			out = append(out, starlark.Tuple{starlark.String(name), starlark.None, starlark.String(typ), starlark.String(errorText(err)), line})
			continue
		}
		out = append(out, starlark.Tuple{starlark.String(name), starlark.Bytes(data), starlark.String(typ), starlark.String(""), line})
	}
	return starlark.NewList(out)
}

// definitionLine is the line of the main module where v was defined: a
// function's def, or the def of a class's first method defined in the
// main module; 0 when unknown.
func definitionLine(v starlark.Value) int {
	switch x := v.(type) {
	case *starlark.Function:
		return int(x.Position().Line)
	case *core.Class:
		if x.Module != "__main__" {
			return 0
		}
		for _, name := range x.OwnNames() {
			m, _ := x.Own(name)
			if fn, ok := m.(*starlark.Function); ok {
				return int(fn.Position().Line)
			}
		}
	}
	return 0
}

// errorText is the message of an encoding error, without its class.
func errorText(err error) string {
	if pe, ok := err.(*core.PyError); ok {
		return core.ExcMessage(pe.Value)
	}
	return err.Error()
}

// Snapshot is the main module's globals as a child started by 'fork'
// received them. The interpreter restores them into the cells of the
// child's main module (see LoadMain).
type Snapshot struct {
	entries []snapEntry
}

type snapEntry struct {
	name, typ, why string
	line           int            // see definitionLine
	data           []byte         // nil: not carried
	v              starlark.Value // decoded, nil until then
}

// decodeSnapshot reads the snapshot of a boot message (nil for None).
func decodeSnapshot(v starlark.Value) *Snapshot {
	l, ok := v.(*starlark.List)
	if !ok {
		return nil
	}
	s := &Snapshot{}
	for i := 0; i < l.Len(); i++ {
		t, ok := l.Index(i).(starlark.Tuple)
		if !ok || len(t) != 5 {
			continue
		}
		var e snapEntry
		asStr(t[0], &e.name)
		asStr(t[2], &e.typ)
		asStr(t[3], &e.why)
		if n, err := starlark.AsInt32(t[4]); err == nil {
			e.line = n
		}
		if b, ok := t[1].(starlark.Bytes); ok {
			e.data = []byte(b)
		}
		s.entries = append(s.entries, e)
	}
	return s
}

// Names returns the names of the snapshot's globals.
func (s *Snapshot) Names() []string {
	names := make([]string, len(s.entries))
	for i, e := range s.entries {
		names[i] = e.name
	}
	return names
}

// DefinitionLine returns the line where the parent's main module defined
// the value of global name (see definitionLine), 0 when unknown.
func (s *Snapshot) DefinitionLine(name string) int {
	for _, e := range s.entries {
		if e.name == name {
			return e.line
		}
	}
	return 0
}

// Restore stores the snapshot's values in cells (the child's main module
// variables, one *core.Cell per name of Names). It is called twice on
// the child's main thread: before the definitions of the main module run
// (defined false: the values that need none of them, so that default
// arguments, decorators and base classes can read them), and after (every
// value; a global that could not be carried, or cannot be decoded, makes
// its cell raise an error naming it when the child uses it, unless the
// child's own definitions made it: a function, class or module).
func (s *Snapshot) Restore(th *starlark.Thread, cells starlark.StringDict, defined bool) {
	h := newHooks(th, "")
	h.globals = cells
	h.refOnDecode = false // the parent counted this child as a holder of its pipe ends
	for i := range s.entries {
		e := &s.entries[i]
		c, ok := cells[e.name].(*core.Cell)
		if !ok {
			continue
		}
		if e.v == nil && e.data != nil {
			if v, err := wire.Unmarshal(e.data, h); err == nil {
				e.v = v
			} else if defined {
				e.why = errorText(err)
			}
		}
		switch {
		case e.v != nil:
			c.Set(e.v)
		case !defined:
		case c.Bound() && (e.typ == "function" || e.typ == "type" || e.typ == "module" || e.typ == "builtin_function_or_method"):
			// The child's own def, class or import.
		default:
			c.SetError(core.NewError(core.RuntimeError, fmt.Sprintf(
				"the global '%s' (of type '%s') was not given to this process: pyconc's 'fork' start method copies the main module's globals into the child, and this one cannot be copied (%s)",
				e.name, e.typ, e.why)))
		}
	}
}
