# A program that ends without shutdown(): what was submitted runs first, as
# CPython's workers finish the queue when the interpreter exits.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

lock = threading.Lock()
done = []


def work(i):
    time.sleep(0.02)
    with lock:
        done.append(i)
        if len(done) == 6:
            print("all ran:", sorted(done))


ex = ThreadPoolExecutor(2)
for i in range(6):
    ex.submit(work, i)
print("main ends")

# Output:
# main ends
# all ran: [0, 1, 2, 3, 4, 5]
