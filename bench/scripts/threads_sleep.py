# 20,000 threads sleeping 1 s at once.
import threading
import time

ts = [threading.Thread(target=time.sleep, args=(1,)) for _ in range(20000)]
for t in ts:
    t.start()
for t in ts:
    t.join()
