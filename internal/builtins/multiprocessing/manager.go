package multiprocessing

import (
	"fmt"
	"sort"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Manager() (a SyncManager: a context manager with
// start and shutdown) and its Namespace and Value proxies. pyconc needs
// no manager server process: the objects a Manager makes live in the
// root process's store, like every shared object, and their proxies are
// handles that work from any process. Its Queue, Lock, RLock, Event,
// Semaphore, BoundedSemaphore, Condition, Barrier and JoinableQueue are
// the module's own shared objects.

// Manager is multiprocessing.Manager()'s SyncManager.
type Manager struct{ started, shut bool }

func newManager(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if st := stateOf(core.RuntimeOf(th)); !st.inChild() {
		if g := newHooks(th, "").mainGlobals(); g != nil {
			st.setGlobals(g)
		}
	}
	return &Manager{started: true}, nil
}

// String is CPython's repr.
func (m *Manager) String() string { return objRepr("multiprocessing.managers.SyncManager", m) }

// Type returns "SyncManager".
func (m *Manager) Type() string { return "SyncManager" }

// Freeze does nothing.
func (m *Manager) Freeze() {}

// Truth returns True.
func (m *Manager) Truth() starlark.Bool { return starlark.True }

// Hash hashes by identity.
func (m *Manager) Hash() (uint32, error) { return uint32(core.ID(m)), nil }

// managerMethods are a Manager's: its objects' makers (those of the
// module's own shared objects, and its proxies), start, shutdown...
var managerMethods = core.NewMethods(map[string]core.MethodFunc{
	"Queue":            managed(newQueue),
	"JoinableQueue":    managed(newJoinableQueue),
	"Lock":             managed(newLock),
	"RLock":            managed(newRLock),
	"Event":            managed(newEvent),
	"Semaphore":        managed(makeSemaphore(false)),
	"BoundedSemaphore": managed(makeSemaphore(true)),
	"Condition":        managed(newCondition),
	"Barrier":          managed(newBarrier),
	"Array":            managed(newArray),
	"dict":             managed(managerDict),
	"list":             managed(managerList),
	"Namespace":        managed(managerNamespace),
	"Value":            managed(managerValue),
	"start":            managerStart,
	"join":             managerStart,
	"__enter__":        managerStart,
	"shutdown":         managerShutdown,
	"__exit__":         managerShutdown,
})

// AttrNames lists the methods.
func (m *Manager) AttrNames() []string { return managerMethods.Names() }

// Attr returns a method.
func (m *Manager) Attr(name string) (starlark.Value, error) { return managerMethods.Attr(m, name) }

// managed makes a method that fails once the Manager is shut down.
func managed(f core.MethodFunc) core.MethodFunc {
	return func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		if err := b.Receiver().(*Manager).check(); err != nil {
			return nil, err
		}
		return f(th, b, args, kwargs)
	}
}

// managerStart is start, join and __enter__.
func managerStart(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m := b.Receiver().(*Manager)
	if b.Name() == "start" && m.started {
		return nil, &core.PyError{Value: core.NewException(ProcessError, starlark.String("Already started server"))}
	}
	m.started, m.shut = true, false
	if b.Name() == "__enter__" {
		return m, nil
	}
	return starlark.None, nil
}

// managerShutdown is shutdown and __exit__.
func managerShutdown(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m := b.Receiver().(*Manager)
	m.shut, m.started = true, false
	return exitResult(b.Name()), nil
}

func (m *Manager) check() error {
	if m.shut || !m.started {
		return core.NewError(core.OSError, "the Manager is not running (shut down)")
	}
	return nil
}

func managerDict(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Dict})
	if err != nil {
		return nil, err
	}
	d := &DictProxy{base(th, res.N)}
	if len(args) > 0 || len(kwargs) > 0 {
		if _, err := callMethod(th, dictMethods, d, "update", args, kwargs); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func managerList(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value = starlark.Tuple{}
	if err := starlark.UnpackPositionalArgs("list", args, kwargs, 0, &seq); err != nil {
		return nil, err
	}
	items, err := toTuple(seq)
	if err != nil {
		return nil, err
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.List})
	if err != nil {
		return nil, err
	}
	l := &ListProxy{base(th, res.N)}
	if len(items) > 0 {
		if _, err := l.mcall(th, broker.OpListAppend, 0, items...); err != nil {
			return nil, err
		}
	}
	return l, nil
}

func managerNamespace(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 0 {
		return nil, core.NewError(core.TypeError, "Namespace() takes keyword arguments only")
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Dict})
	if err != nil {
		return nil, err
	}
	ns := &NamespaceProxy{base(th, res.N)}
	var kv []starlark.Value
	for _, kw := range kwargs {
		kv = append(kv, kw[0], kw[1])
	}
	if _, err := ns.mcall(th, broker.OpDictSet, 0, kv...); err != nil {
		return nil, err
	}
	return ns, nil
}

func managerValue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tc, value starlark.Value
	lock := starlark.Value(starlark.True)
	if err := starlark.UnpackArgs("Value", args, kwargs, "typecode", &tc, "value", &value, "lock?", &lock); err != nil {
		return nil, err
	}
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Dict})
	if err != nil {
		return nil, err
	}
	v := &ValueProxy{base(th, res.N), tc}
	if _, err := v.mcall(th, broker.OpDictSet, 0, starlark.String("value"), value); err != nil {
		return nil, err
	}
	return v, nil
}

// NamespaceProxy is a Manager's Namespace: attributes shared by every
// process.
type NamespaceProxy struct{ sharedBase }

func (n *NamespaceProxy) handle(*hooks) (string, uint64, error) { return "mns", uint64(n.id), nil }

// Type returns "NamespaceProxy".
func (n *NamespaceProxy) Type() string { return "NamespaceProxy" }

// String shows the referent: Namespace(a=1, b='x').
func (n *NamespaceProxy) String() string {
	kv, err := (&DictProxy{n.sharedBase}).items(nil)
	if err != nil {
		return "<NamespaceProxy: " + err.Error() + ">"
	}
	var parts []string
	for i := 0; i+1 < len(kv); i += 2 {
		if s, ok := kv[i].(starlark.String); ok && !strings.HasPrefix(string(s), "_") {
			parts = append(parts, string(s)+"="+core.ReprNoThread(kv[i+1]))
		}
	}
	sort.Strings(parts)
	return "Namespace(" + strings.Join(parts, ", ") + ")"
}

// Attr reads a shared attribute.
func (n *NamespaceProxy) Attr(name string) (starlark.Value, error) {
	v, err := (&DictProxy{n.sharedBase}).get(nil, starlark.String(name))
	if err != nil {
		if pe, ok := err.(*core.PyError); ok && pe.Value.Class == core.KeyError {
			return nil, core.NewError(core.AttributeError, fmt.Sprintf("'Namespace' object has no attribute '%s'", name))
		}
		return nil, err
	}
	return v, nil
}

// AttrNames lists the shared attributes.
func (n *NamespaceProxy) AttrNames() []string {
	kv, _ := (&DictProxy{n.sharedBase}).items(nil)
	var names []string
	for i := 0; i < len(kv); i += 2 {
		if s, ok := kv[i].(starlark.String); ok {
			names = append(names, string(s))
		}
	}
	return names
}

// SetField sets a shared attribute.
func (n *NamespaceProxy) SetField(name string, v starlark.Value) error {
	_, err := n.mcall(nil, broker.OpDictSet, 0, starlark.String(name), v)
	return err
}

// ValueProxy is a Manager's Value: value, get() and set(v).
type ValueProxy struct {
	sharedBase
	typecode starlark.Value
}

func (v *ValueProxy) handle(*hooks) (string, uint64, error) {
	tc, _ := v.typecode.(starlark.String)
	return "mvalue:" + string(tc), uint64(v.id), nil
}

// Type returns "ValueProxy".
func (v *ValueProxy) Type() string { return "ValueProxy" }

// String shows the referent: Value('i', 5).
func (v *ValueProxy) String() string {
	x, err := (&DictProxy{v.sharedBase}).get(nil, starlark.String("value"))
	if err != nil {
		return "<ValueProxy: " + err.Error() + ">"
	}
	return fmt.Sprintf("Value(%s, %s)", core.ReprNoThread(v.typecode), core.ReprNoThread(x))
}

// valueProxyMethods are a Manager's Value's: get, set and the property
// value.
var valueProxyMethods = core.NewMethods(map[string]core.MethodFunc{
	"get": valueProxyGet,
	"set": valueProxySet,
}).WithProps(map[string]core.Getter{
	"value": func(recv starlark.Value) (starlark.Value, error) {
		return (&DictProxy{recv.(*ValueProxy).sharedBase}).get(nil, starlark.String("value"))
	},
})

// Attr returns value, get and set.
func (v *ValueProxy) Attr(name string) (starlark.Value, error) {
	return valueProxyMethods.Attr(v, name)
}

// AttrNames lists value, get and set.
func (v *ValueProxy) AttrNames() []string { return valueProxyMethods.Names() }

func valueProxyGet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return (&DictProxy{b.Receiver().(*ValueProxy).sharedBase}).get(th, starlark.String("value"))
}

func valueProxySet(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &x); err != nil {
		return nil, err
	}
	_, err := b.Receiver().(*ValueProxy).mcall(th, broker.OpDictSet, 0, starlark.String("value"), x)
	return starlark.None, err
}

// SetField sets value.
func (v *ValueProxy) SetField(name string, x starlark.Value) error {
	if name != "value" {
		return core.NewError(core.AttributeError, fmt.Sprintf("'ValueProxy' object has no attribute '%s'", name))
	}
	_, err := v.mcall(nil, broker.OpDictSet, 0, starlark.String("value"), x)
	return err
}

// decodeNamespace decodes the handle of a mns.
func decodeNamespace(h *hooks, _ string, id uint64) (starlark.Value, error) {
	return &NamespaceProxy{h.base(int64(id))}, nil
}

// decodeValueProxy decodes the handle of a mvalue.
func decodeValueProxy(h *hooks, kind string, id uint64) (starlark.Value, error) {
	return &ValueProxy{h.base(int64(id)), starlark.String(strings.TrimPrefix(kind, "mvalue:"))}, nil
}
