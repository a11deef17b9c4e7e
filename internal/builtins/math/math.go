// This file defines the module value and its functions.

package math

import (
	"fmt"
	"math"
	"math/big"

	starmath "go.starlark.net/lib/math"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// Make makes the math module: go.starlark.net's lib/math (ceil,
// floor, fabs, copysign, mod, pow, remainder, round, exp, sqrt, acos,
// asin, atan, atan2, cos, hypot, sin, tan, degrees, radians, acosh, asinh,
// atanh, cosh, sinh, tanh, log(x, base=e), gamma, e, pi) with CPython's
// errors for domain and range errors ("ValueError: math domain error",
// "OverflowError: math range error"), plus:
//
//	inf, nan, tau
//	isnan(x), isinf(x), isfinite(x), isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
//	trunc(x) -> int, log2(x), log10(x), log1p(x), expm1(x)
//	fmod(x, y), modf(x) -> (frac, int), frexp(x) -> (m, e), ldexp(x, i)
//	gcd(*integers), lcm(*integers), factorial(n), isqrt(n), comb(n, k), perm(n, k=None)
//	prod(iterable, *, start=1), fsum(iterable), dist(p, q)
//
// Starlark's mod and round remain (CPython has no math.mod or math.round).
func Make(rt *core.Runtime) (starlark.Value, error) {
	members := starlark.StringDict{}
	for k, v := range starmath.Module.Members {
		members[k] = v
	}
	b := starlark.NewBuiltin
	domain := func(name string, arity int, f func(x, y float64) float64, overflow bool) *starlark.Builtin {
		return b(name, mathFloatFn(name, arity, f, overflow))
	}
	for name, f := range map[string]func(float64) float64{
		"sqrt": math.Sqrt, "acos": math.Acos, "asin": math.Asin, "acosh": math.Acosh, "atanh": math.Atanh,
		"log2": math.Log2, "log10": math.Log10, "log1p": math.Log1p, "gamma": math.Gamma,
	} {
		f := f
		members[name] = domain(name, 1, func(x, _ float64) float64 { return f(x) }, false)
	}
	for name, f := range map[string]func(float64) float64{"exp": math.Exp, "expm1": math.Expm1, "cosh": math.Cosh, "sinh": math.Sinh} {
		f := f
		members[name] = domain(name, 1, func(x, _ float64) float64 { return f(x) }, true)
	}
	members["fmod"] = domain("fmod", 2, math.Mod, false)
	members["hypot"] = domain("hypot", 2, math.Hypot, true)
	members["pow"] = b("pow", mathPow)
	members["log"] = b("log", mathLog)
	members["inf"] = starlark.Float(math.Inf(1))
	members["nan"] = starlark.Float(math.NaN())
	members["tau"] = starlark.Float(2 * math.Pi)
	members["isnan"] = b("isnan", mathPred(math.IsNaN))
	members["isinf"] = b("isinf", mathPred(func(x float64) bool { return math.IsInf(x, 0) }))
	members["isfinite"] = b("isfinite", mathPred(func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	members["isclose"] = b("isclose", mathIsclose)
	members["trunc"] = b("trunc", mathTrunc)
	members["modf"] = b("modf", mathModf)
	members["frexp"] = b("frexp", mathFrexp)
	members["ldexp"] = b("ldexp", mathLdexp)
	members["gcd"] = b("gcd", mathGcdLcm)
	members["lcm"] = b("lcm", mathGcdLcm)
	members["factorial"] = b("factorial", mathFactorial)
	members["isqrt"] = b("isqrt", mathIsqrt)
	members["comb"] = b("comb", mathCombPerm)
	members["perm"] = b("perm", mathCombPerm)
	members["prod"] = b("prod", mathProd)
	members["fsum"] = b("fsum", mathFsum)
	members["dist"] = b("dist", mathDist)
	return core.NewModule("math", members), nil
}

// mathArg converts an int or float argument ("must be real number, not str").
func mathArg(v starlark.Value) (float64, error) {
	switch x := v.(type) {
	case starlark.Int:
		f := x.Float()
		if math.IsInf(float64(f), 0) {
			return 0, core.NewError(core.OverflowError, "int too large to convert to float")
		}
		return float64(f), nil
	}
	return core.Real(v)
}

var (
	mathDomainError = func() error { return core.NewError(core.ValueError, "math domain error") }
	mathRangeError  = func() error { return core.NewError(core.OverflowError, "math range error") }
)

// mathFloatFn wraps a float function with CPython's error rules: a NaN
// from non-NaN arguments is a domain error; an infinity from finite
// arguments is a range error (overflow) or a domain error (a pole).
func mathFloatFn(name string, arity int, f func(x, y float64) float64, overflow bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var xv, yv starlark.Value
		if err := starlark.UnpackPositionalArgs(name, args, kwargs, arity, &xv, &yv); err != nil {
			return nil, err
		}
		x, err := mathArg(xv)
		if err != nil {
			return nil, err
		}
		y := 0.0
		if arity == 2 {
			if y, err = mathArg(yv); err != nil {
				return nil, err
			}
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, mathDomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			if overflow {
				return nil, mathRangeError()
			}
			return nil, mathDomainError()
		}
		return starlark.Float(r), nil
	}
}

func mathPow(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv, yv starlark.Value
	if err := starlark.UnpackPositionalArgs("pow", args, kwargs, 2, &xv, &yv); err != nil {
		return nil, err
	}
	x, err := mathArg(xv)
	if err != nil {
		return nil, err
	}
	y, err := mathArg(yv)
	if err != nil {
		return nil, err
	}
	r := math.Pow(x, y)
	switch {
	case math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y):
		return nil, mathDomainError()
	case math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0):
		if x == 0 {
			return nil, mathDomainError()
		}
		return nil, mathRangeError()
	}
	return starlark.Float(r), nil
}

func mathLog(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv, bv starlark.Value
	if err := starlark.UnpackPositionalArgs("log", args, kwargs, 1, &xv, &bv); err != nil {
		return nil, err
	}
	logOf := func(v starlark.Value) (float64, error) {
		if i, ok := v.(starlark.Int); ok && i.Sign() > 0 {
			// Exact for ints too large for a float, as CPython.
			bi := i.BigInt()
			if n := bi.BitLen(); n > 1000 {
				m, _ := new(big.Float).SetInt(new(big.Int).Rsh(bi, uint(n-60))).Float64()
				return math.Log(m) + float64(n-60)*math.Ln2, nil
			}
		}
		x, err := mathArg(v)
		if err != nil {
			return 0, err
		}
		if x <= 0 {
			return 0, mathDomainError()
		}
		return math.Log(x), nil
	}
	lx, err := logOf(xv)
	if err != nil {
		return nil, err
	}
	if bv == nil {
		return starlark.Float(lx), nil
	}
	lb, err := logOf(bv)
	if err != nil {
		return nil, err
	}
	if lb == 0 {
		return nil, core.NewError(core.ZeroDivisionError, "float division by zero")
	}
	return starlark.Float(lx / lb), nil
}

func mathPred(p func(float64) bool) func(*starlark.Thread, *starlark.Builtin, starlark.Tuple, []starlark.Tuple) (starlark.Value, error) {
	return func(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
		var xv starlark.Value
		if err := starlark.UnpackPositionalArgs(fn.Name(), args, kwargs, 1, &xv); err != nil {
			return nil, err
		}
		x, err := mathArg(xv)
		if err != nil {
			return nil, err
		}
		return starlark.Bool(p(x)), nil
	}
}

func mathIsclose(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var av, bv starlark.Value
	var relV, absV starlark.Value = starlark.Float(1e-9), starlark.Float(0)
	if err := starlark.UnpackArgs("isclose", args, kwargs, "a", &av, "b", &bv, "rel_tol?", &relV, "abs_tol?", &absV); err != nil {
		return nil, err
	}
	var v [4]float64
	for i, x := range []starlark.Value{av, bv, relV, absV} {
		f, err := mathArg(x)
		if err != nil {
			return nil, err
		}
		v[i] = f
	}
	a, b, rel, abs := v[0], v[1], v[2], v[3]
	if rel < 0 || abs < 0 {
		return nil, core.NewError(core.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return starlark.True, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return starlark.False, nil
	}
	d := math.Abs(b - a)
	return starlark.Bool(d <= math.Abs(rel*b) || d <= math.Abs(rel*a) || d <= abs), nil
}

// mathFloatToInt converts a finite float to an int, or fails as CPython.
func mathFloatToInt(f float64) (starlark.Value, error) {
	if math.IsNaN(f) {
		return nil, core.NewError(core.ValueError, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, core.NewError(core.OverflowError, "cannot convert float infinity to integer")
	}
	return starlark.NumberToInt(starlark.Float(f))
}

func mathTrunc(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv starlark.Value
	if err := starlark.UnpackPositionalArgs("trunc", args, kwargs, 1, &xv); err != nil {
		return nil, err
	}
	if i, ok := xv.(starlark.Int); ok {
		return i, nil
	}
	x, err := mathArg(xv)
	if err != nil {
		return nil, err
	}
	return mathFloatToInt(math.Trunc(x))
}

func mathModf(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv starlark.Value
	if err := starlark.UnpackPositionalArgs("modf", args, kwargs, 1, &xv); err != nil {
		return nil, err
	}
	x, err := mathArg(xv)
	if err != nil {
		return nil, err
	}
	i, f := math.Modf(x)
	return starlark.Tuple{starlark.Float(f), starlark.Float(i)}, nil
}

func mathFrexp(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv starlark.Value
	if err := starlark.UnpackPositionalArgs("frexp", args, kwargs, 1, &xv); err != nil {
		return nil, err
	}
	x, err := mathArg(xv)
	if err != nil {
		return nil, err
	}
	m, e := math.Frexp(x)
	return starlark.Tuple{starlark.Float(m), starlark.MakeInt(e)}, nil
}

func mathLdexp(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var xv starlark.Value
	var e int
	if err := starlark.UnpackPositionalArgs("ldexp", args, kwargs, 2, &xv, &e); err != nil {
		return nil, err
	}
	x, err := mathArg(xv)
	if err != nil {
		return nil, err
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, mathRangeError()
	}
	return starlark.Float(r), nil
}

// mathInt returns an integer argument (int, bool, __index__) as a big.Int.
func mathInt(th *starlark.Thread, v starlark.Value) (*big.Int, error) {
	n, err := core.Index(th, v)
	if err != nil {
		return nil, err
	}
	return n.BigInt(), nil
}

func mathGcdLcm(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	if len(kwargs) > 0 {
		return nil, core.NewError(core.TypeError, fn.Name()+"() takes no keyword arguments")
	}
	acc := big.NewInt(0)
	if fn.Name() == "lcm" {
		acc.SetInt64(1)
	}
	for _, a := range args {
		n, err := mathInt(th, a)
		if err != nil {
			return nil, err
		}
		n = new(big.Int).Abs(n)
		if fn.Name() == "gcd" {
			acc.GCD(nil, nil, acc, n)
		} else if n.Sign() == 0 || acc.Sign() == 0 {
			acc.SetInt64(0)
		} else {
			g := new(big.Int).GCD(nil, nil, acc, n)
			acc.Mul(acc, n.Div(n, g))
		}
	}
	return starlark.MakeBigInt(acc), nil
}

func mathFactorial(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nv starlark.Value
	if err := starlark.UnpackPositionalArgs("factorial", args, kwargs, 1, &nv); err != nil {
		return nil, err
	}
	n, err := mathInt(th, nv)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, core.NewError(core.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 100000 {
		return nil, core.NewError(core.OverflowError, "factorial() argument should not exceed 100000 in pyconc")
	}
	return starlark.MakeBigInt(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathIsqrt(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nv starlark.Value
	if err := starlark.UnpackPositionalArgs("isqrt", args, kwargs, 1, &nv); err != nil {
		return nil, err
	}
	n, err := mathInt(th, nv)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, core.NewError(core.ValueError, "isqrt() argument must be nonnegative")
	}
	return starlark.MakeBigInt(new(big.Int).Sqrt(n)), nil
}

func mathCombPerm(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var nv, kv starlark.Value
	min := 2
	if fn.Name() == "perm" {
		min = 1
	}
	if err := starlark.UnpackPositionalArgs(fn.Name(), args, kwargs, min, &nv, &kv); err != nil {
		return nil, err
	}
	n, err := mathInt(th, nv)
	if err != nil {
		return nil, err
	}
	k := n
	if kv != nil && kv != starlark.None {
		if k, err = mathInt(th, kv); err != nil {
			return nil, err
		}
	}
	if n.Sign() < 0 {
		return nil, core.NewError(core.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, core.NewError(core.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return starlark.MakeInt(0), nil
	}
	if !n.IsInt64() {
		return nil, core.NewError(core.OverflowError, "n too large in pyconc")
	}
	nn, kk := n.Int64(), k.Int64()
	if fn.Name() == "perm" {
		return starlark.MakeBigInt(new(big.Int).MulRange(nn-kk+1, nn)), nil
	}
	return starlark.MakeBigInt(new(big.Int).Binomial(nn, kk)), nil
}

// mathIterate returns the elements of an iterable.
func mathIterate(v starlark.Value) ([]starlark.Value, error) {
	it, ok := v.(starlark.Iterable)
	if !ok {
		return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object is not iterable", core.TypeName(v)))
	}
	iter := it.Iterate()
	defer iter.Done()
	var out []starlark.Value
	var x starlark.Value
	for iter.Next(&x) {
		out = append(out, x)
	}
	return out, nil
}

func mathProd(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var itv starlark.Value
	var start starlark.Value = starlark.MakeInt(1)
	if err := starlark.UnpackArgs("prod", args, kwargs, "iterable", &itv, "start?", &start); err != nil {
		return nil, err
	}
	xs, err := mathIterate(itv)
	if err != nil {
		return nil, err
	}
	acc := start
	for _, x := range xs {
		if acc, err = starlark.Binary(syntax.STAR, acc, x); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func mathFsum(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var itv starlark.Value
	if err := starlark.UnpackPositionalArgs("fsum", args, kwargs, 1, &itv); err != nil {
		return nil, err
	}
	xs, err := mathIterate(itv)
	if err != nil {
		return nil, err
	}
	// Shewchuk's exact partial sums, as CPython's msum.
	var partials []float64
	special := 0.0
	for _, v := range xs {
		x, err := mathArg(v)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			special += x
			continue
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
	}
	if special != 0 || math.IsNaN(special) {
		return starlark.Float(special), nil
	}
	sum := 0.0
	for i := len(partials) - 1; i >= 0; i-- {
		sum += partials[i]
	}
	return starlark.Float(sum), nil
}

func mathDist(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var pv, qv starlark.Value
	if err := starlark.UnpackPositionalArgs("dist", args, kwargs, 2, &pv, &qv); err != nil {
		return nil, err
	}
	p, err := mathIterate(pv)
	if err != nil {
		return nil, err
	}
	q, err := mathIterate(qv)
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, core.NewError(core.ValueError, "both points must have the same number of dimensions")
	}
	sum := 0.0
	for i := range p {
		a, err := mathArg(p[i])
		if err != nil {
			return nil, err
		}
		b, err := mathArg(q[i])
		if err != nil {
			return nil, err
		}
		sum += (a - b) * (a - b)
	}
	return starlark.Float(math.Sqrt(sum)), nil
}
