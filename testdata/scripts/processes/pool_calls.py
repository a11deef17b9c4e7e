# Pool: map, starmap, apply, imap, the async calls and their callbacks,
# a worker's exception, close, join, the context manager.
import multiprocessing as mp
import time

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        name = type(e).__name__
        if type(e).__module__ != "builtins":
            name = type(e).__module__ + "." + name
        return name + ": " + str(e)

def sq(x):
    return x * x

def add(a, b=0, c=0):
    return a + b + c

def fails(x):
    if x == 3:
        raise ValueError("boom")
    return x

def slow(x):
    time.sleep(x)
    return x

got = []
def remember(v):
    got.append(v)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    p = mp.Pool(2)
    print(p)
    print(p.map(sq, range(10)), p.map(sq, []), p.map(sq, range(7), 3))
    print(p.starmap(add, [(1, 2), (3, 4)]), p.apply(add, (1,), {"c": 5}))
    print(list(p.imap(sq, [1, 2, 3])), sorted(p.imap_unordered(sq, [1, 2, 3])))
    r = p.apply_async(add, (2, 3), callback=remember)
    print(r.get(timeout=10), got, r.ready(), r.successful())
    m = p.map_async(sq, [4, 5], callback=remember)
    m.wait()
    print(m.get(), got)
    r = p.apply_async(slow, (0.5,))
    print(catch(r.get, 0.05), catch(r.successful).split(" object at")[0])
    print(r.get())
    e = p.map_async(fails, range(6), chunksize=1, error_callback=remember)
    print(catch(e.get), e.successful(), len(got))
    print(catch(p.map, fails, range(6)))
    print(catch(p.join))
    p.close()
    print(catch(p.map, sq, [1]), p)
    p.join()
    with mp.Pool(1) as q:
        print(q.map(sq, range(3)))
    print(catch(q.map, sq, [1]))


# Output:
# <multiprocessing.pool.Pool state=RUN pool_size=2>
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81] [] [0, 1, 4, 9, 16, 25, 36]
# [3, 7] 6
# [1, 4, 9] [1, 4, 9]
# 5 [5] True True
# [16, 25] [5, [16, 25]]
# multiprocessing.context.TimeoutError:  ValueError: <multiprocessing.pool.ApplyResult
# 0.5
# ValueError: boom False 3
# ValueError: boom
# ValueError: Pool is still running
# ValueError: Pool not running <multiprocessing.pool.Pool state=CLOSE pool_size=2>
# [0, 1, 4]
# ValueError: Pool not running
