# threading.Semaphore and BoundedSemaphore: counts, timeouts, the argument
# errors, release(n), a waiter released by another thread, and releasing a
# bounded semaphore too many times.
import threading
from _catch import catch

s = threading.Semaphore(2)
print(str(s).startswith("<threading.Semaphore at 0x"), str(s).endswith(": value=2>"))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.05))
print(catch(s.acquire, False, 1), catch(threading.Semaphore, -1), catch(s.release, 0))
s.release(2)
print(s._value)
s.__enter__(); s.__exit__(None, None, None)
z = threading.Semaphore(0)
def waiter():
    z.acquire()
    print("waiter passed")
w = threading.Thread(target=waiter); w.start()
w.join(0.02)
z.release()
w.join()
b = threading.BoundedSemaphore(1)
print(str(b).endswith(": value=1/1>"))
print(catch(b.release))
b.acquire(); b.release()
print(catch(b.release))

# Output:
# True True
# True True False False
# ValueError: can't specify timeout for non-blocking acquire ValueError: semaphore initial value must be >= 0 ValueError: n must be one or more
# 2
# waiter passed
# True
# ValueError: Semaphore released too many times
# ValueError: Semaphore released too many times
