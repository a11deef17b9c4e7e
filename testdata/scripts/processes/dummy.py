# multiprocessing.dummy: Process is a thread, Pool a ThreadPool, Queue
# queue.Queue, Manager() the module itself, Pipe two queues.
import multiprocessing.dummy as md
import queue
import threading

def work(q, n):
    q.put((n, md.current_process().name))

if __name__ == "__main__":
    q = md.Queue()
    ps = [md.Process(target=work, args=(q, i), name="W%d" % i) for i in range(3)]
    print([p.exitcode for p in ps])
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), [p.exitcode for p in ps])
    print(md.active_children(), isinstance(ps[0], threading.Thread))
    print(md.current_process() is threading.current_thread(), md.Queue is queue.Queue, md.JoinableQueue is queue.Queue)
    print(md.Lock is threading.Lock, md.Event is threading.Event, md.Barrier is threading.Barrier)
    with md.Pool(2) as pool:
        print(pool.map(abs, [-1, -2, 3]))
    m = md.Manager()
    print(m is md, m.dict(a=1), m.list("ab"))
    ns = m.Namespace(x=1, _hidden=2, b="s")
    print(ns)
    v = m.Value("i", 3)
    v.value += 1
    print(v, v.value)
    a, b = md.Pipe()
    a.send("ping")
    print(b.poll(), b.recv(), b.poll(), b.poll(0.01))
    b.send([1, 2])
    print(a.recv())
    md.freeze_support()
    print(sorted(md.__all__))

# Output:
# [None, None, None]
# [(0, 'W0'), (1, 'W1'), (2, 'W2')] [0, 0, 0]
# [] True
# True True True
# True True True
# [1, 2, 3]
# True {'a': 1} ['a', 'b']
# Namespace(b='s', x=1)
# <Value('i', 4)> 4
# True ping False False
# [1, 2]
# ['Barrier', 'BoundedSemaphore', 'Condition', 'Event', 'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'Queue', 'RLock', 'Semaphore', 'active_children', 'current_process', 'freeze_support']
