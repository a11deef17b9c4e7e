# wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout) and
# as_completed (finished futures first, then as they finish; timeout).
import threading
from concurrent.futures import (Future, ThreadPoolExecutor, as_completed, wait,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


def fail():
    raise ValueError("no")


gate = threading.Event()
with ThreadPoolExecutor(4) as ex:
    quick = ex.submit(pow, 2, 10)
    slow = ex.submit(gate.wait)
    d = wait([quick, slow], return_when=FIRST_COMPLETED)
    print(d.done == {quick}, d.not_done == {slow})
    done, not_done = d
    print(len(done), len(not_done))
    d = wait([quick, slow], timeout=0.05)
    print(d.done == {quick}, d.not_done == {slow})
    bad = ex.submit(fail)
    d = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(d.done == {bad}, d.not_done == {slow})
    gate.set()
    d = wait([quick, slow, bad], return_when=ALL_COMPLETED)
    print(len(d.done), d.not_done)
    print(sorted(f.result() for f in as_completed([ex.submit(pow, 3, i) for i in range(6)])))
    try:
        wait([quick], return_when="SOMETIMES")
    except ValueError as e:
        print(e)
    print(wait([], return_when=FIRST_COMPLETED))

fs = [Future(), Future(), Future()]
fs[1].set_result("one")
it = as_completed(fs, timeout=0.05)
print(next(it).result())
try:
    next(it)
except TimeoutError as e:
    print(type(e).__name__, e)

fs = [Future(), Future()]
fs[0].set_result(0)
fs[1].cancel()
got = []
t = threading.Timer(0.05, fs[1].set_running_or_notify_cancel)
t.start()
for f in as_completed(fs + [fs[0]]):
    got.append(f.cancelled())
t.join()
print(sorted(got))
d = wait(fs, return_when=FIRST_EXCEPTION)
print(len(d.done))

# Output:
# True True
# 1 1
# True True
# True True
# 3 set()
# [1, 3, 9, 27, 81, 243]
# DoneAndNotDoneFutures(done=set(), not_done=set())
# one
# TimeoutError 2 (of 3) futures unfinished
# [False, True]
# 2
