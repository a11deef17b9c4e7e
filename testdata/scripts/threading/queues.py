# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full, task_done/join.
import queue
import threading

q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
try:
    q.put(3, timeout=0.05)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait(3)
except queue.Full:
    print("Full at once")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(block=False)
except queue.Empty as e:
    print("Empty at once", repr(e))
try:
    q.task_done(); q.task_done(); q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
pq2 = queue.PriorityQueue()
for t in [Task(5, "low"), Task(1, "high"), Task(3, "mid")]:
    pq2.put(t)
print([pq2.get().name for _ in range(3)])

sq = queue.SimpleQueue()
sq.put("x")
print(sq.get(), sq.empty(), sq.qsize())

work = queue.Queue()
done = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * 10)
        work.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(10): work.put(i)
work.join()
print(sorted(done))
for t in ts: work.put(None)
for t in ts: t.join()
print("workers done", threading.active_count())

# Output:
# 2 True False 2
# Full after timeout
# Full at once
# 1 2
# Empty after timeout
# Empty at once Empty()
# ValueError: task_done() called too many times
# ValueError: 'timeout' must be a non-negative number
# [2, 1, 0]
# [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c')]
# ['high', 'mid', 'low']
# x True 0
# [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]
# workers done 1
