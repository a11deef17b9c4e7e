# threading.Lock: acquire with blocking and timeout, the argument errors,
# the context manager, the old aliases, and a release from another thread.
import threading
import time
from _catch import catch

l = threading.Lock()
print(l.locked(), str(l).startswith("<unlocked _thread.lock object at 0x"))
print(l.acquire(), l.locked(), str(l).startswith("<locked _thread.lock"))
print(l.acquire(False), l.acquire(blocking=False))
b = time.monotonic()
print(l.acquire(timeout=0.1), time.monotonic() - b >= 0.1)
print(l.acquire(True, 0))
l.release()
print(catch(l.release))
print(catch(l.acquire, False, 1))
print(catch(l.acquire, timeout=-2))
print(l.acquire(False, -1)); l.release()
print(l.__enter__(), l.locked()); l.__exit__(None, None, None); print(l.locked())
print(l.acquire_lock(), l.locked_lock()); l.release_lock()
# another thread may release a Lock
l.acquire()
threading.Thread(target=l.release).start()
print(l.acquire(timeout=5)); l.release()

# Output:
# False True
# True True True
# False False
# False True
# False
# RuntimeError: release unlocked lock
# ValueError: can't specify a timeout for a non-blocking call
# ValueError: timeout value must be positive
# True
# True True
# False
# True True
# True
