package multiprocessing

import "testing"

func TestJoinableSimpleQueue(t *testing.T) {
	runOK(t, `
def worker(jq, out):
    while True:
        item = jq.get()
        if item == None:
            jq.task_done()
            break
        out.put(item * 2)
        jq.task_done()

def simple(sq):
    sq.put(sq.get() + 1)

if __name__ == "__main__":
    jq, out = mp.JoinableQueue(), mp.SimpleQueue()
    p = mp.Process(target=worker, args=(jq, out))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print(sorted([out.get() for i in range(5)]), out.empty())
    p.join()
    print(catch(jq.task_done))
    sq = mp.SimpleQueue()
    sq.put(41)
    p = mp.Process(target=simple, args=(sq,))
    p.start()
    p.join()
    print(sq.get(), sq.empty())
    sq.close()
    print(catch(sq.get))
`, `[0, 2, 4, 6, 8] True
ValueError: task_done() called too many times
42 True
OSError: handle is closed
`)
}

// TestQueuePrefetchReturned checks that the items a child prefetched and
// did not use go back to the queue, in order, when it ends.
func TestQueuePrefetchReturned(t *testing.T) {
	runOK(t, `
def take(q, n, out):
    got = [q.get() for i in range(n)]
    out.put(got)

if __name__ == "__main__":
    q, out = mp.Queue(), mp.Queue()
    for i in range(2000):
        q.put(i)
    p = mp.Process(target=take, args=(q, 300, out))
    p.start()
    got = out.get(timeout=10)
    p.join()
    rest = [q.get(timeout=5) for i in range(q.qsize())]
    print(got == list(range(300)), rest == list(range(300, 2000)), q.empty())
`, "True True True\n")
}
