package queue

import "testing"

// BenchmarkPingPong10000 makes 10,000 round trips between two threads
// through two Queues.
func BenchmarkPingPong10000(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := runWith(b, `
ping = queue.Queue()
pong = queue.Queue()
def echo():
    while True:
        x = ping.get()
        if x == None:
            break
        pong.put(x)
t = threading.Thread(target=echo)
t.start()
for i in range(10000):
    ping.put(i)
    pong.get()
ping.put(None)
t.join()
`, nil)
		if r.runErr != nil {
			b.Fatalf("%v\n%s", r.runErr, r.err)
		}
	}
}
