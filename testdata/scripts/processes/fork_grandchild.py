# A child started by 'fork' starts its own child (Process-1:1), uses the
# names its imports bound (from-imports, a dotted import, an alias) and
# runs a thread whose target is a lambda.
from multiprocessing import Process, Queue, current_process
import os.path
import json as js
import threading


def child(q):
    t = threading.Thread(target=lambda: q.put((current_process().name, os.path.basename("/a/b"), js.dumps([1]))))
    t.start()
    t.join()
    sub = Process(target=grandchild, args=(q,))
    sub.start()
    sub.join()


def grandchild(q):
    q.put(current_process().name)


q = Queue()
p = Process(target=child, args=(q,))
p.start()
print(q.get(), q.get())
p.join()
print(p.exitcode)

# Output:
# ('Process-1', 'b', '[1]') Process-1:1
# 0
