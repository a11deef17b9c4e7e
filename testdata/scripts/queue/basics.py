# queue.Queue: a bounded queue's put and get with blocking and timeouts,
# Empty and Full, task_done, the timeout errors, and the exception classes.
import queue
import time
from _catch import catch

small = queue.Queue(2)
small.put("a")
small.put("b")
print(small.full(), small.qsize(), small.maxsize, small.unfinished_tasks, list(small.queue))
print(small.get() + small.get(), small.empty())
print(catch(small.get_nowait), catch(small.get, False), catch(small.get, timeout=-1))
b = time.monotonic()
print(catch(small.get, timeout=0.05), time.monotonic() - b >= 0.05)
small.put(1); small.put(2)
print(catch(small.put_nowait, 3), catch(small.put, 3, False), catch(small.put, 3, timeout=-1))
b = time.monotonic()
print(catch(small.put, 3, True, 0.05), time.monotonic() - b >= 0.05)
for i in range(4):
    small.task_done()
print(catch(small.task_done))
u = queue.Queue()
print(catch(u.put, 1, timeout=-1), u.full(), u.maxsize)
print(queue.Empty, queue.Full, queue.Empty.__mro__[1])
print(str(u).startswith("<queue.Queue object at 0x"))

# Output:
# True 2 2 2 ['a', 'b']
# ab True
# _queue.Empty _queue.Empty ValueError: 'timeout' must be a non-negative number
# _queue.Empty True
# queue.Full queue.Full ValueError: 'timeout' must be a non-negative number
# queue.Full True
# ValueError: task_done() called too many times
# None False 0
# <class '_queue.Empty'> <class 'queue.Full'> <class 'Exception'>
# True
