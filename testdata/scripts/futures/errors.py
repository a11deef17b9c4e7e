# What goes wrong: a callback that raises (logged, the others still run), an
# initializer that raises (BrokenThreadPool for every call), submit after
# shutdown, shutdown(cancel_futures=True), a call's exception re-raised with
# the worker's traceback.
import threading
import time
import concurrent.futures as cf
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.thread import BrokenThreadPool


def bad_callback(f):
    raise ValueError("in callback")


f = Future()
f.add_done_callback(bad_callback)
f.add_done_callback(lambda fut: print("second callback runs"))
f.set_result(1)


submitted = threading.Event()


def init(x):
    submitted.wait()  # the three calls are queued before the pool breaks
    raise RuntimeError("init failed %s" % x)


ex = ThreadPoolExecutor(1, initializer=init, initargs=(5,))
fs = [ex.submit(print, "never") for _ in range(3)]
submitted.set()
for f in fs:
    try:
        f.result()
    except BrokenThreadPool as e:
        print(type(e).__name__, e)
try:
    ex.submit(print, "x")
except cf.BrokenExecutor as e:
    print("submit:", type(e).__name__, e)
ex.shutdown()

gate = threading.Event()
ex = ThreadPoolExecutor(1)
first = ex.submit(gate.wait)
while not first.running():
    time.sleep(0.01)
rest = [ex.submit(print, i) for i in range(3)]
threading.Timer(0.05, gate.set).start()
ex.shutdown(wait=True, cancel_futures=True)
print([r.cancelled() for r in rest], first.result())
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print(e)
ex.shutdown()


def inner(n):
    return 1 // n


def task(n):
    return inner(n)


with ThreadPoolExecutor(1) as ex:
    ex.submit(task, 0).result()

# Output:
# second callback runs
# BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# submit: BrokenThreadPool A thread initializer failed, the thread pool is not usable anymore
# [True, True, True] True
# cannot schedule new futures after shutdown
# Exit: 1
# Stderr:
# re:exception calling callback for <Future at 0x[0-9a-f]+ state=finished returned int>
# Traceback (most recent call last):
# re:  File "_base\.py", line \d+, in _invoke_callbacks
#     callback(self)
#   File "errors.py", line 13, in bad_callback
#     raise ValueError("in callback")
# ValueError: in callback
# Exception in initializer:
# Traceback (most recent call last):
# re:  File "thread\.py", line \d+, in _worker
#     initializer(*initargs)
#   File "errors.py", line 27, in init
#     raise RuntimeError("init failed %s" % x)
# RuntimeError: init failed 5
# Traceback (most recent call last):
#   File "errors.py", line 69, in <module>
#     ex.submit(task, 0).result()
# re:  File "_base\.py", line \d+, in result
#     return self.__get_result()
# re:  File "_base\.py", line \d+, in __get_result
#     raise self._exception
# re:  File "thread\.py", line \d+, in run
#     result = self.fn(*self.args, **self.kwargs)
#   File "errors.py", line 65, in task
#     return inner(n)
#   File "errors.py", line 61, in inner
#     return 1 // n
# ZeroDivisionError: integer division or modulo by zero
