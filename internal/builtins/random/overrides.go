// This file defines how the methods of an instance of a script subclass of
// Random draw when the class overrides random() or getrandbits(), as
// CPython's do: uniform, triangular, expovariate, choices, gauss and
// normalvariate call self.random() (with CPython's algorithms); choice, shuffle, sample, randrange and randint pick below
// n through self.getrandbits(k) or, when the class overrides random but
// not getrandbits, through self.random() (CPython's _randbelow choice,
// made by Random.__init_subclass__).

package random

import (
	"math"
	"math/big"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// belowMode is how an override picks an integer below n.
type belowMode int

const (
	belowNative      belowMode = iota // the generator's own
	belowWithBits                     // self.getrandbits(k) until below n
	belowWithoutBits                  // from self.random()
)

// override draws through a script instance's methods during one method
// call; the first error is kept (the draws then return 0) and returned by
// the call.
type override struct {
	th     *starlark.Thread
	self   starlark.Value
	random bool // self.random is the script's
	mode   belowMode
	base   *rndGen
	err    error
}

// floatMethods and belowMethods are the methods that draw through an
// override of random and of the integer choice.
var (
	floatMethods = map[string]bool{"uniform": true, "triangular": true, "expovariate": true, "choices": true,
		"gauss": true, "normalvariate": true}
	belowMethods = map[string]bool{"choice": true, "shuffle": true, "sample": true, "randrange": true, "randint": true, "choices": true}
)

// overrideFor returns the generator with which method name of recv draws:
// g itself, or a generator drawing through the script's methods.
func overrideFor(th *starlark.Thread, g *rndGen, recv starlark.Value, name string) *rndGen {
	inst, ok := recv.(*core.Instance)
	if !ok || inst.Class == RandomClass || inst.Class == SystemRandomClass {
		return g
	}
	random, mode := scriptDraws(inst.Class)
	ov := &override{th: th, self: recv, base: g}
	if floatMethods[name] && random {
		ov.random = true
	}
	if belowMethods[name] {
		ov.mode = mode
	}
	if !ov.random && ov.mode == belowNative {
		return g
	}
	return &rndGen{over: ov}
}

// scriptDraws reports whether class c overrides random, and how it picks
// below n: the first class of its MRO defining getrandbits or random
// decides, as CPython's __init_subclass__ does.
func scriptDraws(c *core.Class) (random bool, mode belowMode) {
	if v, _ := c.Lookup("random"); v != nativeMethod("random") {
		random = true
	}
	for _, k := range c.MRO {
		if k == RandomClass || k == SystemRandomClass {
			break
		}
		if _, ok := k.Own("getrandbits"); ok {
			return random, belowWithBits
		}
		if _, ok := k.Own("random"); ok {
			return random, belowWithoutBits
		}
	}
	return random, belowNative
}

// nativeMethod returns Random's own method name.
func nativeMethod(name string) starlark.Value {
	v, _ := RandomClass.Lookup(name)
	return v
}

// call calls self.name(args...), keeping the first error.
func (o *override) call(name string, args ...starlark.Value) starlark.Value {
	if o.err != nil {
		return nil
	}
	v, err := core.CallMethod(o.th, o.self, name, args, nil)
	if err != nil {
		o.err = err
		return nil
	}
	return v
}

// float returns self.random() (the generator's own when not overridden).
func (o *override) float() float64 {
	if !o.random {
		return o.base.float()
	}
	v := o.call("random")
	if v == nil {
		return 0
	}
	f, err := core.Real(v)
	if err != nil {
		o.err = err
		return 0
	}
	return f
}

// below returns an integer in [0, n) as CPython's _randbelow does.
func (o *override) below(n *big.Int) *big.Int {
	switch o.mode {
	case belowWithBits:
		k := starlark.MakeInt(n.BitLen())
		for o.err == nil {
			v := o.call("getrandbits", k)
			r, ok := v.(starlark.Int)
			if v != nil && !ok {
				o.err = core.NewError(core.TypeError, "getrandbits() must return an int")
			}
			if o.err != nil {
				break
			}
			if b := r.BigInt(); b.Cmp(n) < 0 {
				return b
			}
		}
		return new(big.Int)
	case belowWithoutBits:
		return o.belowFromFloat(n)
	}
	return o.base.below(n)
}

// belowFromFloat is CPython's _randbelow_without_getrandbits (maxsize
// 2**53, without the warning for larger n).
func (o *override) belowFromFloat(n *big.Int) *big.Int {
	const maxsize = 1 << 53
	random := func() float64 {
		v := o.call("random")
		if v == nil {
			return 0
		}
		f, err := core.Real(v)
		if err != nil && o.err == nil {
			o.err = err
		}
		return f
	}
	if !n.IsInt64() || n.Int64() >= maxsize {
		f, _ := new(big.Float).Mul(big.NewFloat(random()), new(big.Float).SetInt(n)).Int(nil)
		return f
	}
	nn := n.Int64()
	rem := int64(maxsize) % nn
	limit := float64(maxsize-rem) / maxsize
	r := random()
	for r >= limit && o.err == nil {
		r = random()
	}
	return big.NewInt(int64(math.Floor(r*maxsize)) % nn)
}

// normal returns a standard normal number drawn through self.random() by
// CPython's algorithms: Box-Muller for gauss (keeping the pair's second
// number for the next call), Kinderman and Monahan for normalvariate.
func (o *override) normal(gauss bool) float64 {
	if gauss {
		b := o.base
		b.mu.Lock()
		z := b.gaussNext
		b.gaussNext = nil
		b.mu.Unlock()
		if z != nil {
			return *z
		}
		x2pi := o.float() * 2 * math.Pi
		g2rad := math.Sqrt(-2 * math.Log(1-o.float()))
		next := math.Sin(x2pi) * g2rad
		if o.err == nil {
			b.mu.Lock()
			b.gaussNext = &next
			b.mu.Unlock()
		}
		return math.Cos(x2pi) * g2rad
	}
	magic := 4 * math.Exp(-0.5) / math.Sqrt(2)
	for o.err == nil {
		u1 := o.float()
		u2 := 1 - o.float()
		z := magic * (u1 - 0.5) / u2
		if z*z/4 <= -math.Log(u2) {
			return z
		}
	}
	return 0
}
