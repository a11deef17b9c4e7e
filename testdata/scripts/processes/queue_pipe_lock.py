# Queues, a pipe (poll, end-of-file once the child closed its end and
# ended) and a lock shared with children.
import multiprocessing as mp
import time

def square(tasks, results):
    while True:
        n = tasks.get()
        if n == -1:
            break
        results.put((n, n * n))
    results.put("done")

def child(conn):
    msg = conn.recv()
    conn.send("got " + msg)
    total = 0
    for n in conn.recv():
        total += n
    conn.send(total)
    conn.close()

def locker(lock, q, name):
    lock.acquire()
    q.put(name)
    time.sleep(0.05)
    lock.release()

if __name__ == "__main__":
    mp.set_start_method("spawn")
    tasks, results = mp.Queue(), mp.Queue()
    p = mp.Process(target=square, args=(tasks, results))
    p.start()
    for n in [1, 2, 3]:
        tasks.put(n)
    tasks.put(-1)
    print([results.get() for i in range(4)])
    p.join()

    a, b = mp.Pipe()
    p = mp.Process(target=child, args=(b,))
    p.start()
    b.close()
    a.send("hi")
    print(a.recv())
    a.send([1, 2, 3])
    print(a.recv())
    p.join()
    print(a.poll(0.5))
    print("eof" if a.poll() else "no")
    try:
        a.recv()
    except EOFError:
        print("EOFError")

    lock, q = mp.Lock(), mp.Queue(2)
    lock.acquire()
    ps = [mp.Process(target=locker, args=(lock, q, n)) for n in ["x", "y"]]
    for p in ps:
        p.start()
    time.sleep(0.5)
    print(q.empty(), q.qsize(), [p.is_alive() for p in ps])
    lock.release()
    print(sorted([q.get(timeout=5), q.get(timeout=5)]))
    for p in ps:
        p.join()
    print(q.full(), lock.acquire(False), lock.acquire(timeout=0.1))
    lock.release()

# Output:
# [(1, 1), (2, 4), (3, 9), 'done']
# got hi
# 6
# True
# eof
# EOFError
# True 0 [True, True]
# ['x', 'y']
# False True False
