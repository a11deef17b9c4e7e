# JoinableQueue (task_done, join) and SimpleQueue shared with children;
# the items a child took from a queue and did not use go back to it.
import multiprocessing as mp

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def worker(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 2)
        jq.task_done()

def simple(sq):
    sq.put(sq.get() + 1)

def take(q, n, out):
    got = [q.get() for i in range(n)]
    out.put(got)

if __name__ == "__main__":
    mp.set_start_method("spawn")
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

    q, out = mp.Queue(), mp.Queue()
    for i in range(2000):
        q.put(i)
    p = mp.Process(target=take, args=(q, 300, out))
    p.start()
    got = out.get(timeout=10)
    p.join()
    rest = [q.get(timeout=5) for i in range(1700)]
    print(got == list(range(300)), rest == list(range(300, 2000)), q.empty())

# Output:
# [0, 2, 4, 6, 8] True
# ValueError: task_done() called too many times
# 42 True
# OSError: handle is closed
# True True True
