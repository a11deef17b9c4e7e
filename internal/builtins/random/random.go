// This file defines the module value and its functions.

package random

import (
	crand "crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"sort"
	"sync"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the random module for rt, with its own generator.
// Its members, as in CPython 3.11:
//
//	random() -> float in [0.0, 1.0)
//	uniform(a, b) -> float
//	randint(a, b) -> int in [a, b]
//	randrange(start, stop=None, step=1) -> int
//	getrandbits(k) -> int
//	randbytes(n) -> bytes
//	choice(seq)
//	choices(population, weights=None, *, cum_weights=None, k=1) -> list
//	shuffle(x)                     in place, x a list
//	sample(population, k, *, counts=None) -> list
//	seed(a=None, version=2)
//	gauss(mu=0.0, sigma=1.0), normalvariate(mu=0.0, sigma=1.0)
//	expovariate(lambd=1.0), triangular(low=0.0, high=1.0, mode=None)
//	getstate() -> state, setstate(state)
//	Random(x=None), SystemRandom(x=None)   classes
//
// The generator is Go's PCG (math/rand/v2), seeded from the operating
// system's entropy; it is safe for concurrent use. seed(a) makes the
// sequence deterministic within pyconc for int, float, str and bytes
// seeds, but it cannot reproduce CPython's Mersenne Twister sequence: the
// same seed gives different numbers in CPython. Arguments of the wrong
// type raise TypeError with messages that may differ from CPython's.
//
// The instances of Random and SystemRandom have these functions as
// methods, each instance its own generator (SystemRandom's is the
// operating system's entropy; it has no state). A script subclass that
// overrides random() or getrandbits() is drawn through them, as in CPython
// (see overrides.go); randbytes always uses the generator.
func Make(rt *core.Runtime) (starlark.Value, error) {
	g := newGen()
	members := starlark.StringDict{
		"Random":       RandomClass,
		"SystemRandom": SystemRandomClass,
	}
	for name, f := range genFuncs {
		f := f
		members[name] = starlark.NewBuiltin(name, func(th *starlark.Thread, b *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
			return f(g, th, b, args, kwargs)
		})
	}
	return core.NewModule("random", members), nil
}

// genFunc is a function of the module, a method of Random, applied to a
// generator.
type genFunc func(g *rndGen, th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error)

// genFuncs are the functions of the module, which are the methods of
// Random instances.
var genFuncs = map[string]genFunc{
	"random":        (*rndGen).random,
	"uniform":       (*rndGen).uniform,
	"randint":       (*rndGen).randint,
	"randrange":     (*rndGen).randrange,
	"getrandbits":   (*rndGen).getrandbits,
	"randbytes":     (*rndGen).randbytes,
	"choice":        (*rndGen).choice,
	"choices":       (*rndGen).choices,
	"shuffle":       (*rndGen).shuffle,
	"sample":        (*rndGen).sample,
	"seed":          (*rndGen).seed,
	"gauss":         (*rndGen).normal,
	"normalvariate": (*rndGen).normal,
	"expovariate":   (*rndGen).expovariate,
	"triangular":    (*rndGen).triangular,
	"getstate":      (*rndGen).getstate,
	"setstate":      (*rndGen).setstate,
}

// newGen returns a generator seeded from the operating system's entropy.
func newGen() *rndGen {
	g := &rndGen{pcg: rand.NewPCG(0, 0)}
	g.r = rand.New(g.pcg)
	g.seedRandom()
	return g
}

// rndGen is the generator of one random module or Random instance; pcg
// is nil for a SystemRandom, whose source is the operating system's.
type rndGen struct {
	mu  sync.Mutex
	pcg *rand.PCG
	r   *rand.Rand

	// gaussNext is the second number of gauss's last pair drawn through
	// an override of random (CPython's gauss_next).
	gaussNext *float64

	// over, in the generator of one method call on an instance of a
	// script class that overrides random or getrandbits, draws through
	// those methods (see overrides.go); the generator has no source.
	over *override
}

func (g *rndGen) seedRandom() {
	if g.pcg == nil {
		return
	}
	var buf [16]byte
	_, _ = crand.Read(buf[:])
	g.mu.Lock()
	g.pcg.Seed(binary.LittleEndian.Uint64(buf[:8]), binary.LittleEndian.Uint64(buf[8:]))
	g.mu.Unlock()
}

func (g *rndGen) float() float64 {
	if g.over != nil {
		return g.over.float()
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.r.Float64()
}

// bits returns a random non-negative integer of k bits.
func (g *rndGen) bits(k int) *big.Int {
	words := make([]big.Word, (k+63)/64)
	g.mu.Lock()
	for i := range words {
		words[i] = big.Word(g.r.Uint64())
	}
	g.mu.Unlock()
	n := new(big.Int).SetBits(words)
	if extra := len(words)*64 - k; extra > 0 {
		n.Rsh(n, uint(extra))
	}
	return n
}

// below returns a random integer in [0, n), n > 0.
func (g *rndGen) below(n *big.Int) *big.Int {
	if g.over != nil {
		return g.over.below(n)
	}
	if n.IsUint64() {
		g.mu.Lock()
		v := g.r.Uint64N(n.Uint64())
		g.mu.Unlock()
		return new(big.Int).SetUint64(v)
	}
	k := n.BitLen()
	for {
		if r := g.bits(k); r.Cmp(n) < 0 {
			return r
		}
	}
}

// intn returns a random int in [0, n), n > 0.
func (g *rndGen) intn(n int) int {
	if g.over != nil {
		return int(g.over.below(big.NewInt(int64(n))).Int64())
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.r.IntN(n)
}

func (g *rndGen) random(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if err := starlark.UnpackArgs("random", args, kwargs); err != nil {
		return nil, err
	}
	return starlark.Float(g.float()), nil
}

func (g *rndGen) uniform(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var av, bv starlark.Value
	if err := starlark.UnpackArgs("uniform", args, kwargs, "a", &av, "b", &bv); err != nil {
		return nil, err
	}
	a, err := core.Real(av)
	if err != nil {
		return nil, err
	}
	b, err := core.Real(bv)
	if err != nil {
		return nil, err
	}
	return starlark.Float(a + (b-a)*g.float()), nil
}

// rndIndex converts an argument of randrange to an integer, as Python
// 3.11 does: integers (core.Index), and floats with an integral value.
//
// A float argument of randrange (warn) is deprecated: CPython 3.11 warns
// at the caller. (Through randint the warning is issued in CPython's
// random module, where the default filters ignore it: no warning.)
func rndIndex(th *starlark.Thread, v starlark.Value, what string, warn bool) (*big.Int, error) {
	if x, ok := v.(starlark.Float); ok {
		f := float64(x)
		if math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
			if warn {
				if err := core.Warn(th, core.DeprecationWarning, "randrange() will raise TypeError in the future", 1); err != nil {
					return nil, err
				}
			}
			return nil, core.NewError(core.ValueError, fmt.Sprintf("non-integer %s for randrange()", what))
		}
		if warn {
			if err := core.Warn(th, core.DeprecationWarning, "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version", 1); err != nil {
				return nil, err
			}
		}
		n, _ := new(big.Float).SetFloat64(f).Int(nil)
		return n, nil
	}
	n, err := core.Index(th, v)
	if err != nil {
		return nil, err
	}
	return n.BigInt(), nil
}

// rangeValue returns a random element of range(start, stop, step), with
// CPython's errors.
func (g *rndGen) rangeValue(th *starlark.Thread, startV, stopV, stepV starlark.Value, warn bool) (starlark.Value, error) {
	start, err := rndIndex(th, startV, "arg 1", warn)
	if err != nil {
		return nil, err
	}
	if stopV == nil || stopV == starlark.None {
		if stepV != nil {
			return nil, core.NewError(core.TypeError, "Missing a non-None stop argument")
		}
		if start.Sign() > 0 {
			return starlark.MakeBigInt(g.below(start)), nil
		}
		return nil, core.NewError(core.ValueError, "empty range for randrange()")
	}
	stop, err := rndIndex(th, stopV, "stop", warn)
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(stop, start)
	step := big.NewInt(1)
	if stepV != nil {
		if step, err = rndIndex(th, stepV, "step", warn); err != nil {
			return nil, err
		}
	}
	if step.IsInt64() && step.Int64() == 1 {
		if width.Sign() > 0 {
			return starlark.MakeBigInt(new(big.Int).Add(start, g.below(width))), nil
		}
		return nil, core.NewError(core.ValueError, fmt.Sprintf("empty range for randrange() (%s, %s, %s)", start, stop, width))
	}
	var n *big.Int
	switch step.Sign() {
	case 0:
		return nil, core.NewError(core.ValueError, "zero step for randrange()")
	case 1:
		n = new(big.Int).Add(width, step)
		n.Sub(n, big.NewInt(1))
	default:
		n = new(big.Int).Add(width, step)
		n.Add(n, big.NewInt(1))
	}
	n = rndFloorDiv(n, step)
	if n.Sign() <= 0 {
		return nil, core.NewError(core.ValueError, "empty range for randrange()")
	}
	k := g.below(n)
	return starlark.MakeBigInt(k.Mul(k, step).Add(k, start)), nil
}

// rndFloorDiv returns floor(a / b), Python's a // b.
func rndFloorDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

func (g *rndGen) randrange(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var start, stop, step starlark.Value
	if err := starlark.UnpackArgs("randrange", args, kwargs, "start", &start, "stop?", &stop, "step?", &step); err != nil {
		return nil, err
	}
	return g.rangeValue(th, start, stop, step, true)
}

func (g *rndGen) randint(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a, b starlark.Value
	if err := starlark.UnpackArgs("randint", args, kwargs, "a", &a, "b", &b); err != nil {
		return nil, err
	}
	var stop starlark.Value
	switch x := b.(type) {
	case starlark.Int:
		stop = x.Add(starlark.MakeInt(1))
	case starlark.Float:
		stop = x + 1
	default:
		bi, err := rndIndex(th, b, "stop", false)
		if err != nil {
			return nil, err
		}
		stop = starlark.MakeBigInt(bi.Add(bi, big.NewInt(1)))
	}
	return g.rangeValue(th, a, stop, nil, false)
}

func (g *rndGen) getrandbits(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var k int
	if err := starlark.UnpackArgs("getrandbits", args, kwargs, "k", &k); err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, core.NewError(core.ValueError, "number of bits must be non-negative")
	}
	return starlark.MakeBigInt(g.bits(k)), nil
}

func (g *rndGen) randbytes(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var n int
	if err := starlark.UnpackArgs("randbytes", args, kwargs, "n", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, core.NewError(core.ValueError, "number of bits must be non-negative")
	}
	buf := make([]byte, n)
	g.mu.Lock()
	for i := range buf {
		buf[i] = byte(g.r.Uint32())
	}
	g.mu.Unlock()
	return starlark.Bytes(buf), nil
}

// rndSequence returns seq as an indexable sequence, or the TypeError of
// subscripting it.
func rndSequence(seq starlark.Value) (starlark.Indexable, error) {
	if ix, ok := seq.(starlark.Indexable); ok {
		return ix, nil
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object is not subscriptable", core.TypeName(seq)))
}

func (g *rndGen) choice(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var seq starlark.Value
	if err := starlark.UnpackArgs("choice", args, kwargs, "seq", &seq); err != nil {
		return nil, err
	}
	ix, err := rndSequence(seq)
	if err != nil {
		return nil, err
	}
	n := ix.Len()
	if n == 0 {
		return nil, core.NewError(core.IndexError, "Cannot choose from an empty sequence")
	}
	return ix.Index(g.intn(n)), nil
}

// rndFloats returns the numbers of an iterable.
func rndFloats(v starlark.Value) ([]float64, error) {
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object is not iterable", core.TypeName(v)))
	}
	iter := it.Iterate()
	defer iter.Done()
	var out []float64
	var x starlark.Value
	for iter.Next(&x) {
		f, err := core.Real(x)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, nil
}

func (g *rndGen) choices(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(args) > 2 {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("choices() takes from 2 to 3 positional arguments but %d were given", len(args)+1))
	}
	var population starlark.Value
	var weights, cum starlark.Value = starlark.None, starlark.None
	k := 1
	if err := starlark.UnpackArgs("choices", args, kwargs, "population", &population, "weights?", &weights, "cum_weights?", &cum, "k?", &k); err != nil {
		return nil, err
	}
	pop, err := rndSequence(population)
	if err != nil {
		return nil, err
	}
	n := pop.Len()
	out := make([]starlark.Value, 0, max(k, 0))
	if cum == starlark.None {
		if weights == starlark.None {
			for i := 0; i < k; i++ {
				j := int(math.Floor(g.float() * float64(n)))
				if j >= n {
					return nil, core.NewError(core.IndexError, "list index out of range")
				}
				out = append(out, pop.Index(j))
			}
			return starlark.NewList(out), nil
		}
		if kw, ok := weights.(starlark.Int); ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("The number of choices must be a keyword argument: k=%s", kw))
		}
		ws, err := rndFloats(weights)
		if err != nil {
			return nil, err
		}
		for i := 1; i < len(ws); i++ {
			ws[i] += ws[i-1]
		}
		return g.pickCumulative(pop, ws, k, out)
	}
	if weights != starlark.None {
		return nil, core.NewError(core.TypeError, "Cannot specify both weights and cumulative weights")
	}
	cw, err := rndFloats(cum)
	if err != nil {
		return nil, err
	}
	return g.pickCumulative(pop, cw, k, out)
}

// pickCumulative chooses k elements of pop with cumulative weights cw.
func (g *rndGen) pickCumulative(pop starlark.Indexable, cw []float64, k int, out []starlark.Value) (starlark.Value, error) {
	n := pop.Len()
	if len(cw) != n {
		return nil, core.NewError(core.ValueError, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, core.NewError(core.IndexError, "list index out of range")
	}
	total := cw[n-1]
	if total <= 0 {
		return nil, core.NewError(core.ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, core.NewError(core.ValueError, "Total of weights must be finite")
	}
	hi := n - 1
	for i := 0; i < k; i++ {
		x := g.float() * total
		// bisect_right(cw, x, 0, hi)
		j := sort.Search(hi, func(i int) bool { return cw[i] > x })
		out = append(out, pop.Index(j))
	}
	return starlark.NewList(out), nil
}

func (g *rndGen) shuffle(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var x starlark.Value
	if err := starlark.UnpackArgs("shuffle", args, kwargs, "x", &x); err != nil {
		return nil, err
	}
	seq, ok := x.(starlark.HasSetIndex)
	if !ok {
		if _, ok := x.(starlark.Indexable); ok {
			return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object does not support item assignment", core.TypeName(x)))
		}
		return nil, core.NewError(core.TypeError, fmt.Sprintf("object of type '%s' has no len()", core.TypeName(x)))
	}
	for i := seq.Len() - 1; i > 0; i-- {
		j := g.intn(i + 1)
		a, b := seq.Index(i), seq.Index(j)
		if err := seq.SetIndex(i, b); err != nil {
			return nil, err
		}
		if err := seq.SetIndex(j, a); err != nil {
			return nil, err
		}
	}
	return starlark.None, nil
}

func (g *rndGen) sample(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var population starlark.Value
	var k int
	var counts starlark.Value = starlark.None
	if err := starlark.UnpackArgs("sample", args, kwargs, "population", &population, "k", &k, "counts?", &counts); err != nil {
		return nil, err
	}
	pop, ok := population.(starlark.Indexable)
	if !ok {
		return nil, core.NewError(core.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n := pop.Len()
	// index maps a position in the (expanded) population to an element.
	index := pop.Index
	if counts != starlark.None {
		cs, err := rndFloats(counts)
		if err != nil {
			return nil, err
		}
		if len(cs) != n {
			return nil, core.NewError(core.ValueError, "The number of counts does not match the population")
		}
		cum := make([]int, n)
		total := 0
		for i, c := range cs {
			if c != math.Trunc(c) {
				return nil, core.NewError(core.TypeError, "Counts must be integers")
			}
			total += int(c)
			cum[i] = total
		}
		if total <= 0 && n > 0 {
			return nil, core.NewError(core.ValueError, "Total of counts must be greater than zero")
		}
		n = total
		index = func(i int) starlark.Value {
			return pop.Index(sort.Search(len(cum), func(j int) bool { return cum[j] > i }))
		}
	}
	if k < 0 || k > n {
		return nil, core.NewError(core.ValueError, "Sample larger than population or is negative")
	}
	out := make([]starlark.Value, k)
	// CPython's choice of algorithm (and draws): a pool for a small
	// population, else positions drawn with rejection of repeats.
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := g.intn(n - i)
			out[i] = index(pool[j])
			pool[j] = pool[n-i-1]
		}
	} else {
		seen := make(map[int]bool, k)
		for i := 0; i < k; i++ {
			j := g.intn(n)
			for seen[j] {
				j = g.intn(n)
			}
			seen[j] = true
			out[i] = index(j)
		}
	}
	return starlark.NewList(out), nil
}

func (g *rndGen) seed(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var a starlark.Value = starlark.None
	version := 2
	if err := starlark.UnpackArgs("seed", args, kwargs, "a?", &a, "version?", &version); err != nil {
		return nil, err
	}
	g.mu.Lock()
	g.gaussNext = nil
	g.mu.Unlock()
	if g.pcg == nil {
		return starlark.None, nil // SystemRandom.seed does nothing
	}
	var data []byte
	switch x := a.(type) {
	case starlark.NoneType:
		g.seedRandom()
		return starlark.None, nil
	case starlark.Int:
		data = append([]byte("i"), new(big.Int).Abs(x.BigInt()).Bytes()...)
	case starlark.Bool:
		if x {
			data = []byte("i\x01")
		} else {
			data = []byte("i")
		}
	case starlark.Float:
		f := float64(x)
		if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
			// hash(2.0) == hash(2): seed(2.0) is seed(2), as in CPython.
			data = append([]byte("i"), new(big.Int).Abs(big.NewInt(int64(f))).Bytes()...)
		} else {
			data = binary.LittleEndian.AppendUint64([]byte("f"), math.Float64bits(f))
		}
	case starlark.String:
		data = append([]byte("s"), x...)
	case starlark.Bytes:
		data = append([]byte("s"), x...)
	default:
		return nil, core.NewError(core.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	sum := sha512.Sum512(data)
	g.mu.Lock()
	g.pcg.Seed(binary.LittleEndian.Uint64(sum[:8]), binary.LittleEndian.Uint64(sum[8:16]))
	g.mu.Unlock()
	return starlark.None, nil
}

func (g *rndGen) normal(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var muV, sigmaV starlark.Value = starlark.Float(0), starlark.Float(1)
	if err := starlark.UnpackArgs(fn.Name(), args, kwargs, "mu?", &muV, "sigma?", &sigmaV); err != nil {
		return nil, err
	}
	mu, err := core.Real(muV)
	if err != nil {
		return nil, err
	}
	sigma, err := core.Real(sigmaV)
	if err != nil {
		return nil, err
	}
	if g.over != nil && g.over.random {
		return starlark.Float(mu + g.over.normal(fn.Name() == "gauss")*sigma), nil
	}
	g.mu.Lock()
	z := g.r.NormFloat64()
	g.mu.Unlock()
	return starlark.Float(mu + z*sigma), nil
}

func (g *rndGen) expovariate(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lv starlark.Value = starlark.Float(1)
	if err := starlark.UnpackArgs("expovariate", args, kwargs, "lambd?", &lv); err != nil {
		return nil, err
	}
	l, err := core.Real(lv)
	if err != nil {
		return nil, err
	}
	if l == 0 {
		return nil, core.NewError(core.ZeroDivisionError, "float division by zero")
	}
	return starlark.Float(-math.Log(1-g.float()) / l), nil
}

func (g *rndGen) triangular(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var lowV, highV, modeV starlark.Value = starlark.Float(0), starlark.Float(1), starlark.None
	if err := starlark.UnpackArgs("triangular", args, kwargs, "low?", &lowV, "high?", &highV, "mode?", &modeV); err != nil {
		return nil, err
	}
	low, err := core.Real(lowV)
	if err != nil {
		return nil, err
	}
	high, err := core.Real(highV)
	if err != nil {
		return nil, err
	}
	u := g.float()
	c := 0.5
	if modeV != starlark.None {
		mode, err := core.Real(modeV)
		if err != nil {
			return nil, err
		}
		if high == low {
			return starlark.Float(low), nil
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u, c = 1-u, 1-c
		low, high = high, low
	}
	return starlark.Float(low + (high-low)*math.Sqrt(u*c)), nil
}
