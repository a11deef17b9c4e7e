package builtins

import (
	"sync"
	"testing"

	"go.starlark.net/starlark"

	"github.com/pyconc/pyconc/internal/core"
)

var randomModules = map[string]Maker{"random": MakeRandom}

func TestRandomScript(t *testing.T) {
	mustRun(t, `
for i in range(2000):
    x = random.random()
    if not (0 <= x and x < 1):
        fail("random() out of range: %r" % x)
    n = random.randint(1, 6)
    if n < 1 or n > 6:
        fail("randint out of range: %r" % n)
    r = random.randrange(10, 20, 3)
    if r not in (10, 13, 16, 19):
        fail("randrange step: %r" % r)
    r = random.randrange(10, 0, -2)
    if r not in (10, 8, 6, 4, 2):
        fail("randrange negative step: %r" % r)
    u = random.uniform(2, 3)
    if u < 2 or u > 3:
        fail("uniform: %r" % u)
    if random.randrange(5) not in range(5):
        fail("randrange(5)")
seen = {}
for i in range(600):
    seen[random.randint(1, 3)] = True
assert_eq(sorted(seen.keys()), [1, 2, 3], "randint covers its range")
assert_eq(random.randrange(3.0) in (0, 1, 2), True)
big = random.randrange((1 << 100), (1 << 100) + 5)
assert_eq(big >= (1 << 100) and big < (1 << 100) + 5, True, "big randrange")
assert_eq(random.getrandbits(0), 0)
assert_eq(random.getrandbits(200) < (1 << 200), True)
assert_err("ValueError: number of bits must be non-negative", random.getrandbits, -1)
assert_err("ValueError: empty range for randrange()", random.randrange, 0)
assert_err("ValueError: empty range for randrange() (5, 2, -3)", random.randrange, 5, 2)
assert_err("ValueError: empty range for randrange() (3, 2, -1)", random.randint, 3, 1)
assert_err("ValueError: non-integer arg 1 for randrange()", random.randrange, 1.5)
assert_err("ValueError: zero step for randrange()", random.randrange, 0, 10, 0)
assert_err("ValueError: empty range for randrange()", random.randrange, 0, 10, -1)
assert_err("IndexError: Cannot choose from an empty sequence", random.choice, [])
assert_err("TypeError: 'set' object is not subscriptable", random.choice, set([1]))
assert_eq(random.choice("a"), "a")
assert_eq(random.choice([7, 7]), 7)
assert_err("ValueError: Sample larger than population or is negative", random.sample, [1], 2)
assert_err("TypeError: Population must be a sequence.  For dicts or sets, use sorted(d).", random.sample, set([1]), 1)
assert_err("ValueError: The number of weights does not match the population", random.choices, [1], [1, 2])
assert_err("ValueError: Total of weights must be greater than zero", random.choices, [1, 2], [0, 0])
assert_err("TypeError: The number of choices must be a keyword argument: k=3", random.choices, [1], 3)
assert_err("TypeError: Cannot specify both weights and cumulative weights", random.choices, [1, 2], weights=[1, 1], cum_weights=[1, 2])
assert_err("TypeError: 'tuple' object does not support item assignment", random.shuffle, (1, 2))
assert_eq(len(random.choices([1, 2, 3], k=10)), 10)
assert_eq(random.choices(["a", "b"], weights=[0, 1], k=5), ["b"] * 5)
assert_eq(random.choices(["a", "b"], cum_weights=[1, 1], k=5), ["a"] * 5)
s = random.sample(range(100), 10)
assert_eq(len(s), 10)
assert_eq(len(set(s)), 10, "sample without repeats")
s = random.sample([1, 2, 3], 3)
assert_eq(sorted(s), [1, 2, 3])
assert_eq(sorted(random.sample(["a", "b"], 3, counts=[2, 1])), ["a", "a", "b"])
x = list(range(20))
random.shuffle(x)
assert_eq(sorted(x), list(range(20)))
random.seed(42)
a = [random.random() for i in range(5)] + [random.randint(0, 1000)]
random.seed(42)
b = [random.random() for i in range(5)] + [random.randint(0, 1000)]
assert_eq(a, b, "seed makes the sequence deterministic")
random.seed("hello")
c = random.random()
random.seed("hello")
assert_eq(random.random(), c)
random.seed(2.0)
d = random.random()
random.seed(2)
assert_eq(random.random(), d, "seed(2.0) is seed(2)")
random.seed()
assert_err("TypeError: The only supported seed types are", random.seed, [1])
g = [random.gauss(10, 0) for i in range(3)]
assert_eq(g, [10.0, 10.0, 10.0])
assert_eq(random.normalvariate() != None, True)
assert_eq(random.expovariate(2) >= 0, True)
t = random.triangular(1, 3)
assert_eq(t >= 1 and t <= 3, True)
assert_eq(len(random.randbytes(4)), 4)
`, randomModules)
}

// TestRandomConcurrent calls one generator from many goroutines (as an
// embedding host might, outside the interpreter lock): no data race.
func TestRandomConcurrent(t *testing.T) {
	rt := core.NewRuntime(nil)
	defer rt.Close()
	mod, err := MakeRandom(rt)
	if err != nil {
		t.Fatal(err)
	}
	randint, _ := mod.(*core.Module).Attr("randint")
	seed, _ := mod.(*core.Module).Attr("seed")
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := &starlark.Thread{}
			for j := 0; j < 200; j++ {
				if j == 100 {
					if _, err := starlark.Call(th, seed, starlark.Tuple{starlark.MakeInt(i)}, nil); err != nil {
						t.Error(err)
						return
					}
				}
				v, err := starlark.Call(th, randint, starlark.Tuple{starlark.MakeInt(0), starlark.MakeInt(9)}, nil)
				if err != nil {
					t.Error(err)
					return
				}
				n, _ := starlark.AsInt32(v)
				if n < 0 || n > 9 {
					t.Errorf("randint = %d", n)
				}
			}
		}(i)
	}
	wg.Wait()
}
