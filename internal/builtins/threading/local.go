package threading

import (
	"fmt"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// This file defines threading.local (_thread._local): objects whose
// attributes have one value per thread. A subclass's __init__ runs again,
// with the constructor's arguments, in every thread that uses the object.
//
// Attributes live in a per-thread dict kept in the ThreadState (so they die
// with the thread) and are reached through __getattr__, __setattr__ and
// __delattr__; __dict__ is the calling thread's dict. Limitation: a class
// attribute shadows a per-thread attribute of the same name when read.

// localObj is the Go state of a local.
type localObj struct {
	args   starlark.Tuple
	kwargs []starlark.Tuple
}

// localKey keys a local's dict in ThreadState.Local.
type localKey struct{ o *localObj }

// LocalClass is threading.local.
var LocalClass = newLocalClass()

var localMethods = core.NewMethods(map[string]core.MethodFunc{
	"__getattr__": localGetattr,
	"__setattr__": localSetattr,
	"__delattr__": localDelattr,
}).WithProps(map[string]core.Getter{
	"__dict__": func(recv starlark.Value) (starlark.Value, error) {
		inst, ok := recv.(*core.Instance)
		if !ok || inst.Runtime() == nil {
			return nil, descriptorError("__dict__", "_thread._local", recv)
		}
		// A property is read under the interpreter lock: by its holder.
		return localDict(inst.Runtime().GIL.Holder(), recv)
	},
})

func newLocalClass() *core.Class {
	c := core.MustClass("_local", "_thread", []*core.Class{core.ObjectClass}, localMethods.ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if len(args) > 0 || len(kwargs) > 0 {
			if init, owner := inst.Class.Lookup("__init__"); init == nil || owner == core.ObjectClass {
				return core.NewError(core.TypeError, "Initialization arguments are not supported")
			}
		}
		o := &localObj{args: args, kwargs: kwargs}
		inst.Native = o
		// The constructor runs __init__ in this thread.
		if ts := core.StateOf(th); ts != nil {
			ts.Local.Store(localKey{o}, starlark.NewDict(0))
		}
		return nil
	}
	return c
}

// localDict returns the calling thread's dict of the local, creating it
// (and running the class's __init__) on the thread's first use.
func localDict(th *starlark.Thread, self starlark.Value) (*starlark.Dict, error) {
	inst, ok := self.(*core.Instance)
	if !ok {
		return nil, fmt.Errorf("not a local object")
	}
	o, ok := inst.Native.(*localObj)
	ts := core.StateOf(th)
	if !ok || ts == nil {
		return nil, fmt.Errorf("local: no thread state")
	}
	if d, ok := ts.Local.Load(localKey{o}); ok {
		return d.(*starlark.Dict), nil
	}
	d := starlark.NewDict(0)
	ts.Local.Store(localKey{o}, d)
	if init, owner := inst.Class.Lookup("__init__"); init != nil && owner != core.ObjectClass {
		if _, err := starlark.Call(th, init, append(starlark.Tuple{inst}, o.args...), o.kwargs); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// localTypeName is the type name in AttributeError messages.
func localTypeName(self starlark.Value) string {
	if inst, ok := self.(*core.Instance); ok && inst.Class.Module == "_thread" && inst.Class.Name() == "_local" {
		return "_thread._local"
	}
	return core.TypeName(self)
}

func localGetattr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	d, err := localDict(th, b.Receiver())
	if err != nil {
		return nil, err
	}
	v, found, _ := d.Get(starlark.String(name))
	if !found {
		return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", localTypeName(b.Receiver()), name))
	}
	return v, nil
}

func localSetattr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	var v starlark.Value
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 2, &name, &v); err != nil {
		return nil, err
	}
	if name == "__dict__" {
		return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object attribute '__dict__' is read-only", localTypeName(b.Receiver())))
	}
	d, err := localDict(th, b.Receiver())
	if err != nil {
		return nil, err
	}
	return starlark.None, d.SetKey(starlark.String(name), v)
}

func localDelattr(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var name string
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 1, &name); err != nil {
		return nil, err
	}
	d, err := localDict(th, b.Receiver())
	if err != nil {
		return nil, err
	}
	if _, found, _ := d.Delete(starlark.String(name)); !found {
		return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", localTypeName(b.Receiver()), name))
	}
	return starlark.None, nil
}
