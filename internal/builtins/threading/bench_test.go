package threading

import (
	"testing"
	"time"
)

func bench(b *testing.B, src string) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := runWith(b, src, time.Minute, nil, nil)
		if r.runErr != nil {
			b.Fatalf("%v\n%s", r.runErr, r.err)
		}
	}
}

// BenchmarkStartJoin1000 starts and joins 1000 threads.
func BenchmarkStartJoin1000(b *testing.B) {
	bench(b, `
def f():
    pass
ts = [threading.Thread(target=f) for i in range(1000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
`)
}

// BenchmarkLockCounter4 runs 4 threads each doing 10,000
// "with lock: counter += 1" (acquire/release around the increment).
func BenchmarkLockCounter4(b *testing.B) {
	bench(b, `
lock = threading.Lock()
counter = [0]
def work():
    for i in range(10000):
        lock.__enter__()
        counter[0] += 1
        lock.__exit__(None, None, None)
ts = [threading.Thread(target=work) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
if counter[0] != 40000:
    fail(counter[0])
`)
}
