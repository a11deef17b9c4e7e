// This file defines a differential test of nested compound statements:
// many small generated nestings of try/except/else/finally, with, for and
// while (with break, continue and else), if and return, each run by
// pyconc and by python3 (the reference), their outputs compared.

package lower_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyconc/pyconc/interp"
)

// nestGen generates nested statements; seq numbers the leaves so that
// every print is distinct.
type nestGen struct {
	r   *rand.Rand
	seq int
	top bool // at module level: no return
}

func (g *nestGen) next() int { g.seq++; return g.seq }

// leaf returns a simple statement; inLoop allows break and continue.
func (g *nestGen) leaf(ind string, inLoop bool) string {
	n := g.next()
	k := g.r.Intn(8)
	switch {
	case k == 0:
		return fmt.Sprintf("%sraise ValueError(%d)\n", ind, n)
	case k == 1 && !g.top:
		return fmt.Sprintf("%sreturn %d\n", ind, n)
	case k == 2 && inLoop:
		return fmt.Sprintf("%sprint(%d)\n%sbreak\n", ind, n, ind)
	case k == 3 && inLoop:
		return fmt.Sprintf("%sprint(%d)\n%scontinue\n", ind, n, ind)
	case k == 4:
		return fmt.Sprintf("%sif n %% 2:\n%s    print(%d, 'odd')\n%s    raise KeyError(%d)\n", ind, ind, n, ind, n)
	}
	return fmt.Sprintf("%sprint(%d)\n", ind, n)
}

// block returns one or two statements, compound while depth > 0.
func (g *nestGen) block(ind string, depth int, inLoop bool) string {
	var b strings.Builder
	b.WriteString(g.stmt(ind, depth, inLoop))
	if g.r.Intn(3) == 0 {
		b.WriteString(g.leaf(ind, inLoop))
	}
	return b.String()
}

func (g *nestGen) stmt(ind string, depth int, inLoop bool) string {
	if depth == 0 {
		return g.leaf(ind, inLoop)
	}
	in := ind + "    "
	d := depth - 1
	var b strings.Builder
	switch g.r.Intn(11) {
	case 0: // try/except
		fmt.Fprintf(&b, "%stry:\n%s%sexcept ValueError as e:\n%sprint('caught', e)\n", ind, g.block(in, d, inLoop), ind, in)
		b.WriteString(g.block(in, d, inLoop))
	case 1: // try/except/else
		fmt.Fprintf(&b, "%stry:\n%s%sexcept (ValueError, KeyError):\n%s%selse:\n%s", ind, g.block(in, d, inLoop), ind, g.block(in, d, inLoop), ind, g.block(in, d, inLoop))
	case 2: // try/finally, the finally clause maybe leaving (return, break, continue)
		fmt.Fprintf(&b, "%stry:\n%s%sfinally:\n%sprint('fin', %d)\n", ind, g.block(in, d, inLoop), ind, in, g.next())
		if g.r.Intn(3) == 0 {
			b.WriteString(g.leaf(in, inLoop))
		}
	case 3: // try/except/else/finally
		fmt.Fprintf(&b, "%stry:\n%s%sexcept Exception as e:\n%sprint('exc', type(e).__name__)\n%s%selse:\n%s%sfinally:\n%sprint('fin', %d)\n",
			ind, g.block(in, d, inLoop), ind, in, g.block(in, d, inLoop), ind, g.block(in, d, inLoop), ind, in, g.next())
	case 4: // with, its __exit__ maybe suppressing the exception
		suppress := "False"
		if g.r.Intn(3) == 0 {
			suppress = "True"
		}
		fmt.Fprintf(&b, "%swith CM(%d, %s) as c:\n%s", ind, g.next(), suppress, g.block(in, d, inLoop))
	case 5: // for/else
		fmt.Fprintf(&b, "%sfor n in range(3):\n%s", ind, g.block(in, d, true))
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&b, "%selse:\n%s", ind, g.block(in, d, inLoop))
		}
	case 6: // while/else
		v := fmt.Sprintf("w%d", g.next())
		fmt.Fprintf(&b, "%s%s = 0\n%swhile %s < 3:\n%s    %s += 1\n%s", ind, v, ind, v, ind, v, g.block(in, d, true))
		if g.r.Intn(2) == 0 {
			fmt.Fprintf(&b, "%selse:\n%s", ind, g.block(in, d, inLoop))
		}
	case 7: // for whose body is a single try (the turned-inside-out loop)
		fmt.Fprintf(&b, "%sfor n in range(3):\n%stry:\n%s%sexcept Exception as e:\n%sprint('loopexc', type(e).__name__)\n",
			ind, in, g.block(in+"    ", d, true), in, in+"    ")
		if g.r.Intn(2) == 0 {
			b.WriteString(g.leaf(in+"    ", true))
		}
	case 8: // while whose body is a single try (turned inside out)
		v := fmt.Sprintf("w%d", g.next())
		fmt.Fprintf(&b, "%s%s = 0\n%swhile %s < 3:\n%stry:\n%s    %s += 1\n%s%sexcept ValueError as e:\n%sprint('wexc', e)\n",
			ind, v, ind, v, in, in, v, g.block(in+"    ", d, true), in, in+"    ")
		if g.r.Intn(2) == 0 {
			b.WriteString(g.leaf(in+"    ", true))
		}
	case 9: // a nested function, called where it is defined
		name := fmt.Sprintf("g%d", g.next())
		top := g.top
		g.top = false
		fmt.Fprintf(&b, "%sdef %s():\n%s%sprint('g', %s())\n", ind, name, g.block(in, d, false), ind, name)
		g.top = top
	default: // if/else
		fmt.Fprintf(&b, "%sif n %% 3 != 1:\n%s%selse:\n%s", ind, g.block(in, d, inLoop), ind, g.block(in, d, inLoop))
	}
	return b.String()
}

const nestPrelude = `class CM:
    def __init__(self, k, suppress):
        self.k = k
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.k)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.k, t is not None)
        return self.suppress

`

const nestMain = `
for n0 in range(2):
    try:
        print('ret', f(n0))
    except Exception as e:
        print('raised', type(e).__name__, e)
`

// nestTop and nestTopEnd surround a nesting at module level.
const nestTop = `for n in range(2):
    try:
`

const nestTopEnd = `    except Exception as e:
        print('raised', type(e).__name__, e)
`

// nestPrograms returns count generated programs, each a function f(n)
// whose body is a nesting of at most depth compound statements, or (every
// fourth) such a nesting at module level, in a loop.
func nestPrograms(count, depth int) []string {
	g := &nestGen{r: rand.New(rand.NewSource(1))}
	var out []string
	for i := 0; i < count; i++ {
		g.seq = 0
		g.top = i%4 == 3
		if g.top {
			body := g.block("        ", 1+i%depth, true)
			out = append(out, nestPrelude+nestTop+body+nestTopEnd)
			continue
		}
		body := g.block("    ", 1+i%depth, false)
		out = append(out, nestPrelude+"def f(n):\n"+body+nestMain)
	}
	return out
}

// nestDriver runs each file named on its command line and prints its
// output (or its exception) after a separator line.
const nestDriver = `import contextlib, io, sys
for path in sys.argv[1:]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(open(path).read(), path, 'exec'), {'__name__': '__main__'})
    except BaseException as e:
        out.write('error: %s\n' % e)
    sys.stdout.write('@@@@\n' + out.getvalue())
`

func TestNestingDifferential(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	progs := nestPrograms(500, 3)
	dir := t.TempDir()
	if d := os.Getenv("PYCONC_NESTING_DIR"); d != "" {
		dir = d // keep the programs, to look at a failing one
	}
	var paths []string
	for i, src := range progs {
		p := filepath.Join(dir, fmt.Sprintf("nest%03d.py", i))
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	driver := filepath.Join(dir, "driver.py")
	if err := os.WriteFile(driver, []byte(nestDriver), 0o644); err != nil {
		t.Fatal(err)
	}
	ref, err := exec.Command(python, append([]string{driver}, paths...)...).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	wants := strings.Split(string(ref), "@@@@\n")[1:]
	if len(wants) != len(progs) {
		t.Fatalf("python3 gave %d outputs for %d programs", len(wants), len(progs))
	}
	failed := 0
	for i, src := range progs {
		var buf bytes.Buffer
		in := interp.New(interp.Options{Stdout: &buf})
		if err := in.Exec(context.Background(), filepath.Base(paths[i]), []byte(src)); err != nil {
			fmt.Fprintf(&buf, "error: %v\n", err)
		}
		in.Close()
		if got := buf.String(); got != wants[i] {
			failed++
			t.Logf("differs: %s: %s", filepath.Base(paths[i]), firstDiff(got, wants[i]))
			if failed <= 10 {
				t.Errorf("%s:\n%s--- pyconc:\n%s--- python3:\n%s", filepath.Base(paths[i]), src, got, wants[i])
			}
		}
	}
	if failed > 0 {
		t.Errorf("%d of %d nestings differ", failed, len(progs))
	}
}

// firstDiff returns the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("line %d: pyconc %q, python3 %q", i+1, a, b)
		}
	}
	return ""
}
