# ProcessPoolExecutor: submit, map with chunksize (in order, an error at its
# position), the worker's exception with its traceback as the cause, the
# initializer, a killed worker breaking the pool within a second,
# an initializer that fails, max_tasks_per_child.
import os, time
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed, wait
import concurrent.futures as cf

def sq(x):
    return x * x

def boom(x):
    return 1 // x

def who(_):
    return multiprocessing.current_process().name != 'MainProcess'

def kill(_):
    os.kill(os.getpid(), 9)

def init(tag):
    global TAG
    TAG = tag

def tagged(x):
    return TAG, x

def pid():
    return os.getpid()

def bad_init():
    raise ValueError("no init")

if __name__ == '__main__':
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(sq, 12)
        print(f.result())
        print(list(ex.map(sq, range(10))))
        print(list(ex.map(sq, range(10), chunksize=3)))
        print(sum(ex.map(sq, range(1000), chunksize=100)))
        print(sorted(f.result() for f in as_completed([ex.submit(sq, i) for i in range(5)])))
        print(ex.submit(who, 0).result())
        try:
            ex.submit(boom, 0).result()
        except ZeroDivisionError as e:
            print("error", e, type(e.__cause__).__name__)
        it = ex.map(boom, [1, 0, 2])
        print(next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            print("map error", e)
    with ProcessPoolExecutor(2, initializer=init, initargs=("T",)) as ex:
        print(list(ex.map(tagged, [1, 2])))
    ex = ProcessPoolExecutor(1)
    fs = [ex.submit(sq, 2), ex.submit(kill, 0), ex.submit(sq, 3), ex.submit(sq, 4)]
    t0 = time.time()
    for f in fs:
        try:
            print(f.result())
        except cf.process.BrokenProcessPool as e:
            print(type(e).__name__, e)
    print(time.time() - t0 < 1.0)
    try:
        ex.submit(sq, 1)
    except cf.BrokenExecutor as e:
        print(type(e).__name__, e)
    ex.shutdown()
    with ProcessPoolExecutor(1, max_tasks_per_child=2) as ex:
        pids = [ex.submit(pid).result() for _ in range(4)]
        print(len(set(pids)) >= 2)
    for bad in (0, -2):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print(e)
    try:
        ProcessPoolExecutor(max_tasks_per_child=0)
    except ValueError as e:
        print(e)
    try:
        ProcessPoolExecutor(1).map(sq, [1], chunksize=0)
    except ValueError as e:
        print(e)
    ex = ProcessPoolExecutor(1, initializer=bad_init)
    f = ex.submit(sq, 2)
    try:
        f.result()
    except cf.process.BrokenProcessPool as e:
        print(type(e).__name__, e)
    ex.shutdown()
    print("end")

# Output:
# 144
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# [0, 1, 4, 9, 16, 25, 36, 49, 64, 81]
# 332833500
# [0, 1, 4, 9, 16]
# True
# error integer division or modulo by zero _RemoteTraceback
# 1
# map error integer division or modulo by zero
# [('T', 1), ('T', 2)]
# 4
# BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
# BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
# BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
# True
# BrokenProcessPool A child process terminated abruptly, the process pool is not usable anymore
# True
# max_workers must be greater than 0
# max_workers must be greater than 0
# max_tasks_per_child must be >= 1
# chunksize must be >= 1.
# BrokenProcessPool A process in the process pool was terminated abruptly while the future was running or pending.
# end
# Stderr:
# Exception in initializer:
# Traceback (most recent call last):
# re:  File "process\.py", line \d+, in \w+
#     initializer(*initargs)
#   File "process_pool.py", line 33, in bad_init
#     raise ValueError("no init")
# ValueError: no init
