// This file defines the math and json modules: go.starlark.net's, plus
// what Python scripts expect of them.

package builtins

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	starjson "go.starlark.net/lib/json"
	starmath "go.starlark.net/lib/math"
	"go.starlark.net/starlark"
	"go.starlark.net/syntax"

	"github.com/pyconc/pyconc/internal/core"
)

// MakeMath makes the math module: go.starlark.net's lib/math (ceil,
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
func MakeMath(rt *core.Runtime) (starlark.Value, error) {
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
	return rndReal(v)
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

// mathInt returns an int argument as a big.Int.
func mathInt(v starlark.Value) (*big.Int, error) {
	switch x := v.(type) {
	case starlark.Int:
		return x.BigInt(), nil
	case starlark.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	}
	return nil, core.NewError(core.TypeError, fmt.Sprintf("'%s' object cannot be interpreted as an integer", core.TypeName(v)))
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
		n, err := mathInt(a)
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
	n, err := mathInt(nv)
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
	n, err := mathInt(nv)
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
	n, err := mathInt(nv)
	if err != nil {
		return nil, err
	}
	k := n
	if kv != nil && kv != starlark.None {
		if k, err = mathInt(kv); err != nil {
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

// JSONDecodeError is json.JSONDecodeError, a ValueError subclass.
var JSONDecodeError = core.MustClass("JSONDecodeError", "json.decoder", []*core.Class{core.ValueError}, nil)

// MakeJSON makes the json module: Python's functions
//
//	dumps(obj, *, skipkeys=False, ensure_ascii=True, allow_nan=True, indent=None,
//	      separators=None, default=None, sort_keys=False) -> str
//	loads(s) -> value
//	dump(obj, fp, **kw)          fp.write(dumps(obj, **kw))
//	load(fp) -> value            loads(fp.read())
//	JSONDecodeError              a ValueError subclass with msg, doc, pos, lineno, colno
//
// written for pyconc so that their output and errors are CPython's:
// json.dumps({"a": 1}) is '{"a": 1}' (separators ', ' and ': ', or ','
// and ': ' with an indent), floats as Python's repr, NaN/Infinity allowed
// unless allow_nan=False; loads gives int or float as Python does and
// raises JSONDecodeError with CPython's messages ("Expecting value: line 1
// column 1 (char 0)"). go.starlark.net's encode, decode, indent and
// encode_indent remain available. Not supported: cls, object_hook,
// parse_float and the other hooks of loads; check_circular is always on.
func MakeJSON(rt *core.Runtime) (starlark.Value, error) {
	members := starlark.StringDict{}
	for k, v := range starjson.Module.Members {
		members[k] = v
	}
	b := starlark.NewBuiltin
	members["dumps"] = b("dumps", jsonDumps)
	members["loads"] = b("loads", jsonLoads)
	members["dump"] = b("dump", jsonDump)
	members["load"] = b("load", jsonLoad)
	members["JSONDecodeError"] = JSONDecodeError
	return core.NewModule("json", members), nil
}

// jsonEncoder holds the options of one dumps call.
type jsonEncoder struct {
	th          *starlark.Thread
	skipKeys    bool
	ensureASCII bool
	allowNaN    bool
	sortKeys    bool
	indent      *string
	itemSep     string
	keySep      string
	def         starlark.Value
	active      map[starlark.Value]bool // containers being encoded
	b           strings.Builder
}

func jsonDumps(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	s, err := jsonEncode(th, "dumps", args, kwargs)
	if err != nil {
		return nil, err
	}
	return starlark.String(s), nil
}

// jsonEncode decodes the arguments of dumps (or dump, with fp) and encodes.
func jsonEncode(th *starlark.Thread, fn string, args starlark.Tuple, kwargs []starlark.Tuple, extra ...*starlark.Value) (string, error) {
	var obj, fp starlark.Value
	var indent, separators, def, cls starlark.Value = starlark.None, starlark.None, starlark.None, starlark.None
	e := &jsonEncoder{th: th, ensureASCII: true, allowNaN: true, active: map[starlark.Value]bool{}}
	checkCircular := true
	pairs := []any{"obj", &obj}
	if fn == "dump" {
		pairs = append(pairs, "fp", &fp)
	}
	pairs = append(pairs, "skipkeys?", &e.skipKeys, "ensure_ascii?", &e.ensureASCII, "check_circular?", &checkCircular,
		"allow_nan?", &e.allowNaN, "cls?", &cls, "indent?", &indent, "separators?", &separators,
		"default?", &def, "sort_keys?", &e.sortKeys)
	if err := starlark.UnpackArgs(fn, args, kwargs, pairs...); err != nil {
		return "", err
	}
	if len(extra) > 0 {
		*extra[0] = fp
	}
	switch x := indent.(type) {
	case starlark.NoneType:
	case starlark.Int:
		n, _ := x.Int64()
		s := strings.Repeat(" ", int(max(n, 0)))
		e.indent = &s
	case starlark.String:
		s := string(x)
		e.indent = &s
	default:
		return "", core.NewError(core.TypeError, fmt.Sprintf("indent must be None, an int or a str, not %s", core.TypeName(indent)))
	}
	e.itemSep, e.keySep = ", ", ": "
	if e.indent != nil {
		e.itemSep = ","
	}
	if separators != starlark.None {
		seq, ok := separators.(starlark.Indexable)
		if !ok || seq.Len() != 2 {
			return "", core.NewError(core.ValueError, "separators must be an (item_separator, key_separator) tuple")
		}
		is, ok1 := seq.Index(0).(starlark.String)
		ks, ok2 := seq.Index(1).(starlark.String)
		if !ok1 || !ok2 {
			return "", core.NewError(core.TypeError, "separators must be strings")
		}
		e.itemSep, e.keySep = string(is), string(ks)
	}
	if def != starlark.None {
		e.def = def
	}
	if err := e.encode(obj, 0); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

func (e *jsonEncoder) newline(depth int) {
	if e.indent != nil {
		e.b.WriteByte('\n')
		for i := 0; i < depth; i++ {
			e.b.WriteString(*e.indent)
		}
	}
}

func (e *jsonEncoder) float(f float64) (string, error) {
	switch {
	case math.IsNaN(f) || math.IsInf(f, 0):
		if !e.allowNaN {
			return "", core.NewError(core.ValueError, "Out of range float values are not JSON compliant")
		}
		if math.IsNaN(f) {
			return "NaN", nil
		} else if f > 0 {
			return "Infinity", nil
		}
		return "-Infinity", nil
	}
	return pyFloatRepr(f), nil
}

func (e *jsonEncoder) enter(v starlark.Value) error {
	if e.active[v] {
		return core.NewError(core.ValueError, "Circular reference detected")
	}
	e.active[v] = true
	return nil
}

func (e *jsonEncoder) encode(v starlark.Value, depth int) error {
	switch x := v.(type) {
	case starlark.NoneType:
		e.b.WriteString("null")
	case starlark.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
	case starlark.Int:
		e.b.WriteString(x.String())
	case starlark.Float:
		s, err := e.float(float64(x))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
	case starlark.String:
		jsonQuote(&e.b, string(x), e.ensureASCII)
	case *starlark.List, starlark.Tuple:
		seq := x.(starlark.Indexable)
		if l, ok := x.(*starlark.List); ok {
			if err := e.enter(l); err != nil {
				return err
			}
			defer delete(e.active, l)
		}
		if seq.Len() == 0 {
			e.b.WriteString("[]")
			return nil
		}
		e.b.WriteByte('[')
		for i := 0; i < seq.Len(); i++ {
			if i > 0 {
				e.b.WriteString(e.itemSep)
			}
			e.newline(depth + 1)
			if err := e.encode(seq.Index(i), depth+1); err != nil {
				return err
			}
		}
		e.newline(depth)
		e.b.WriteByte(']')
	case *starlark.Dict:
		if err := e.enter(x); err != nil {
			return err
		}
		defer delete(e.active, x)
		return e.encodeDict(x.Items(), depth)
	default:
		if e.def == nil {
			return core.NewError(core.TypeError, fmt.Sprintf("Object of type %s is not JSON serializable", core.TypeName(v)))
		}
		if e.active[v] {
			return core.NewError(core.ValueError, "Circular reference detected")
		}
		r, err := starlark.Call(e.th, e.def, starlark.Tuple{v}, nil)
		if err != nil {
			return err
		}
		e.active[v] = true
		defer delete(e.active, v)
		return e.encode(r, depth)
	}
	return nil
}

func (e *jsonEncoder) encodeDict(items []starlark.Tuple, depth int) error {
	type kv struct {
		k string
		v starlark.Value
	}
	var list []kv
	for _, it := range items {
		var k string
		switch x := it[0].(type) {
		case starlark.String:
			k = string(x)
		case starlark.Int:
			k = x.String()
		case starlark.Float:
			s, err := e.float(float64(x))
			if err != nil {
				return err
			}
			k = s
		case starlark.Bool:
			k = "false"
			if x {
				k = "true"
			}
		case starlark.NoneType:
			k = "null"
		default:
			if e.skipKeys {
				continue
			}
			return core.NewError(core.TypeError, fmt.Sprintf("keys must be str, int, float, bool or None, not %s", core.TypeName(it[0])))
		}
		list = append(list, kv{k, it[1]})
	}
	if e.sortKeys {
		sort.SliceStable(list, func(i, j int) bool { return list[i].k < list[j].k })
	}
	if len(list) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	e.b.WriteByte('{')
	for i, p := range list {
		if i > 0 {
			e.b.WriteString(e.itemSep)
		}
		e.newline(depth + 1)
		jsonQuote(&e.b, p.k, e.ensureASCII)
		e.b.WriteString(e.keySep)
		if err := e.encode(p.v, depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.b.WriteByte('}')
	return nil
}

// jsonQuote writes s as a JSON string, as Python's encoder does.
func jsonQuote(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case r < 0x20 || (ascii && r >= 0x7f && r < 0x10000):
				fmt.Fprintf(b, `\u%04x`, r)
			case ascii && r >= 0x10000:
				r1, r2 := utf16.EncodeRune(r)
				fmt.Fprintf(b, `\u%04x\u%04x`, r1, r2)
			default:
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

// pyFloatRepr returns Python's repr of a float.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	if f != 0 {
		// Python switches to exponent notation by the decimal exponent of
		// the shortest representation: below -4 or from 16 on.
		e := strconv.FormatFloat(f, 'e', -1, 64)
		if exp, _ := strconv.Atoi(e[strings.LastIndexByte(e, 'e')+1:]); exp < -4 || exp >= 16 {
			return e
		}
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

func jsonDump(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fp starlark.Value
	s, err := jsonEncode(th, "dump", args, kwargs, &fp)
	if err != nil {
		return nil, err
	}
	write, err := jsonMethod(fp, "write")
	if err != nil {
		return nil, err
	}
	if _, err := starlark.Call(th, write, starlark.Tuple{starlark.String(s)}, nil); err != nil {
		return nil, err
	}
	return starlark.None, nil
}

// jsonMethod returns the method name of a file object.
func jsonMethod(fp starlark.Value, name string) (starlark.Value, error) {
	if ha, ok := fp.(starlark.HasAttrs); ok {
		m, err := ha.Attr(name)
		if err != nil {
			return nil, err
		}
		if m != nil {
			return m, nil
		}
	}
	return nil, core.NewError(core.AttributeError, fmt.Sprintf("'%s' object has no attribute '%s'", core.TypeName(fp), name))
}

func jsonLoad(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var fp starlark.Value
	if err := starlark.UnpackArgs("load", args, kwargs, "fp", &fp); err != nil {
		return nil, err
	}
	read, err := jsonMethod(fp, "read")
	if err != nil {
		return nil, err
	}
	s, err := starlark.Call(th, read, nil, nil)
	if err != nil {
		return nil, err
	}
	return jsonLoads(th, fn, starlark.Tuple{s}, nil)
}

func jsonLoads(th *starlark.Thread, fn *starlark.Builtin, args starlark.Tuple, kwargs []starlark.Tuple) (starlark.Value, error) {
	var sv starlark.Value
	if err := starlark.UnpackArgs("loads", args, kwargs, "s", &sv); err != nil {
		return nil, err
	}
	var s string
	switch x := sv.(type) {
	case starlark.String:
		s = string(x)
	case starlark.Bytes:
		s = string(x)
	default:
		return nil, core.NewError(core.TypeError, fmt.Sprintf("the JSON object must be str, bytes or bytearray, not %s", core.TypeName(sv)))
	}
	d := &jsonDecoder{doc: s, src: []rune(s)}
	d.skipWS()
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	d.skipWS()
	if d.pos < len(d.src) {
		return nil, d.fail("Extra data", d.pos)
	}
	return v, nil
}

// jsonDecoder parses JSON as Python's json module does, over characters
// (positions in error messages count characters, as in Python).
type jsonDecoder struct {
	doc   string
	src   []rune
	pos   int
	depth int
}

// jsonMaxDepth bounds the nesting of arrays and objects, as CPython's
// recursion limit does.
const jsonMaxDepth = 1000

func (d *jsonDecoder) nest(what string) error {
	d.depth++
	if d.depth > jsonMaxDepth {
		return core.NewError(core.RecursionError, "maximum recursion depth exceeded while decoding a JSON "+what+" from a unicode string")
	}
	return nil
}

// fail returns the JSONDecodeError "msg: line L column C (char P)".
func (d *jsonDecoder) fail(msg string, pos int) error {
	line, col := 1, pos+1
	for i := 0; i < pos && i < len(d.src); i++ {
		if d.src[i] == '\n' {
			line++
			col = pos - i
		}
	}
	exc := core.NewException(JSONDecodeError, starlark.String(fmt.Sprintf("%s: line %d column %d (char %d)", msg, line, col, pos)))
	exc.SetOwn("msg", starlark.String(msg))
	exc.SetOwn("doc", starlark.String(d.doc))
	exc.SetOwn("pos", starlark.MakeInt(pos))
	exc.SetOwn("lineno", starlark.MakeInt(line))
	exc.SetOwn("colno", starlark.MakeInt(col))
	return &core.PyError{Value: exc}
}

func (d *jsonDecoder) skipWS() {
	for d.pos < len(d.src) {
		switch d.src[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *jsonDecoder) hasPrefix(s string) bool {
	if d.pos+len(s) > len(d.src) {
		return false
	}
	return string(d.src[d.pos:d.pos+len(s)]) == s
}

// value parses the value at d.pos (whitespace skipped).
func (d *jsonDecoder) value() (starlark.Value, error) {
	if d.pos >= len(d.src) {
		return nil, d.fail("Expecting value", d.pos)
	}
	switch c := d.src[d.pos]; {
	case c == '"':
		s, err := d.str()
		return starlark.String(s), err
	case c == '{':
		return d.object()
	case c == '[':
		return d.array()
	}
	for _, lit := range []struct {
		s string
		v starlark.Value
	}{{"null", starlark.None}, {"true", starlark.True}, {"false", starlark.False},
		{"NaN", starlark.Float(math.NaN())}, {"Infinity", starlark.Float(math.Inf(1))}, {"-Infinity", starlark.Float(math.Inf(-1))}} {
		if d.hasPrefix(lit.s) {
			d.pos += len(lit.s)
			return lit.v, nil
		}
	}
	return d.number()
}

// number parses -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?.
func (d *jsonDecoder) number() (starlark.Value, error) {
	start, i := d.pos, d.pos
	digits := func() int {
		n := 0
		for i < len(d.src) && d.src[i] >= '0' && d.src[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(d.src) && d.src[i] == '-' {
		i++
	}
	if i < len(d.src) && d.src[i] == '0' {
		i++
	} else if digits() == 0 {
		return nil, d.fail("Expecting value", start)
	}
	isFloat := false
	if i+1 < len(d.src) && d.src[i] == '.' && d.src[i+1] >= '0' && d.src[i+1] <= '9' {
		i++
		digits()
		isFloat = true
	}
	if i < len(d.src) && (d.src[i] == 'e' || d.src[i] == 'E') {
		save := i
		i++
		if i < len(d.src) && (d.src[i] == '+' || d.src[i] == '-') {
			i++
		}
		if digits() == 0 {
			i = save
		} else {
			isFloat = true
		}
	}
	text := string(d.src[start:i])
	d.pos = i
	if isFloat {
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, d.fail("Expecting value", start)
		}
		return starlark.Float(f), nil
	}
	n, ok := new(big.Int).SetString(text, 10)
	if !ok {
		return nil, d.fail("Expecting value", start)
	}
	return starlark.MakeBigInt(n), nil
}

// str parses a string starting at the opening quote.
func (d *jsonDecoder) str() (string, error) {
	start := d.pos
	d.pos++
	var b strings.Builder
	for {
		if d.pos >= len(d.src) {
			return "", d.fail("Unterminated string starting at", start)
		}
		c := d.src[d.pos]
		switch {
		case c == '"':
			d.pos++
			return b.String(), nil
		case c < 0x20:
			return "", d.fail("Invalid control character at", d.pos)
		case c != '\\':
			b.WriteRune(c)
			d.pos++
			continue
		}
		// An escape.
		if d.pos+1 >= len(d.src) {
			return "", d.fail("Unterminated string starting at", start)
		}
		esc := d.src[d.pos+1]
		simple := map[rune]rune{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
		if r, ok := simple[esc]; ok {
			b.WriteRune(r)
			d.pos += 2
			continue
		}
		if esc != 'u' {
			return "", d.fail("Invalid \\escape", d.pos)
		}
		r, ok := d.hex4(d.pos + 2)
		if !ok {
			return "", d.fail("Invalid \\uXXXX escape", d.pos+1)
		}
		d.pos += 6
		if utf16.IsSurrogate(r) && r < 0xdc00 && d.hasPrefix(`\u`) {
			if r2, ok := d.hex4(d.pos + 2); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
				r = utf16.DecodeRune(r, r2)
				d.pos += 6
			}
		}
		if !utf8.ValidRune(r) {
			r = utf8.RuneError // a lone surrogate cannot be held in a Go string
		}
		b.WriteRune(r)
	}
}

func (d *jsonDecoder) hex4(at int) (rune, bool) {
	if at+4 > len(d.src) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d.src[at:at+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	return rune(n), true
}

func (d *jsonDecoder) object() (starlark.Value, error) {
	if err := d.nest("object"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	dict := starlark.NewDict(0)
	d.pos++
	d.skipWS()
	if d.pos < len(d.src) && d.src[d.pos] == '}' {
		d.pos++
		return dict, nil
	}
	for {
		if d.pos >= len(d.src) || d.src[d.pos] != '"' {
			return nil, d.fail("Expecting property name enclosed in double quotes", d.pos)
		}
		k, err := d.str()
		if err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos >= len(d.src) || d.src[d.pos] != ':' {
			return nil, d.fail("Expecting ':' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		if err := dict.SetKey(starlark.String(k), v); err != nil {
			return nil, err
		}
		d.skipWS()
		if d.pos < len(d.src) && d.src[d.pos] == '}' {
			d.pos++
			return dict, nil
		}
		if d.pos >= len(d.src) || d.src[d.pos] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
	}
}

func (d *jsonDecoder) array() (starlark.Value, error) {
	if err := d.nest("array"); err != nil {
		return nil, err
	}
	defer func() { d.depth-- }()
	var elems []starlark.Value
	d.pos++
	d.skipWS()
	if d.pos < len(d.src) && d.src[d.pos] == ']' {
		d.pos++
		return starlark.NewList(elems), nil
	}
	for {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		elems = append(elems, v)
		d.skipWS()
		if d.pos < len(d.src) && d.src[d.pos] == ']' {
			d.pos++
			return starlark.NewList(elems), nil
		}
		if d.pos >= len(d.src) || d.src[d.pos] != ',' {
			return nil, d.fail("Expecting ',' delimiter", d.pos)
		}
		d.pos++
		d.skipWS()
	}
}
