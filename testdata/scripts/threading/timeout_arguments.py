# The timeout (and blocking) arguments of the blocking calls, as CPython 3.11
# checks them: the locks' acquire (an int flag, no None, -1 only, no timeout
# when not blocking, NaN and overflow), the polls of Event, Condition,
# Semaphore and join for negative timeouts, queue's and SimpleQueue's checks.
import queue
import threading
from _catch import catch

for lk in (threading.Lock(), threading.RLock()):
    print(type(lk))
    print(catch(lk.acquire, False, 1), catch(lk.acquire, False, 0))
    print(lk.acquire(False, -1), lk.acquire(timeout=-1.0) if type(lk) is not type(threading.Lock()) else True)
    lk.release()
    if type(lk) is not type(threading.Lock()):
        lk.release()
    print(catch(lk.acquire, timeout=-2), catch(lk.acquire, timeout=-0.5))
    print(catch(lk.acquire, timeout=None))
    print(catch(lk.acquire, timeout="x"), catch(lk.acquire, []))
    print(catch(lk.acquire, timeout=float("nan")))
    print(catch(lk.acquire, timeout=1e10))
    print(catch(lk.acquire, timeout=2**70))
    print(lk.acquire(timeout=threading.TIMEOUT_MAX), lk.acquire(False))
    lk.release()
    if type(lk) is not type(threading.Lock()):
        lk.release()
    print(lk.acquire(True, True), lk.acquire(0))
    lk.release()
    if type(lk) is not type(threading.Lock()):
        lk.release()

print(threading.TIMEOUT_MAX)
e = threading.Event()
print(e.wait(-1), e.wait(0), e.wait(0.001))
s = threading.Semaphore(0)
print(catch(s.acquire, False, 1), s.acquire(False, None), s.acquire(True, -1), s.acquire(timeout=0))
c = threading.Condition()
with c:
    print(c.wait(-1), c.wait_for(lambda: False, -1), c.wait(0.001))
print(catch(threading.Condition().notify, "x"))
t = threading.Thread(target=lambda: None)
t.start()
print(t.join(-1), t.join(0), t.join(None))
b = threading.Barrier(2, None, -1)
print(catch(b.wait), b.broken)
print(catch(threading.Barrier(2, timeout=0.001).wait))

q = queue.Queue()
print(catch(q.get, True, -1), catch(q.get, False, -1), catch(q.get, False, "x"), catch(q.get, timeout=0))
q.put(1, True, -1)
print(q.get(True, 1e10))
full = queue.Queue(1)
full.put(0)
print(catch(full.put, 1, True, -1), catch(full.put, 1, False, -1), catch(full.put, 1, timeout=0.001))
sq = queue.SimpleQueue()
print(catch(sq.get, True, -1), catch(sq.get, False, -1), catch(sq.get, False, "x"))
print(catch(sq.get, True, "x"), catch(sq.get, True, float("nan")))
print(catch(sq.get, True, 1e10), catch(sq.get, True, 2**70))
sq.put(1, True, -5)
print(sq.get(True, 0))

# Output:
# <class '_thread.lock'>
# ValueError: can't specify a timeout for a non-blocking call ValueError: can't specify a timeout for a non-blocking call
# True True
# ValueError: timeout value must be positive ValueError: timeout value must be positive
# TypeError: 'NoneType' object cannot be interpreted as an integer
# TypeError: 'str' object cannot be interpreted as an integer TypeError: 'list' object cannot be interpreted as an integer
# ValueError: Invalid value NaN (not a number)
# OverflowError: timestamp out of range for platform time_t
# OverflowError: timestamp too large to convert to C _PyTime_t
# True False
# True False
# <class '_thread.RLock'>
# ValueError: can't specify a timeout for a non-blocking call ValueError: can't specify a timeout for a non-blocking call
# True True
# ValueError: timeout value must be positive ValueError: timeout value must be positive
# TypeError: 'NoneType' object cannot be interpreted as an integer
# TypeError: 'str' object cannot be interpreted as an integer TypeError: 'list' object cannot be interpreted as an integer
# ValueError: Invalid value NaN (not a number)
# OverflowError: timestamp out of range for platform time_t
# OverflowError: timestamp too large to convert to C _PyTime_t
# True True
# True True
# 9223372036.0
# False False False
# ValueError: can't specify timeout for non-blocking acquire False False False
# False False False
# RuntimeError: cannot notify on un-acquired lock
# None None None
# threading.BrokenBarrierError True
# threading.BrokenBarrierError
# ValueError: 'timeout' must be a non-negative number _queue.Empty _queue.Empty _queue.Empty
# 1
# ValueError: 'timeout' must be a non-negative number queue.Full queue.Full
# ValueError: 'timeout' must be a non-negative number _queue.Empty _queue.Empty
# TypeError: 'str' object cannot be interpreted as an integer ValueError: Invalid value NaN (not a number)
# OverflowError: timestamp out of range for platform time_t OverflowError: timestamp too large to convert to C _PyTime_t
# 1
