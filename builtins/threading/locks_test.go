package threading

import "testing"

func TestLock(t *testing.T) {
	expect(t, `
l = threading.Lock()
print(l.locked(), str(l).startswith("<unlocked _thread.lock object at 0x"))
print(l.acquire(), l.locked(), str(l).startswith("<locked _thread.lock"))
print(l.acquire(False), l.acquire(blocking=False))
b = now()
print(l.acquire(timeout=0.1), now() - b >= 0.1)
print(l.acquire(True, 0))
l.release()
print(catch(l.release))
print(catch(l.acquire, False, 1))
print(catch(l.acquire, timeout=-2))
print(catch(l.acquire, True, 1e20))
print(l.acquire(False, -1)); l.release()
print(l.__enter__(), l.locked()); l.__exit__(None, None, None); print(l.locked())
print(l.acquire_lock(), l.locked_lock()); l.release_lock()
# another thread may release a Lock
l.acquire()
threading.Thread(target=l.release).start()
print(l.acquire(timeout=5)); l.release()
`, `False True
True True True
False False
False True
False
RuntimeError: release unlocked lock
ValueError: can't specify a timeout for a non-blocking call
ValueError: timeout value must be positive
OverflowError: timeout value is too large
True
True True
False
True True
True`)
}

func TestRLock(t *testing.T) {
	expect(t, `
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
sleep(0.05)
print(got)
r.release(); t.join()
print(got)
`, `True
True True True
True
other False False RuntimeError: cannot release un-acquired lock
RuntimeError: cannot release un-acquired lock
ValueError: can't specify a timeout for a non-blocking call
[]
[1]`)
}

func TestCondition(t *testing.T) {
	expect(t, `
c = threading.Condition()
print(str(c).startswith("<Condition(<unlocked _thread.RLock object"))
print(catch(c.wait), catch(c.notify), catch(c.notify_all))
items = []
def consumer(n):
    c.acquire()
    while not items:
        c.wait()
    print("consumer", n, "got", items.pop())
    c.release()
ts = [threading.Thread(target=consumer, args=(i,)) for i in range(2)]
for t in ts:
    t.start()
sleep(0.05)
print(str(c).endswith(", 2)>"))
c.acquire(); items.append("a"); c.notify(); c.release()
ts[0].join()
c.__enter__(); items.append("b"); c.notifyAll(); c.__exit__(None, None, None)
ts[1].join()
c.acquire()
b = now()
print(c.wait(0.1), now() - b >= 0.1)
print(c.wait(-1), c.wait(timeout=0))
print(c.wait_for(lambda: 7))
print(c.wait_for(lambda: 0, 0.05))
flag = []
def setter():
    sleep(0.05)
    c.acquire(); flag.append(1); c.notify_all(); c.release()
threading.Thread(target=setter).start()
print(c.wait_for(lambda: len(flag)))
c.release()
# Condition over a plain Lock
lc = threading.Condition(threading.Lock())
print(catch(lc.wait))
lc.acquire()
print(lc.wait(0.01))
lc.release()
`, `True
RuntimeError: cannot wait on un-acquired lock RuntimeError: cannot notify on un-acquired lock RuntimeError: cannot notify on un-acquired lock
True
consumer 0 got a
consumer 1 got b
False True
False False
7
0
1
RuntimeError: cannot wait on un-acquired lock
False`)
}

func TestSemaphore(t *testing.T) {
	expect(t, `
s = threading.Semaphore(2)
print(str(s).startswith("<threading.Semaphore at 0x"), str(s).endswith(": value=2>"))
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.05))
print(catch(s.acquire, False, 1), catch(threading.Semaphore, -1), catch(s.release, 0))
s.release(2)
print(s._value)
s.__enter__(); s.__exit__(None, None, None)
done = []
def worker(i):
    s.acquire()
    done.append(i)
z = threading.Semaphore(0)
def waiter():
    z.acquire()
    print("waiter passed")
w = threading.Thread(target=waiter); w.start()
sleep(0.02)
z.release()
w.join()
b = threading.BoundedSemaphore(1)
print(str(b).endswith(": value=1/1>"))
print(catch(b.release))
b.acquire(); b.release()
print(catch(b.release))
`, `True True
True True False False
ValueError: can't specify timeout for non-blocking acquire ValueError: semaphore initial value must be >= 0 ValueError: n must be one or more
2
waiter passed
True
ValueError: Semaphore released too many times
ValueError: Semaphore released too many times`)
}

func TestEvent(t *testing.T) {
	expect(t, `
e = threading.Event()
print(e.is_set(), e.isSet(), str(e).endswith(": unset>"))
b = now()
print(e.wait(0.05), now() - b >= 0.05, e.wait(-1), e.wait(0))
def setter():
    sleep(0.02)
    e.set()
threading.Thread(target=setter).start()
print(e.wait(), e.is_set(), str(e).endswith(": set>"))
e.clear()
print(e.is_set(), e.wait(0.01))
`, `False False True
False True False False
True True True
False False`)
}

func TestTimer(t *testing.T) {
	expect(t, `
def fire(x, y=0):
    print("fired", x, y, threading.current_thread().name)
t = threading.Timer(0.05, fire, args=[1], kwargs={"y": 2})
print(t.name, str(t), t.interval)
t.start(); t.join()
c = threading.Timer(10, fire, (3,))
c.start()
c.cancel()
c.join()
print("cancelled", c.is_alive(), c.finished.is_set())
`, `Thread-1 <Timer(Thread-1, initial)> 0.05
fired 1 2 Thread-1
cancelled False True`)
}

func TestBarrier(t *testing.T) {
	expect(t, `
out = []
b = threading.Barrier(3, action=lambda: out.append("action"))
print(b.parties, b.n_waiting, b.broken, str(b).endswith(": waiters=0/3>"))
idx = []
def w():
    idx.append(b.wait())
ts = [threading.Thread(target=w) for i in range(2)]
for t in ts:
    t.start()
sleep(0.02)
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
sleep(0.02)
b.abort(); t.join()
print(res, b.broken)
b.reset()
# reset while waiting
t = threading.Thread(target=w2); t.start()
sleep(0.02)
b.reset(); t.join()
print(res, b.broken)
# the action raising breaks the barrier
def bad():
    fail()
b1 = threading.Barrier(1, action=bad)
print(catch(b1.wait) != None, b1.broken)
d = threading.Barrier(2, timeout=0.05)
print(catch(d.wait))
print(threading.BrokenBarrierError.__mro__[1])
`, `3 0 False True
2
[0, 1, 2] ['action']
threading.BrokenBarrierError True True 0
threading.BrokenBarrierError
False
['threading.BrokenBarrierError'] True
['threading.BrokenBarrierError', 'threading.BrokenBarrierError'] False
True True
threading.BrokenBarrierError
<class 'RuntimeError'>`)
}

func TestLocal(t *testing.T) {
	expect(t, `
data = threading.local()
data.x = 1
def show():
    print("thread", catch(lambda: data.x))
    data.x = 2
    print("thread", data.x)
t = threading.Thread(target=show); t.start(); t.join()
print("main", data.x, data.__dict__)
def init(self, n):
    self.n = n
    print("init in", threading.current_thread().name)
def bump(self):
    self.n += 1
    return self.n
My = subclass("My", threading.local, {"__init__": init, "bump": bump})
m = My(10)
print(m.bump())
def use():
    print("thread bump", m.bump(), m.bump())
t = threading.Thread(target=use, name="T"); t.start(); t.join()
print(m.bump())
print(catch(threading.local, 1))
`, `thread AttributeError: '_thread._local' object has no attribute 'x'
thread 2
main 1 {'x': 1}
init in MainThread
11
init in T
thread bump 11 12
12
TypeError: Initialization arguments are not supported`)
}
