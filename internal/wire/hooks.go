package wire

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Handle names a shared object (a multiprocessing Queue, Lock, Pipe end...)
// in a way every process of the tree understands. Kind and ID are defined
// by the package that owns the objects.
type Handle struct {
	Kind string
	ID   uint64
}

// Hooks is what the caller supplies for values that are not plain data.
// Embed NoHooks to implement only some of it.
type Hooks interface {
	// Runtime is the runtime decoded instances belong to (may be nil).
	Runtime() *core.Runtime

	// Where describes the destination for error messages, e.g. "the
	// arguments of Process-1 to the child process"; "" for none.
	Where() string

	// GlobalName returns the module and qualified name under which v, a
	// function, class or built-in, can be found again in the receiving
	// process. It returns a pickling error (see LookupFailed, LocalObject)
	// when v is not reachable by name.
	GlobalName(v starlark.Value) (module, qualname string, err error)

	// LoadGlobal finds a value named by GlobalName.
	LoadGlobal(module, qualname string) (starlark.Value, error)

	// EncodeHandle reports whether v is a shared object and, if so, its
	// handle. It is asked first, for every value that is not plain data.
	EncodeHandle(v starlark.Value) (h Handle, ok bool, err error)

	// DecodeHandle returns the local value of a handle.
	DecodeHandle(h Handle) (starlark.Value, error)

	// EncodeNative returns the Go state of an instance of a Go-defined
	// class (inst.Native) as a plain value, or nil when it cannot be sent
	// (the instance is then reported as unpicklable).
	EncodeNative(inst *core.Instance) (starlark.Value, error)

	// DecodeNative restores inst.Native from the value EncodeNative made.
	DecodeNative(inst *core.Instance, state starlark.Value) error
}

// NoHooks supports plain data only: no names, handles or Go state.
type NoHooks struct{}

var _ Hooks = NoHooks{}

// Runtime returns nil.
func (NoHooks) Runtime() *core.Runtime { return nil }

// Where returns "".
func (NoHooks) Where() string { return "" }

// GlobalName refuses every value.
func (NoHooks) GlobalName(v starlark.Value) (string, string, error) {
	return "", "", Unpicklable(v)
}

// LoadGlobal resolves the built-in exception classes only.
func (NoHooks) LoadGlobal(module, qualname string) (starlark.Value, error) {
	if module == "builtins" {
		if c, ok := core.ExceptionClasses()[qualname]; ok {
			return c, nil
		}
	}
	return nil, core.NewError(core.AttributeError, fmt.Sprintf("Can't get attribute '%s' on <module '%s'>", qualname, module))
}

// EncodeHandle reports that v is not a handle.
func (NoHooks) EncodeHandle(starlark.Value) (Handle, bool, error) { return Handle{}, false, nil }

// DecodeHandle refuses every handle.
func (NoHooks) DecodeHandle(h Handle) (starlark.Value, error) {
	return nil, unpicklingError(fmt.Sprintf("no shared object %s #%d in this process", h.Kind, h.ID))
}

// EncodeNative refuses Go state.
func (NoHooks) EncodeNative(*core.Instance) (starlark.Value, error) { return nil, nil }

// DecodeNative refuses Go state.
func (NoHooks) DecodeNative(inst *core.Instance, _ starlark.Value) error {
	return unpicklingError(fmt.Sprintf("cannot restore the state of a '%s' object", inst.Class.Name()))
}
