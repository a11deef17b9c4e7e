package multiprocessing

import (
	"strings"
	"testing"
	"time"
)

// The figures of issue 5 (logged, never asserted: the machine may be
// busy). Compare with bench/ scripts run by CPython.

// timed runs src and logs how long it took.
func timed(t *testing.T, what, src string) time.Duration {
	t.Helper()
	t0 := time.Now()
	runOK(t, src, "")
	d := time.Since(t0)
	t.Logf("%s: %v", what, d)
	return d
}

func TestFigurePoolMap(t *testing.T) {
	timed(t, "Pool(2).map over 200,000 ints (start, map, terminate)", `
def sq(x):
    return x * x
if __name__ == "__main__":
    p = mp.Pool(2)
    r = p.map(sq, range(200000))
    p.terminate()
    if len(r) != 200000 or r[-1] != 199999 * 199999:
        fail("bad result")
`)
}

func TestFigurePoolSpeedup(t *testing.T) {
	src := `
def work(n):
    s = 0
    for i in range(n):
        s += i * i % 7
    return s
if __name__ == "__main__":
    p = mp.Pool(%d)
    p.map(work, [600000] * 8, 1)
    p.terminate()
`
	one := timed(t, "CPU-bound Pool(1)", strings.Replace(src, "%d", "1", 1))
	two := timed(t, "CPU-bound Pool(2)", strings.Replace(src, "%d", "2", 1))
	t.Logf("Pool(2) speed-up over Pool(1): %.2fx", float64(one)/float64(two))
}

func TestFigureQueue50k(t *testing.T) {
	timed(t, "50,000 items through an mp.Queue to a child", `
def consumer(q, n, out):
    s = 0
    for i in range(n):
        s += q.get()
    out.put(s)
if __name__ == "__main__":
    N = 50000
    q, out = mp.Queue(), mp.Queue()
    p = mp.Process(target=consumer, args=(q, N, out))
    p.start()
    for i in range(N):
        q.put(i)
    if out.get() != N * (N - 1) // 2:
        fail("bad sum")
    p.join()
`)
	timed(t, "50,000 items through an mp.Queue from a child", `
def producer(q, n):
    for i in range(n):
        q.put(i)
if __name__ == "__main__":
    N = 50000
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, N))
    p.start()
    s = 0
    for i in range(N):
        s += q.get()
    p.join()
    if s != N * (N - 1) // 2:
        fail("bad sum")
`)
}
