# multiprocessing.pool.ThreadPool: the Pool interface over threads
# (apply, map, starmap, imap, callbacks, errors, close/join/terminate).
import threading
import multiprocessing
from multiprocessing.pool import ThreadPool, Pool

def sq(x):
    return x * x

def where(x):
    return threading.current_thread().name.split()[-1], multiprocessing.current_process().name

def bad(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x

seen = []
def init(tag):
    seen.append(tag)

if __name__ == "__main__":
    p = ThreadPool(2, initializer=init, initargs=("i",))
    print(repr(p))
    print(p.map(sq, range(10)))
    print(p.map(sq, range(10), chunksize=3))
    print(p.apply(sq, (4,)), p.apply(pow, (2,), {"exp": 5}))
    r = p.apply_async(sq, (5,))
    print(r.get(5), r.ready(), r.successful())
    print(p.starmap(pow, [(2, 3), (3, 2)]))
    print(list(p.imap(sq, range(5))), sorted(p.imap_unordered(sq, range(5))))
    print(list(p.imap(sq, range(7), chunksize=3)))
    print(sorted(set(p.map(where, range(4)))))
    try:
        p.map(bad, range(5))
    except ValueError as e:
        print("map raised", e)
    got = []
    r = p.map_async(bad, range(5), error_callback=lambda e: got.append(repr(e)))
    r.wait()
    print(r.ready(), r.successful(), got)
    r = p.map_async(sq, [1, 2], callback=got.append)
    print(r.get(), got)
    it = p.imap(bad, range(5))
    out = []
    try:
        for v in it:
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    print(out)
    try:
        p.join()
    except ValueError as e:
        print(e)
    p.close()
    try:
        p.apply(sq, (1,))
    except ValueError as e:
        print(e)
    p.join()
    print(repr(p), seen)
    with ThreadPool(1) as q:
        print(q.map(sq, []), q.apply_async(sq, (9,)).get())
    print(repr(q))
    try:
        ThreadPool(0)
    except ValueError as e:
        print(e)

# Output:
# <multiprocessing.pool.ThreadPool state=RUN pool_size=2>
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# 16 32
# 25 True True
# [8, 9]
# [0, 1, 4, 9, 16] [0, 1, 4, 9, 16]
# [0, 1, 4, 9, 16, 25, 36]
# [('(worker)', 'MainProcess')]
# map raised bad 3
# True False ["ValueError('bad 3')"]
# [1, 4] ["ValueError('bad 3')", [1, 4]]
# [0, 1, 2, 'bad 3']
# Pool is still running
# Pool not running
# <multiprocessing.pool.ThreadPool state=CLOSE pool_size=2> ['i', 'i']
# [] 81
# <multiprocessing.pool.ThreadPool state=TERMINATE pool_size=1>
# Number of processes must be at least 1
