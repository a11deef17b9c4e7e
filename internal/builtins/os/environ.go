// This file defines os.environ, the mapping of the environment variables.

package os

import (
	"fmt"
	"os"
	"strings"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// osEnviron is os.environ: a mapping of environment variables.
type osEnviron struct {
	mu   sync.Mutex
	keys []string // in the order of the environment snapshot, then insertion
	vars map[string]string
}

type osEnvironKey struct{}

// osEnvironOf returns the runtime's os.environ, creating it once.
func osEnvironOf(rt *core.Runtime) *osEnviron {
	return rt.Shared(osEnvironKey{}, func() any {
		e := &osEnviron{vars: map[string]string{}}
		for _, kv := range os.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			if k == "" {
				continue // Windows' per-drive "=C:=C:\\dir" entries
			}
			if _, dup := e.vars[k]; !dup {
				e.keys = append(e.keys, k)
			}
			e.vars[k] = v
		}
		return e
	}).(*osEnviron)
}

var (
	_ starlark.IterableMapping = (*osEnviron)(nil)
	_ starlark.HasSetKey       = (*osEnviron)(nil)
	_ starlark.HasAttrs        = (*osEnviron)(nil)
	_ starlark.Sequence        = (*osEnviron)(nil)
)

// String returns "environ({'HOME': '/root', ...})".
func (e *osEnviron) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var b strings.Builder
	b.WriteString("environ({")
	for i, k := range e.keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(core.ReprNoThread(starlark.String(k)) + ": " + core.ReprNoThread(starlark.String(e.vars[k])))
	}
	b.WriteString("})")
	return b.String()
}

// Type returns "_Environ".
func (e *osEnviron) Type() string { return "_Environ" }

// Freeze does nothing: environ stays mutable.
func (e *osEnviron) Freeze() {}

// Truth reports whether the environment is not empty.
func (e *osEnviron) Truth() starlark.Bool { return e.Len() > 0 }

// Hash fails: environ is unhashable.
func (e *osEnviron) Hash() (uint32, error) {
	return 0, core.NewError(core.TypeError, "unhashable type: '_Environ'")
}

// Len returns the number of variables.
func (e *osEnviron) Len() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return len(e.keys)
}

// Get returns a variable; a missing key is a KeyError.
func (e *osEnviron) Get(k starlark.Value) (starlark.Value, bool, error) {
	s, err := strKey(k)
	if err != nil {
		return nil, false, err
	}
	e.mu.Lock()
	v, found := e.vars[s]
	e.mu.Unlock()
	if !found {
		return nil, false, &core.PyError{Value: core.NewException(core.KeyError, k)}
	}
	return starlark.String(v), true, nil
}

// SetKey sets a variable here and in the process environment.
func (e *osEnviron) SetKey(k, v starlark.Value) error {
	ks, err := strKey(k)
	if err != nil {
		return err
	}
	vs, err := strKey(v)
	if err != nil {
		return err
	}
	if strings.ContainsAny(ks, "=\x00") || ks == "" {
		return core.NewError(core.ValueError, "illegal environment variable name")
	}
	if err := os.Setenv(ks, vs); err != nil {
		return core.MapError(err)
	}
	e.mu.Lock()
	if _, had := e.vars[ks]; !had {
		e.keys = append(e.keys, ks)
	}
	e.vars[ks] = vs
	e.mu.Unlock()
	return nil
}

// unset removes a variable here and in the process environment.
func (e *osEnviron) unset(k string) {
	os.Unsetenv(k)
	e.mu.Lock()
	defer e.mu.Unlock()
	if _, had := e.vars[k]; !had {
		return
	}
	delete(e.vars, k)
	for i, x := range e.keys {
		if x == k {
			e.keys = append(e.keys[:i:i], e.keys[i+1:]...)
			break
		}
	}
}

func (e *osEnviron) snapshot() (keys []string, vals []string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	keys = append([]string(nil), e.keys...)
	vals = make([]string, len(keys))
	for i, k := range keys {
		vals[i] = e.vars[k]
	}
	return keys, vals
}

// Iterate iterates over the names (of a snapshot).
func (e *osEnviron) Iterate() starlark.Iterator {
	keys, _ := e.snapshot()
	t := make(starlark.Tuple, len(keys))
	for i, k := range keys {
		t[i] = starlark.String(k)
	}
	return t.Iterate()
}

// Items returns the (name, value) pairs.
func (e *osEnviron) Items() []starlark.Tuple {
	keys, vals := e.snapshot()
	out := make([]starlark.Tuple, len(keys))
	for i := range keys {
		out[i] = starlark.Tuple{starlark.String(keys[i]), starlark.String(vals[i])}
	}
	return out
}

// strKey checks that k is a str, as os.environ's keys must be.
func strKey(k starlark.Value) (string, error) {
	s, ok := k.(starlark.String)
	if !ok {
		return "", core.NewError(core.TypeError, fmt.Sprintf("str expected, not %s", core.TypeName(k)))
	}
	return string(s), nil
}

// osEnvironAttrs are the methods of os.environ.
var osEnvironAttrs = core.NewMethods(map[string]core.MethodFunc{
	"get":        environGet,
	"keys":       environKeys,
	"values":     environValues,
	"items":      environItems,
	"copy":       environCopy,
	"pop":        environPop,
	"setdefault": environSetdefault,
})

// Attr returns a bound method of os.environ.
func (e *osEnviron) Attr(name string) (starlark.Value, error) { return osEnvironAttrs.Attr(e, name) }

// AttrNames lists the methods.
func (e *osEnviron) AttrNames() []string { return osEnvironAttrs.Names() }

// environGet is environ.get(key, default=None).
func environGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	var def starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &k, "default?", &def); err != nil {
		return nil, err
	}
	if _, err := strKey(k); err != nil {
		return nil, err
	}
	if v, found, _ := b.Receiver().(*osEnviron).Get(k); found {
		return v, nil
	}
	return def, nil
}

// environKeys is environ.keys(): a list of the names.
func environKeys(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	keys, _ := b.Receiver().(*osEnviron).snapshot()
	l := make([]starlark.Value, len(keys))
	for i, k := range keys {
		l[i] = starlark.String(k)
	}
	return starlark.NewList(l), nil
}

// environValues is environ.values(): a list of the values.
func environValues(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	_, vals := b.Receiver().(*osEnviron).snapshot()
	l := make([]starlark.Value, len(vals))
	for i, v := range vals {
		l[i] = starlark.String(v)
	}
	return starlark.NewList(l), nil
}

// environItems is environ.items(): a list of (name, value) pairs.
func environItems(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	items := b.Receiver().(*osEnviron).Items()
	l := make([]starlark.Value, len(items))
	for i, it := range items {
		l[i] = it
	}
	return starlark.NewList(l), nil
}

// environCopy is environ.copy(): a dict.
func environCopy(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs(b.Name(), args, kwargs); err != nil {
		return nil, err
	}
	items := b.Receiver().(*osEnviron).Items()
	d := starlark.NewDict(len(items))
	for _, it := range items {
		_ = d.SetKey(it[0], it[1])
	}
	return d, nil
}

// environPop is environ.pop(key[, default]): removes the variable here and
// in the process environment.
func environPop(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k, def starlark.Value
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &k, "default?", &def); err != nil {
		return nil, err
	}
	e := b.Receiver().(*osEnviron)
	v, found, err := e.Get(k)
	if !found {
		if def != nil {
			return def, nil
		}
		return nil, err
	}
	e.unset(string(k.(starlark.String)))
	return v, nil
}

// environSetdefault is environ.setdefault(key, default=None).
func environSetdefault(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k starlark.Value
	var def starlark.Value = starlark.None
	if err := starlark.UnpackArgs(b.Name(), args, kwargs, "key", &k, "default?", &def); err != nil {
		return nil, err
	}
	e := b.Receiver().(*osEnviron)
	if v, found, _ := e.Get(k); found {
		return v, nil
	}
	if err := e.SetKey(k, def); err != nil {
		return nil, err
	}
	return def, nil
}
