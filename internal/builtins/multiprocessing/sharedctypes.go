package multiprocessing

import (
	"fmt"
	"strconv"
	"strings"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/broker"
	"github.com/pyconc/pyconc/internal/core"
)

// This file defines Value, Array, RawValue and RawArray: C-typed data in
// shared memory (package broker), with a cross-process lock (an RLock of the
// store by default) unless raw. Each element access is one aligned load
// or store, so it is atomic by itself, but not a read-modify-write such
// as `v.value += 1`: that needs `with v.get_lock():`, as in CPython.
// Element accesses do not take the lock (CPython's do; the lock would
// cost a message to the root per access here).

// ctObject is what Value and Array share: the memory and its lock.
type ctObject struct {
	t    ctype
	mem  []byte
	loc  string
	lock starlark.Value // nil when raw
}

// SharedValue is a Value (Synchronized wrapper) or RawValue.
type SharedValue struct{ ctObject }

// SharedArray is an Array (SynchronizedArray) or RawArray.
type SharedArray struct {
	ctObject
	n int
}

// allocCT allocates n elements of t in shared memory.
func allocCT(th *starlark.Thread, t ctype, n int) (ctObject, error) {
	res, err := callOK(th, &broker.Request{Op: broker.OpNew, Kind: broker.Memory, N: int64(t.size * max(n, 1))})
	if err != nil {
		return ctObject{}, err
	}
	mem, err := brokerOf(th).Block(string(res.Data))
	if err != nil {
		return ctObject{}, core.MapError(err)
	}
	return ctObject{t: t, mem: mem, loc: string(res.Data)}, nil
}

// lockArg resolves lock=True/False/a lock object.
func lockArg(th *starlark.Thread, lock starlark.Value) (starlark.Value, error) {
	switch lock {
	case starlark.True:
		return makeRLock(th)
	case starlark.False:
		return nil, nil
	}
	switch lock.(type) {
	case *Lock, *RLock:
		return lock, nil
	}
	return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute 'acquire'", core.TypeName(lock)))
}

func newValue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return makeValue(th, b.Name(), args, kwargs, b.Name() == "Value")
}

func newRawValue(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return makeValue(th, b.Name(), args, kwargs, false)
}

func makeValue(th *starlark.Thread, name string, args starlark.Tuple, kwargs []starlark.Tuple, locked bool) (starlark.Value, error) {
	var lock starlark.Value = starlark.Bool(locked)
	for _, kv := range kwargs {
		if kv[0] == starlark.String("lock") && locked {
			lock = kv[1]
			continue
		}
		return nil, core.NewError(core.TypeError, fmt.Sprintf("%s() got an unexpected keyword argument %s", name, kv[0]))
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("%s() takes a typecode and at most one value (%d given)", name, len(args)))
	}
	t, err := ctypeOf(args[0])
	if err != nil {
		return nil, err
	}
	obj, err := allocCT(th, t, 1)
	if err != nil {
		return nil, err
	}
	init := t.zero()
	if len(args) == 2 {
		init = args[1]
	}
	if err := t.store(obj.mem, 0, init); err != nil {
		return nil, err
	}
	if obj.lock, err = lockArg(th, lock); err != nil {
		return nil, err
	}
	return &SharedValue{obj}, nil
}

func newArray(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tc, init starlark.Value
	var lock starlark.Value = starlark.True
	if err := starlark.UnpackArgs("Array", args, kwargs, "typecode_or_type", &tc, "size_or_initializer", &init, "lock?", &lock); err != nil {
		return nil, err
	}
	return makeArray(th, tc, init, lock)
}

func newRawArray(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var tc, init starlark.Value
	if err := starlark.UnpackArgs("RawArray", args, kwargs, "typecode_or_type", &tc, "size_or_initializer", &init); err != nil {
		return nil, err
	}
	return makeArray(th, tc, init, starlark.False)
}

func makeArray(th *starlark.Thread, tc, init, lock starlark.Value) (starlark.Value, error) {
	t, err := ctypeOf(tc)
	if err != nil {
		return nil, err
	}
	var elems []starlark.Value
	n := 0
	switch x := init.(type) {
	case starlark.Int:
		v, ok := x.Int64()
		if !ok || v < 0 || v > 1<<30 {
			return nil, valueError("Array length must be >= 0")
		}
		n = int(v)
	case starlark.Bytes:
		for i := 0; i < len(x); i++ {
			elems = append(elems, starlark.Bytes(x[i:i+1]))
		}
		n = len(elems)
	default:
		if elems, err = toTuple(init); err != nil {
			return nil, err
		}
		n = len(elems)
	}
	obj, err := allocCT(th, t, n)
	if err != nil {
		return nil, err
	}
	for i, e := range elems {
		if err := t.store(obj.mem, i, e); err != nil {
			return nil, err
		}
	}
	if obj.lock, err = lockArg(th, lock); err != nil {
		return nil, err
	}
	return &SharedArray{obj, n}, nil
}

// handle encodes "shm:typecode|n|lockkind|lockid|locator" (n = -1 for a Value).
func (o *ctObject) handleKind(n int) string {
	lk, lid := "none", int64(0)
	switch l := o.lock.(type) {
	case *Lock:
		lk, lid = "lock", l.id
	case *RLock:
		lk, lid = "rlock", l.id
	}
	return fmt.Sprintf("shm:%c|%d|%s|%d|%s", o.t.code, n, lk, lid, o.loc)
}

func (v *SharedValue) handle(*hooks) (string, uint64, error) { return v.handleKind(-1), 0, nil }
func (a *SharedArray) handle(*hooks) (string, uint64, error) { return a.handleKind(a.n), 0, nil }

// decodeSharedCType decodes the handle of a shm.
func decodeSharedCType(h *hooks, kind string, _ uint64) (starlark.Value, error) {
	parts := strings.SplitN(strings.TrimPrefix(kind, "shm:"), "|", 5)
	bad := valueError("bad shared memory handle")
	if len(parts) != 5 || len(parts[0]) != 1 {
		return nil, bad
	}
	t, ok := ctypes[parts[0][0]]
	n, err1 := strconv.Atoi(parts[1])
	lid, err2 := strconv.ParseInt(parts[3], 10, 64)
	if !ok || err1 != nil || err2 != nil {
		return nil, bad
	}
	mem, err := h.state().b.Block(parts[4])
	if err != nil {
		return nil, core.MapError(err)
	}
	obj := ctObject{t: t, mem: mem, loc: parts[4]}
	switch parts[2] {
	case "lock":
		obj.lock = &Lock{h.base(lid)}
	case "rlock":
		obj.lock = &RLock{h.base(lid)}
	}
	if n < 0 {
		return &SharedValue{obj}, nil
	}
	if n*t.size > len(mem) {
		return nil, bad
	}
	return &SharedArray{obj, n}, nil
}

// Freeze does nothing: shared memory is mutable by design.
func (o *ctObject) Freeze() {}

// Truth returns True.
func (o *ctObject) Truth() starlark.Bool { return starlark.True }

// Hash reports that shared C data is unhashable.
func (o *ctObject) Hash() (uint32, error) {
	return 0, core.NewError(core.TypeError, "unhashable type: 'Synchronized'")
}

// synchronized is a Value or Array with its lock (not raw).
type synchronized interface {
	starlark.Value
	object() *ctObject
	// unlocked returns the object without its lock (get_obj).
	unlocked() starlark.Value
}

func (v *SharedValue) object() *ctObject { return &v.ctObject }
func (a *SharedArray) object() *ctObject { return &a.ctObject }

func (v *SharedValue) unlocked() starlark.Value {
	return &SharedValue{ctObject{t: v.t, mem: v.mem, loc: v.loc}}
}

func (a *SharedArray) unlocked() starlark.Value {
	return &SharedArray{ctObject{t: a.t, mem: a.mem, loc: a.loc}, a.n}
}

// lockFuncs are the methods of a synchronized Value or Array: get_lock,
// get_obj, and the lock's acquire, release, __enter__ and __exit__.
var lockFuncs = map[string]core.MethodFunc{
	"get_lock":  syncGetLock,
	"get_obj":   syncGetObj,
	"acquire":   syncLockCall,
	"release":   syncLockCall,
	"__enter__": syncLockCall,
	"__exit__":  syncLockCall,
}

func syncGetLock(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return b.Receiver().(synchronized).object().lock, nil
}

func syncGetObj(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(b.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	return b.Receiver().(synchronized).unlocked(), nil
}

// syncLockCall calls the lock's method of the same name.
func syncLockCall(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	m, err := b.Receiver().(synchronized).object().lock.(starlark.HasAttrs).Attr(b.Name())
	if err != nil {
		return nil, err
	}
	return starlark.Call(th, m, args, kwargs)
}

// valueProps are a Value's properties.
var valueProps = map[string]core.Getter{
	"value": func(recv starlark.Value) (starlark.Value, error) {
		v := recv.(*SharedValue)
		return v.t.load(v.mem, 0), nil
	},
}

// The attribute tables of a RawValue and of a Value.
var (
	rawValueMethods  = core.NewMethods(nil).WithProps(valueProps)
	syncValueMethods = core.NewMethods(lockFuncs).WithProps(valueProps)
)

func (v *SharedValue) methods() *core.Methods {
	if v.lock == nil {
		return rawValueMethods
	}
	return syncValueMethods
}

// Type returns "Synchronized" or the C type's name.
func (v *SharedValue) Type() string {
	if v.lock == nil {
		return v.t.name
	}
	return "Synchronized"
}

// String is CPython's repr: c_int(5), <Synchronized wrapper for c_int(5)>.
func (v *SharedValue) String() string {
	raw := fmt.Sprintf("%s(%s)", v.t.name, core.ReprNoThread(v.t.load(v.mem, 0)))
	if v.lock == nil {
		return raw
	}
	return "<Synchronized wrapper for " + raw + ">"
}

// Attr returns value and, unless raw, the lock's methods.
func (v *SharedValue) Attr(name string) (starlark.Value, error) { return v.methods().Attr(v, name) }

// AttrNames lists the attributes.
func (v *SharedValue) AttrNames() []string { return v.methods().Names() }

// SetField sets value.
func (v *SharedValue) SetField(name string, x starlark.Value) error {
	if name != "value" {
		return core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", v.Type(), name))
	}
	return v.t.store(v.mem, 0, x)
}
