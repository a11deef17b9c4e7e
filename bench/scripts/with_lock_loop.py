# 500,000 "with lock:" blocks in one thread (compare with acquire_release_loop.py).
import threading

lock = threading.Lock()

def run(n):
    c = 0
    for _ in range(n):
        with lock:
            c += 1
    return c

assert run(500000) == 500000
