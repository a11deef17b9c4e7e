# ThreadPoolExecutor: submit, map (in order, an error at its position,
# timeout), the thread names CPython gives, max_workers' default, with.
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
import concurrent.futures as cf


def sq(x):
    return x * x


def name(_):
    return threading.current_thread().name


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(sq, 7)
    print(f.result(), f.done(), f.running(), f.cancelled())
    r = repr(f)
    print(r[:10], r[r.index('state='):])
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    print(list(ex.map(sq, range(5), chunksize=3)))
    it = ex.map(sq, [])
    print(type(it) is not list, list(it))

# Thread names: ThreadPoolExecutor-<executor>_<thread>; an executor with a
# prefix is not counted.
ex = ThreadPoolExecutor(thread_name_prefix="pool")
print(ex.submit(name, 0).result())
ex.shutdown()
ex = ThreadPoolExecutor()
print(ex.submit(name, 0).result())
print(ex._max_workers == min(32, os.cpu_count() + 4))
ex.shutdown()

# One thread started per submit while none is idle, up to max_workers.
ev = threading.Event()
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(ev.wait) for _ in range(5)]
    print(len(ex._threads), sorted(t.name for t in ex._threads))
    ev.set()
    print([f.result() for f in fs])

with ThreadPoolExecutor(1) as ex:
    it = ex.map(lambda x: 10 // x, [1, 0, 2])
    print(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        print("map error", e)
    print(list(it))

with ThreadPoolExecutor(1) as ex:
    it = ex.map(time.sleep, [0.5, 0, 0], timeout=0.05)
    try:
        list(it)
    except TimeoutError as e:
        print("map timeout", type(e).__name__, e is not None)

for bad in (0, -1):
    try:
        ThreadPoolExecutor(bad)
    except ValueError as e:
        print(e)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(e)
print(issubclass(cf.TimeoutError, OSError), cf.TimeoutError is TimeoutError)
print(cf.thread.ThreadPoolExecutor is ThreadPoolExecutor, issubclass(ThreadPoolExecutor, cf.Executor))
print(sorted(cf.__all__))

# Output:
# 49 True False False
# <Future at state=finished returned int>
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# [32, 9]
# [0, 1, 4, 9, 16]
# True []
# pool_0
# ThreadPoolExecutor-1_0
# True
# 3 ['ThreadPoolExecutor-2_0', 'ThreadPoolExecutor-2_1', 'ThreadPoolExecutor-2_2']
# [True, True, True, True, True]
# 10
# map error integer division or modulo by zero
# []
# map timeout TimeoutError True
# max_workers must be greater than 0
# max_workers must be greater than 0
# initializer must be a callable
# True True
# True True
# ['ALL_COMPLETED', 'BrokenExecutor', 'CancelledError', 'Executor', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'Future', 'ProcessPoolExecutor', 'ThreadPoolExecutor', 'TimeoutError', 'as_completed', 'wait']
