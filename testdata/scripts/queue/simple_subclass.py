# queue.SimpleQueue, and subclasses of Queue and PriorityQueue.
import queue
from _catch import catch

s = queue.SimpleQueue()
s.put(1); s.put_nowait(2); s.put(3, False, 1)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.get(timeout=0.01))
print(catch(s.get_nowait), catch(s.get, timeout=-1), catch(s.get, timeout=0.01))
print(str(s).startswith("<_queue.SimpleQueue object at"))
class Twice(queue.Queue):
    def __init__(self, tag):
        queue.Queue.__init__(self, 3)
        self.tag = tag
    def put2(self, item):
        queue.Queue.put(self, item)
        queue.Queue.put(self, item)
tq = Twice("t")
tq.put2("x")
print(tq.tag, tq.qsize(), tq.maxsize, tq.get(), tq.full())
class Pq(queue.PriorityQueue):
    pass
p = Pq()
p.put(2); p.put(1)
print(p.get())

# Output:
# 3 False 1 2 3
# _queue.Empty ValueError: 'timeout' must be a non-negative number _queue.Empty
# True
# t 2 3 x False
# 1
