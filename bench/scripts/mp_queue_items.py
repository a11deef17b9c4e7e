# 50,000 items through a multiprocessing.Queue to a child.
import multiprocessing as mp

N = 50000

def consume(q, out):
    total = 0
    while True:
        x = q.get()
        if x is None:
            break
        total += x
    out.put(total)

if __name__ == "__main__":
    q = mp.Queue()
    out = mp.Queue()
    p = mp.Process(target=consume, args=(q, out))
    p.start()
    for i in range(N):
        q.put(i)
    q.put(None)
    assert out.get() == N * (N - 1) // 2
    p.join()
