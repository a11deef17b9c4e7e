# Queue's hooks: put, get, qsize, empty and full go through _init, _qsize,
# _put and _get, so that a subclass overriding them is honoured (with
# self.queue as its own container), as LifoQueue and PriorityQueue are
# built in CPython; the queue attribute is the live container and mutex
# the queue's lock.
import queue
import threading

class Doubling(queue.Queue):
    def _put(self, item):
        super()._put(item * 2)

q = Doubling()
for i in range(3):
    q.put(i)
print(q.qsize(), [q.get() for _ in range(3)], q.empty())

class Stack(queue.Queue):
    def _init(self, maxsize):
        print("init", maxsize)
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
    def _get(self):
        return self.queue.pop()

s = Stack(2)
s.put("a"); s.put("b")
print(s.full(), s.qsize(), s.queue)
try:
    s.put("c", timeout=0.01)
except queue.Full:
    print("Full")
print(s.get(), s.get(), s.empty())
try:
    s.get_nowait()
except queue.Empty:
    print("Empty")

class Sorted(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _qsize(self):
        return len(self.queue)
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort()
    def _get(self):
        return self.queue.pop(0)

sq = Sorted()
def producer():
    for x in [5, 3, 9, 1]:
        sq.put(x)
t = threading.Thread(target=producer)
t.start(); t.join()
print([sq.get() for _ in range(4)])

# The queue attribute is the container itself.
p = queue.Queue()
for i in range(4):
    p.put(i)
print(list(p.queue), 2 in p.queue, len(p.queue))
with p.mutex:
    p.queue.clear()
print(p.qsize(), p.empty())
p.put("x")
print(p.get(), p.empty())
for i in range(3):
    p.put(i)
print([p.get() for _ in range(2)], list(p.queue))

pq = queue.PriorityQueue()
for x in [4, 1, 3]:
    pq.put(x)
print(sorted(pq.queue), pq.queue[0])
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print(lq.queue, lq.get())

# Waiting getters see items put through the hooks.
w = Stack()
got = []
def consumer():
    got.append(w.get())
c = threading.Thread(target=consumer)
c.start()
w.put("late")
c.join()
print(got, w.unfinished_tasks)
print(isinstance(Stack().mutex, type(threading.Lock())))


# Output:
# 3 [0, 2, 4] True
# init 2
# True 2 ['a', 'b']
# Full
# b a True
# Empty
# [1, 3, 5, 9]
# [0, 1, 2, 3] True 4
# 0 True
# x True
# [0, 1] [2]
# [1, 3, 4] 1
# [1, 3, 4]
# ['a', 'b'] c
# init 0
# ['late'] 1
# init 0
# True
