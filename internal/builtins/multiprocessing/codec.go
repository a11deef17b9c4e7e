package multiprocessing

import (
	"fmt"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
	"github.com/pyconc/pyconc/internal/wire"
)

// This file defines the wire hooks of multiprocessing: functions and
// classes by module and name, Process objects' state, and the handles of
// shared objects.

type hooks struct {
	th      *starlark.Thread
	rt      *core.Runtime
	globals starlark.StringDict // the main module's globals; found lazily when nil
	where   string

	// forClient, when > 0, is the child the value is being sent to: each
	// pipe end sent gains a holder on its behalf before the child exists.
	forClient int64
	// refOnDecode: each pipe end received gains a holder (this process).
	refOnDecode bool
}

func newHooks(th *starlark.Thread, where string) *hooks {
	return &hooks{th: th, rt: core.RuntimeOf(th), where: where, refOnDecode: true}
}

// Runtime implements the wire hooks.
func (h *hooks) Runtime() *core.Runtime { return h.rt }
func (h *hooks) Where() string          { return h.where }

// mainGlobals returns the globals of the main module: given, or those of
// the outermost script function on the calling thread's stack.
func (h *hooks) mainGlobals() starlark.StringDict {
	if h.globals != nil || h.th == nil {
		return h.globals
	}
	if h.rt != nil {
		// A worker's main module, whose variables may be predeclared
		// cells that no function's Globals lists (under 'fork').
		if g := stateOf(h.rt).mainGlobals(); g != nil {
			h.globals = g
			return g
		}
	}
	for i := h.th.CallStackDepth() - 1; i >= 0; i-- {
		if fn, ok := h.th.DebugFrame(i).Callable().(*starlark.Function); ok {
			h.globals = fn.Globals()
			break
		}
	}
	return h.globals
}

// mainAsMain returns a module name as the other process knows it: the
// main script is __main__ in the parent and __mp_main__ in a child.
func mainAsMain(module string) string {
	if module == "__mp_main__" {
		return "__main__"
	}
	return module
}

// GlobalName implements the wire hooks.
func (h *hooks) GlobalName(v starlark.Value) (string, string, error) {
	switch x := v.(type) {
	case *starlark.Function:
		g := x.Globals()
		// FuncName drops the prefix of a def the lowering renamed (a
		// decorated function, a variable of the interactive prompt); the
		// module variable may hold the function in a cell.
		module, name := mainAsMain(core.FunctionModule(x)), core.FuncName(x)
		if name == "lambda" {
			return "", "", wire.LookupFailed(v, "<lambda>", module)
		}
		if core.Unwrap(g[name]) != v && (module != "__main__" || core.Unwrap(h.mainGlobals()[name]) != v) {
			return "", "", wire.LookupFailed(v, name, module)
		}
		return module, name, nil
	case *core.Class:
		if goClass(x.Module+"."+x.QualName) == x {
			return x.Module, x.QualName, nil
		}
		module := mainAsMain(x.Module)
		if module == "__main__" {
			if g := h.mainGlobals(); g != nil && core.Unwrap(g[x.QualName]) != v {
				return "", "", wire.LookupFailed(v, x.QualName, module)
			}
		}
		return module, x.QualName, nil
	case *starlark.Builtin:
		if x.Receiver() == nil {
			if _, ok := core.Universe()[x.Name()]; ok {
				return "builtins", x.Name(), nil
			}
		}
	}
	return "", "", wire.Unpicklable(v)
}

// goClass returns the Go-defined class a value may name by its module
// and qualified name ("multiprocessing.pool.RemoteTraceback"), or nil.
func goClass(name string) *core.Class {
	switch name {
	case "multiprocessing.context.Process":
		return ProcessClass
	case "multiprocessing.pool.PoolWorker":
		return PoolWorkerClass
	}
	for _, c := range contextProcessClasses {
		if name == c.Module+"."+c.QualName {
			return c
		}
	}
	return exceptionClasses[name]
}

// exceptionClasses are the exceptions of multiprocessing and queue that a
// value may name.
var exceptionClasses = func() map[string]*core.Class {
	m := map[string]*core.Class{}
	for _, c := range []*core.Class{TimeoutError, BufferTooShort, RemoteTraceback, MaybeEncodingError, WorkerLostError, Empty, Full} {
		m[c.Module+"."+c.QualName] = c
	}
	return m
}()

// LoadGlobal implements the wire hooks.
func (h *hooks) LoadGlobal(module, qualname string) (starlark.Value, error) {
	if c := goClass(module + "." + qualname); c != nil {
		return c, nil
	}
	var v starlark.Value
	switch module {
	case "builtins":
		if c, ok := core.ExceptionClasses()[qualname]; ok {
			return c, nil
		}
		v = core.Universe()[qualname]
	case "__main__", "__mp_main__":
		if g := h.mainGlobals(); g != nil {
			v = core.Unwrap(g[qualname])
			if _, unbound := v.(*core.Cell); unbound {
				v = nil // not defined yet (a forked child restoring its globals)
			}
		}
	default:
		if h.rt != nil && h.rt.Import != nil && h.th != nil {
			m, err := h.rt.Import(h.th, module)
			if err != nil {
				return nil, err
			}
			v = m
			for _, part := range strings.Split(qualname, ".") {
				ha, ok := v.(starlark.HasAttrs)
				if !ok {
					v = nil
					break
				}
				if v, err = ha.Attr(part); err != nil {
					v = nil
					break
				}
			}
		}
	}
	if v == nil {
		return nil, core.NewError(core.AttributeError, fmt.Sprintf("Can't get attribute '%s' on <module '%s'>", qualname, module))
	}
	return v, nil
}

// handleValue is a shared object that travels as a handle.
type handleValue interface {
	starlark.Value
	handle(h *hooks) (kind string, id uint64, err error)
}

// handleKinds decode the handles of shared objects, by the kind's prefix
// (before ':').
var handleKinds = map[string]func(h *hooks, kind string, id uint64) (starlark.Value, error){
	"queue":   decodeQueue,
	"jqueue":  decodeJoinableQueue,
	"squeue":  decodeSimpleQueue,
	"lock":    decodeLock,
	"conn":    decodeConnection,
	"sem":     decodeSemaphore,
	"rlock":   decodeRLock,
	"event":   decodeEvent,
	"cond":    decodeCondition,
	"barrier": decodeBarrier,
	"mdict":   decodeDictProxy,
	"mlist":   decodeListProxy,
	"mns":     decodeNamespace,
	"mvalue":  decodeValueProxy,
	"shm":     decodeSharedCType,
}

// EncodeHandle implements the wire hooks.
func (h *hooks) EncodeHandle(v starlark.Value) (wire.Handle, bool, error) {
	x, ok := v.(handleValue)
	if !ok {
		return wire.Handle{}, false, nil
	}
	kind, id, err := x.handle(h)
	return wire.Handle{Kind: kind, ID: id}, err == nil, err
}

// DecodeHandle implements the wire hooks.
func (h *hooks) DecodeHandle(x wire.Handle) (starlark.Value, error) {
	prefix, _, _ := strings.Cut(x.Kind, ":")
	if dec := handleKinds[prefix]; dec != nil {
		return dec(h, x.Kind, x.ID)
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("unknown shared object %s", x.Kind))
}

// state returns the multiprocessing state of the hooks' runtime.
func (h *hooks) state() *rtState { return stateOf(h.rt) }

// base returns the sharedBase of object id of the hooks' runtime.
func (h *hooks) base(id int64) sharedBase { return sharedBase{id, h.state()} }

// EncodeNative implements the wire hooks.
func (h *hooks) EncodeNative(inst *core.Instance) (starlark.Value, error) {
	p, ok := inst.Native.(*procState)
	if !ok {
		return nil, nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	ids := make([]starlark.Value, len(p.identity))
	for i, n := range p.identity {
		ids[i] = starlark.MakeInt(n)
	}
	return starlark.Tuple{starlark.String(p.name), p.target, p.args, p.kwargs, starlark.Bool(p.daemon), starlark.Tuple(ids)}, nil
}

// DecodeNative implements the wire hooks.
func (h *hooks) DecodeNative(inst *core.Instance, state starlark.Value) error {
	t, ok := state.(starlark.Tuple)
	bad := core.NewError(wire.UnpicklingError, "malformed Process state")
	if !ok || len(t) != 6 {
		return bad
	}
	name, ok1 := t[0].(starlark.String)
	args, ok2 := t[2].(starlark.Tuple)
	kwargs, ok3 := t[3].(*starlark.Dict)
	ids, ok4 := t[5].(starlark.Tuple)
	if !(ok1 && ok2 && ok3 && ok4) {
		return bad
	}
	p := &procState{name: string(name), target: t[1], args: args, kwargs: kwargs, daemon: bool(t[4].Truth()), sentinel: -1}
	for _, v := range ids {
		if i, ok := v.(starlark.Int); ok {
			n, _ := i.Int64()
			p.identity = append(p.identity, int(n))
		}
	}
	inst.Native = p
	return nil
}
