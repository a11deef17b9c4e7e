# threading.Barrier: parties, the action, wait's index, a timeout breaking
# the barrier, reset, abort waking the waiters, reset while a thread waits,
# an action that raises, and the default timeout.
import threading
import time
from _catch import catch

def until(cond):
    for _ in range(2000):
        if cond():
            return
        time.sleep(0.005)

out = []
b = threading.Barrier(3, action=lambda: out.append("action"))
print(b.parties, b.n_waiting, b.broken, str(b).endswith(": waiters=0/3>"))
idx = []
def w():
    idx.append(b.wait())
ts = [threading.Thread(target=w) for i in range(2)]
for t in ts:
    t.start()
until(lambda: b.n_waiting == 2)
print(b.n_waiting)
idx.append(b.wait())
for t in ts:
    t.join()
print(sorted(idx), out)
# timeout breaks the barrier
print(catch(b.wait, 0.05), b.broken, str(b).endswith(": broken>"), b.n_waiting)
print(catch(b.wait))
b.reset()
print(b.broken)
# abort wakes the waiters
res = []
def w2():
    res.append(catch(b.wait))
t = threading.Thread(target=w2); t.start()
until(lambda: b.n_waiting == 1)
b.abort(); t.join()
print(res, b.broken)
b.reset()
# reset while waiting
t = threading.Thread(target=w2); t.start()
until(lambda: b.n_waiting == 1)
b.reset(); t.join()
print(res, b.broken)
# the action raising breaks the barrier
def bad():
    raise RuntimeError("the action fails")
b1 = threading.Barrier(1, action=bad)
print(catch(b1.wait) != None, b1.broken)
d = threading.Barrier(2, timeout=0.05)
print(catch(d.wait))
print(threading.BrokenBarrierError.__mro__[1])

# Output:
# 3 0 False True
# 2
# [0, 1, 2] ['action']
# threading.BrokenBarrierError True True 0
# threading.BrokenBarrierError
# False
# ['threading.BrokenBarrierError'] True
# ['threading.BrokenBarrierError', 'threading.BrokenBarrierError'] False
# True True
# threading.BrokenBarrierError
# <class 'RuntimeError'>
