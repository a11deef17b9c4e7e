# threading.RLock: re-entrance, ownership, the errors of a release by a
# thread that does not own it, and a waiter that gets it on release.
import threading
from _catch import catch

r = threading.RLock()
print(str(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
print(r.acquire(), r.acquire(), r._is_owned())
print(str(r).startswith("<locked _thread.RLock object owner=%d count=2 at" % threading.get_ident()))
def other():
    print("other", r.acquire(False), r.acquire(timeout=0.05), catch(r.release))
t = threading.Thread(target=other); t.start(); t.join()
r.release(); r.release()
print(catch(r.release))
print(catch(r.acquire, False, 1))
r.__enter__(); r.__exit__(None, None, None)
got = []
def take():
    r.acquire(); got.append(1); r.release()
r.acquire()
t = threading.Thread(target=take); t.start()
t.join(0.05)  # it waits for the lock
print(got)
r.release(); t.join()
print(got)

# Output:
# True
# True True True
# True
# other False False RuntimeError: cannot release un-acquired lock
# RuntimeError: cannot release un-acquired lock
# ValueError: can't specify a timeout for a non-blocking call
# []
# [1]
