// This file defines the host's view of the main module's variables:
// Globals, Get and Set.

package interp

import (
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/hidden"
)

// embedKey is the key of an interpreter's embedState in its runtime.
type embedKey struct{}

// embedState is what the embedding API keeps for one interpreter.
type embedState struct {
	mu  sync.Mutex
	set map[string]bool // names given values by Set
}

// embed returns the interpreter's embedding state.
func (in *Interpreter) embed() *embedState {
	return in.rt.Shared(embedKey{}, func() any {
		return &embedState{set: map[string]bool{}}
	}).(*embedState)
}

// hostThread returns a Starlark thread that stands for the host while it
// holds the interpreter lock outside any script thread.
func hostThread() *starlark.Thread { return &starlark.Thread{Name: "host"} }

// locked runs fn holding the interpreter lock, from a goroutine that is
// not a script thread.
func (in *Interpreter) locked(fn func()) {
	leave := in.rt.Enter(hostThread())
	defer leave()
	fn()
}

// Globals returns the variables of the main module (of every Exec and
// ExecFile so far, and of the one running now) and the names given values
// by Set, with their current values: variables that are unbound or deleted are left out, and so are
// pyconc's hidden names. The map is a snapshot; changing it changes
// nothing.
func (in *Interpreter) Globals() starlark.StringDict {
	out := starlark.StringDict{}
	in.locked(func() {
		st := in.embed()
		st.mu.Lock()
		for k := range st.set {
			out[k] = in.universe[k]
		}
		st.mu.Unlock()
		in.mu.Lock()
		for k, v := range in.globals {
			if v, ok := visible(k, v); ok {
				out[k] = v
			}
		}
		in.mu.Unlock()
		for k, v := range in.runningGlobals() {
			if v, ok := visible(k, v); ok {
				out[k] = v
			}
		}
	})
	return out
}

// Get returns the value of a variable of the main module (as Globals
// does: the variables of a running Exec are seen), or of a name given a
// value by Set; ok is false when there is no such variable or it
// is unbound.
func (in *Interpreter) Get(name string) (v starlark.Value, ok bool) {
	in.locked(func() { v, ok = in.lookupLocked(name) })
	return v, ok
}

// lookupLocked is Get for a caller holding the interpreter lock.
func (in *Interpreter) lookupLocked(name string) (starlark.Value, bool) {
	if v, found := in.runningGlobals()[name]; found {
		return visible(name, v)
	}
	in.mu.Lock()
	gv, found := in.globals[name]
	in.mu.Unlock()
	if found {
		return visible(name, gv)
	}
	st := in.embed()
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.set[name] {
		return in.universe[name], true
	}
	return nil, false
}

// runningGlobals returns the variables of the main module that the main
// thread is running now (nil when it runs nothing): Exec records the
// module's variables only when its top level ends. The caller holds the
// interpreter lock, so the main thread is paused and its frames stable.
func (in *Interpreter) runningGlobals() starlark.StringDict {
	th := in.main.Thread
	live := false
	for _, ts := range in.rt.Threads() {
		live = live || ts == in.main
	}
	if !live || th.CallStackDepth() == 0 {
		return nil
	}
	if fn, ok := th.DebugFrame(th.CallStackDepth() - 1).Callable().(*starlark.Function); ok {
		return fn.Globals()
	}
	return nil
}

// visible unwraps a global as the host sees it: the value of a cell,
// nothing for hidden names and unbound or deleted variables.
func visible(name string, v starlark.Value) (starlark.Value, bool) {
	if strings.HasPrefix(name, hidden.Prefix) {
		return nil, false
	}
	if c, ok := v.(*core.Cell); ok {
		cv, err := c.Get()
		if err != nil {
			return nil, false
		}
		v = cv
	}
	if v == nil || v == core.Deleted {
		return nil, false
	}
	return v, true
}

// Set gives name the value x (converted with ToValue; a GoFunc becomes a
// function named name) for the scripts of the interpreter:
//
//   - scripts compiled afterwards (later Exec and ExecFile, imported
//     modules) see name as a predeclared global, as they see Options.Predeclared;
//     a script that assigns name at its top level makes its own variable
//     instead, as with any built-in name;
//   - Get, Globals and Call by name see the new value;
//   - functions already defined see it when name is a variable of the
//     main module that some function assigns with a global statement
//     (pyconc keeps those in cells); other functions already defined keep
//     reading their module's own variable.
//
// Set waits for the interpreter lock; it must not run concurrently with
// Exec, ExecFile or Session.Run while these compile.
func (in *Interpreter) Set(name string, x any) error {
	v, err := toValueNamed(name, x)
	if err != nil {
		return err
	}
	in.locked(func() {
		in.mu.Lock()
		if c, ok := in.globals[name].(*core.Cell); ok {
			c.Set(v)
		} else if in.globals != nil {
			if _, ok := in.globals[name]; ok {
				in.globals[name] = v
			}
		}
		in.universe[name] = v
		in.mu.Unlock()
		st := in.embed()
		st.mu.Lock()
		st.set[name] = true
		st.mu.Unlock()
	})
	return nil
}
