# 50,000 round trips between two threads through two Queues.
import queue
import threading

N = 50000
ping = queue.Queue()
pong = queue.Queue()

def echo():
    while True:
        x = ping.get()
        if x is None:
            break
        pong.put(x + 1)

t = threading.Thread(target=echo)
t.start()
total = 0
for i in range(N):
    ping.put(i)
    total += pong.get()
ping.put(None)
t.join()
assert total == N * (N + 1) // 2, total
