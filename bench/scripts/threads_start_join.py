# 10,000 threads started and joined, in batches of 100.
import threading

count = 0
lock = threading.Lock()

def work():
    global count
    with lock:
        count += 1

for batch in range(100):
    ts = [threading.Thread(target=work) for _ in range(100)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
assert count == 10000, count
