# queue.LifoQueue and queue.PriorityQueue: their order, a thread waiting on
# an empty LifoQueue, tuples and ints by priority, objects ordered by
# __lt__, and items that do not compare.
import queue
import threading

lifo = queue.LifoQueue()
for w in ["One", "Two", "Three"]:
    lifo.put(w)
print(lifo.qsize(), [lifo.get() for i in range(3)])
stack = queue.LifoQueue()
def waiter():
    print("got", stack.get())
w = threading.Thread(target=waiter); w.start()
w.join(0.05)
print(w.is_alive())
stack.put("late")
w.join()
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (5, "e"), (2, "b"), (4, "d"), (2, "a")]:
    pq.put(x)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
for x in [30, 10, 20, 5, 50, 1]:
    pq.put(x)
print([pq.get() for i in range(6)])
class Keyed:
    def __init__(self, k, v):
        self.k, self.v = k, v
    def __lt__(self, other):
        return self.k < other.k
    def __str__(self):
        return self.v
for k in [3, 1, 2]:
    pq.put(Keyed(k, "k%d" % k))
print([str(pq.get()) for i in range(3)])
from _catch import catch
pq.put(1)
print(catch(pq.put, "x") != None)

# Output:
# 3 ['Three', 'Two', 'One']
# True
# got late
# [(1, 'a'), (2, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e')]
# [1, 5, 10, 20, 30, 50]
# ['k1', 'k2', 'k3']
# True
