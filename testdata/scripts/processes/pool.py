# Pool: map, starmap, apply, apply_async with callbacks, imap, errors.
import multiprocessing as mp

def square(x):
    return x * x

def power(x, y):
    return x ** y

def boom(x):
    if x == 3:
        raise ValueError("bad input %d" % x)
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(pool.apply(power, (2, 10)))
        results = []
        r = pool.apply_async(square, (12,), callback=results.append)
        print(r.get(timeout=10), r.ready(), r.successful())
        r.wait()
        print(sorted(pool.imap_unordered(square, [1, 2, 3])), list(pool.imap(square, [4, 5])))
        m = pool.map_async(square, [6, 7])
        print(m.get(timeout=10))
        try:
            pool.map(boom, range(5))
        except ValueError as e:
            print("ValueError from worker:", e)
        errors = []
        r = pool.apply_async(boom, (3,), error_callback=errors.append)
        r.wait(10)
        print(r.successful(), [type(e).__name__ for e in errors])
    print("callback got", results)
    pool = mp.Pool(processes=2)
    print(sum(pool.map(square, range(1000))))
    pool.close()
    pool.join()

# Output:
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# [8, 9, 1]
# 1024
# 144 True True
# [1, 4, 9] [16, 25]
# [36, 49]
# ValueError from worker: bad input 3
# False ['ValueError']
# callback got [144]
# 332833500
