# Queue's not_empty, not_full and all_tasks_done are Conditions over its
# mutex that put, get and task_done notify, as in CPython: a subclass may
# wait on them.
import queue
import threading

class PeekQueue(queue.Queue):
    def peek(self):
        with self.not_empty:
            while not self._qsize():
                self.not_empty.wait()
            return self.queue[0]

q = PeekQueue()
seen = []
t = threading.Thread(target=lambda: seen.append(q.peek()))
t.start()
q.put("first")
t.join()
print(seen, q.qsize(), q.get())

q2 = queue.Queue(1)
q2.put(1)
def drain():
    with q2.not_full:
        pass
    print("got", q2.get())
d = threading.Thread(target=drain)
d.start()
q2.put(2)  # waits on not_full until drain's get
d.join()
print(q2.get(), q2.empty())

q3 = queue.Queue()
q3.put("job")
def worker():
    q3.get()
    q3.task_done()
w = threading.Thread(target=worker)
w.start()
with q3.all_tasks_done:
    while q3.unfinished_tasks:
        q3.all_tasks_done.wait()
w.join()
print("all done", q3.unfinished_tasks)
print(q3.not_empty is q3.not_empty, type(q3.not_full).__name__, q3.mutex.locked())
with q3.mutex:
    print(q3.mutex.locked())

# Output:
# ['first'] 1 first
# got 1
# 2 True
# all done 0
# True Condition False
# True
