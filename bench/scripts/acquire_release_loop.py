# 500,000 acquire()/release() pairs in one thread.
import threading

lock = threading.Lock()

def run(n):
    c = 0
    for _ in range(n):
        lock.acquire()
        c += 1
        lock.release()
    return c

assert run(500000) == 500000
