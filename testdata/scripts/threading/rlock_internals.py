# RLock's _is_owned, _recursion_count, _release_save and _acquire_restore,
# and Condition over a script's lock: one that provides them (used by wait)
# and one that does not (CPython's fallbacks over acquire and release).
import threading

r = threading.RLock()
print(r._is_owned(), r._recursion_count())
r.acquire(); r.acquire()
print(r._is_owned(), r._recursion_count())
state = r._release_save()
print(state[0], state[1] == threading.get_ident(), r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release(); r.release()
for bad in (lambda: r._release_save(), lambda: r._acquire_restore(5)):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)

def other():
    print("other thread:", r._is_owned(), r._recursion_count())
with r:
    t = threading.Thread(target=other); t.start(); t.join()

class TracingLock:
    """An RLock wrapper whose internals Condition uses."""
    def __init__(self):
        self.lock = threading.RLock()
        self.log = []
    def acquire(self, *args):
        return self.lock.acquire(*args)
    def release(self):
        self.lock.release()
    __enter__ = acquire
    def __exit__(self, *exc):
        self.release()
    def _is_owned(self):
        self.log.append("is_owned")
        return self.lock._is_owned()
    def _release_save(self):
        self.log.append("release_save")
        return self.lock._release_save()
    def _acquire_restore(self, state):
        self.log.append("acquire_restore %d" % state[0])
        self.lock._acquire_restore(state)

tl = TracingLock()
cond = threading.Condition(tl)
ready = []
def waiter():
    with cond:
        with cond:  # recursion 2: restored by _acquire_restore
            while not ready:
                cond.wait()
            print("waiter woke, count", tl.lock._recursion_count())
w = threading.Thread(target=waiter)
w.start()
while True:
    with cond:
        if "release_save" in tl.log:
            ready.append(1)
            cond.notify()
            break
w.join()
print(sorted(set(tl.log)))

class PlainLock:
    """Only acquire and release: Condition falls back on them."""
    def __init__(self):
        self.lock = threading.Lock()
        self.calls = 0
    def acquire(self, blocking=True, timeout=-1):
        self.calls += 1
        return self.lock.acquire(blocking, timeout)
    def release(self):
        self.lock.release()
    def __enter__(self):
        return self.acquire()
    def __exit__(self, *exc):
        self.release()

pl = PlainLock()
c2 = threading.Condition(pl)
try:
    c2.wait(0.01)
except RuntimeError as e:
    print(e)
with c2:
    print(c2.wait(0.01), pl.lock.locked())
print(pl.lock.locked(), pl.calls > 0)

# Output:
# False 0
# True 2
# 2 True False 0
# True 2
# RuntimeError cannot release un-acquired lock
# TypeError _acquire_restore() argument 1 must be 2-item sequence, not int
# other thread: False 0
# waiter woke, count 2
# ['acquire_restore 2', 'is_owned', 'release_save']
# cannot wait on un-acquired lock
# False True
# False True
