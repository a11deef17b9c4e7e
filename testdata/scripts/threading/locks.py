# Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, timeouts and errors.
import threading
import time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.05))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())

r = threading.RLock()
with r:
    with r:
        print("RLock re-entered")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(timeout=0.05))
sem.release(); sem.release()
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.05))
threading.Timer(0.05, ev.set).start()
print("event set by timer:", ev.wait(2), ev.is_set())
ev.clear()
print(ev.is_set())

cond = threading.Condition()
items = []
def producer():
    for i in range(3):
        time.sleep(0.01)
        with cond:
            items.append(i)
            cond.notify()
def consumer(out):
    with cond:
        while len(out) < 3:
            cond.wait_for(lambda: items)
            out.append(items.pop(0))
got = []
c = threading.Thread(target=consumer, args=(got,))
p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join()
print("consumed", got)
with cond:
    print("wait timeout returns", cond.wait(0.05))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

barrier = threading.Barrier(3)
ids = []
def at_barrier():
    ids.append(barrier.wait())
ts = [threading.Thread(target=at_barrier) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(ids), barrier.parties, barrier.n_waiting, barrier.broken)

tm = threading.Timer(10, print, args=("never",))
tm.start(); tm.cancel(); tm.join()
print("timer cancelled:", not tm.is_alive())

local = threading.local()
local.v = "main"
def set_local(v, out):
    local.v = v
    time.sleep(0.01)
    out.append(local.v)
res = []
ts = [threading.Thread(target=set_local, args=(i, res)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), local.v)

# Output:
# True True False False
# False
# RuntimeError: release unlocked lock
# ValueError: can't specify a timeout for a non-blocking call
# inside with: True
# after with: False
# RLock re-entered
# RuntimeError: cannot release un-acquired lock
# True True False
# ValueError: Semaphore released too many times
# False False
# event set by timer: True True
# False
# consumed [0, 1, 2]
# wait timeout returns False
# RuntimeError: cannot notify on un-acquired lock
# [0, 1, 2] 3 0 False
# timer cancelled: True
# [0, 1, 2] main
