# threading.Condition: wait/notify/notify_all between threads, wait with
# timeouts, wait_for, the errors without the lock, and a Condition over a
# plain Lock.
import threading
import time
from _catch import catch

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
for _ in range(2000):  # until both wait
    if str(c).endswith(", 2)>"):
        break
    time.sleep(0.005)
print(str(c).endswith(", 2)>"))
c.acquire(); items.append("a"); c.notify(); c.release()
ts[0].join()
c.__enter__(); items.append("b"); c.notifyAll(); c.__exit__(None, None, None)
ts[1].join()
c.acquire()
b = time.monotonic()
print(c.wait(0.1), time.monotonic() - b >= 0.1)
print(c.wait(-1), c.wait(timeout=0))
print(c.wait_for(lambda: 7))
print(c.wait_for(lambda: 0, 0.05))
flag = []
def setter():
    time.sleep(0.05)
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

# Output:
# True
# RuntimeError: cannot wait on un-acquired lock RuntimeError: cannot notify on un-acquired lock RuntimeError: cannot notify on un-acquired lock
# True
# consumer 0 got a
# consumer 1 got b
# False True
# False False
# 7
# 0
# 1
# RuntimeError: cannot wait on un-acquired lock
# False
