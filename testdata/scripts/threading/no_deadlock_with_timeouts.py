# A thread blocked with a timeout is no deadlock: its acquire times out.
import threading

l = threading.Lock()
l.acquire()
def f():
    print(l.acquire(timeout=0.5))
t = threading.Thread(target=f)
t.start()
t.join()

# Output:
# False
