// This file defines the classes Random and SystemRandom, whose instances
// carry a generator of their own, and the state of a generator (getstate,
// setstate).

package random

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// RandomClass is random.Random(x=None): a generator of its own, seeded
// with x by __init__ (which calls self.seed(x), as CPython's does), with
// the module's functions as methods. Scripts may subclass it.
var RandomClass *core.Class

// SystemRandomClass is random.SystemRandom(x=None), a Random whose
// numbers come from the operating system's entropy: seed does nothing,
// getstate and setstate raise NotImplementedError.
var SystemRandomClass *core.Class

func init() {
	RandomClass = newRandomClass()
	SystemRandomClass = newSystemRandomClass()
}

func newRandomClass() *core.Class {
	methods := map[string]core.MethodFunc{"__init__": randomInit}
	for name, f := range genFuncs {
		methods[name] = genMethod(f)
	}
	c := core.MustClass("Random", "random", []*core.Class{core.ObjectClass}, core.NewMethods(methods).ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		if inst.Native == nil {
			inst.Native = newGen()
		}
		return nil
	}
	return c
}

func newSystemRandomClass() *core.Class {
	c := core.MustClass("SystemRandom", "random", []*core.Class{RandomClass}, core.NewMethods(map[string]core.MethodFunc{
		"getstate": systemNoState,
		"setstate": systemNoState,
	}).ClassDict())
	c.Alloc = func(th *starlark.Thread, inst *core.Instance, args starlark.Tuple, kwargs []starlark.Tuple) error {
		inst.Native = &rndGen{r: rand.New(systemSource{})}
		return nil
	}
	return c
}

// genMethod makes f a method of Random, applied to the receiver's generator.
// Drawing goes through the script's random or getrandbits where its class
// overrides them (see overrides.go).
func genMethod(f genFunc) core.MethodFunc {
	return func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		g, err := genOf(b.Receiver(), b.Name())
		if err != nil {
			return nil, err
		}
		dg := overrideFor(th, g, b.Receiver(), b.Name())
		v, err := f(dg, th, b, args, kwargs)
		if dg.over != nil && dg.over.err != nil {
			return nil, dg.over.err
		}
		return v, err
	}
}

// genOf returns the generator of a Random instance.
func genOf(recv starlark.Value, name string) (*rndGen, error) {
	if inst, ok := recv.(*core.Instance); ok {
		if g, ok := inst.Native.(*rndGen); ok {
			return g, nil
		}
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("descriptor '%s' for 'Random' objects doesn't apply to a '%s' object", name, core.TypeName(recv)))
}

// randomInit is Random.__init__(self, x=None): self.seed(x).
func randomInit(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value = starlark.None
	if err := starlark.UnpackPositionalArgs("Random", args, kwargs, 0, &x); err != nil {
		return nil, err
	}
	if _, err := core.CallMethod(th, b.Receiver(), "seed", starlark.Tuple{x}, nil); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// systemNoState is SystemRandom.getstate and setstate.
func systemNoState(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	return nil, core.NewError(core.NotImplementedError, "System entropy source does not have state.")
}

// systemSource is the operating system's entropy as a source of rand.
type systemSource struct{}

// Uint64 returns 64 random bits from crypto/rand.
func (systemSource) Uint64() uint64 {
	var buf [8]byte
	_, _ = crand.Read(buf[:])
	return binary.LittleEndian.Uint64(buf[:])
}

// stateVersion is the first item of a state, as CPython's (VERSION 3).
const stateVersion = 3

// getstate is getstate(): (3, (the generator's state as two ints), None),
// the shape of CPython's state (whose middle item is the Mersenne
// Twister's); only setstate of pyconc understands it.
func (g *rndGen) getstate(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackPositionalArgs(fn.Name(), args, kwargs, 0); err != nil {
		return nil, err
	}
	if g.pcg == nil {
		return systemNoState(th, fn, args, kwargs)
	}
	g.mu.Lock()
	data, err := g.pcg.MarshalBinary()
	g.mu.Unlock()
	if err != nil || len(data) < 16 {
		return nil, fmt.Errorf("getstate: %v", err)
	}
	data = data[len(data)-16:]
	hi := new(big.Int).SetUint64(binary.BigEndian.Uint64(data[:8]))
	lo := new(big.Int).SetUint64(binary.BigEndian.Uint64(data[8:]))
	return starlark.Tuple{starlark.MakeInt(stateVersion),
		starlark.Tuple{starlark.MakeBigInt(hi), starlark.MakeBigInt(lo)}, starlark.None}, nil
}

// setstate is setstate(state): the generator goes back to a state that
// getstate returned.
func (g *rndGen) setstate(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var state starlark.Value
	if err := starlark.UnpackPositionalArgs(fn.Name(), args, kwargs, 1, &state); err != nil {
		return nil, err
	}
	if g.pcg == nil {
		return systemNoState(th, fn, args, kwargs)
	}
	t, ok := state.(starlark.Tuple)
	if !ok || len(t) == 0 {
		return nil, core.NewError(core.TypeError, "state must be a tuple returned by getstate()")
	}
	if v, _ := starlark.AsInt32(t[0]); v != stateVersion || len(t) != 3 {
		return nil, core.NewError(core.ValueError, fmt.Sprintf("state with version %s passed to Random.setstate() of version %d", t[0].String(), stateVersion))
	}
	inner, ok := t[1].(starlark.Tuple)
	if !ok || len(inner) != 2 {
		return nil, core.NewError(core.ValueError, "state vector is the wrong size")
	}
	var words [2]uint64
	for i, v := range inner {
		n, ok := v.(starlark.Int)
		if !ok {
			return nil, core.NewError(core.TypeError, "state vector items must be integers")
		}
		u, ok := n.Uint64()
		if !ok {
			return nil, core.NewError(core.OverflowError, "state vector item out of range")
		}
		words[i] = u
	}
	g.mu.Lock()
	g.pcg.Seed(words[0], words[1])
	g.mu.Unlock()
	return starlark.None, nil
}
