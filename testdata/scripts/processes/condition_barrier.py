# Condition and Barrier shared with children.
import multiprocessing as mp
import threading
import time

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        name = type(e).__name__
        if type(e).__module__ != "builtins":
            name = type(e).__module__ + "." + name
        return (name + ": " + str(e)).rstrip(": ")

def waiter(cond, q, n):
    cond.acquire()
    q.put(("waiting", n))
    ok = cond.wait(10)
    q.put(("woken", ok))
    cond.release()

def party(bar, q):
    q.put(bar.wait(10))

def act():
    print("action")

if __name__ == "__main__":
    mp.set_start_method("spawn")
    cond, q = mp.Condition(), mp.Queue()
    ps = [mp.Process(target=waiter, args=(cond, q, i)) for i in range(2)]
    for p in ps:
        p.start()
    print(sorted([q.get(timeout=10)[0] for i in range(2)]))
    time.sleep(0.1)
    cond.acquire()
    cond.notify()
    cond.release()
    print(q.get(timeout=10))
    cond.acquire()
    cond.notify_all()
    cond.release()
    print(q.get(timeout=10))
    for p in ps:
        p.join()
    print(catch(cond.notify))
    print(catch(cond.wait, 0.1))
    cond.acquire()
    print(cond.wait(0.05), cond.wait_for(lambda: 7, 1), cond.wait_for(lambda: 0, 0.05))
    cond.release()
    c2 = mp.Condition(mp.Lock())
    c2.acquire()
    print(c2.wait(0.01))
    c2.release()

    bar = mp.Barrier(3, action=act)
    print(bar.parties, bar.n_waiting, bar.broken)
    ps = [mp.Process(target=party, args=(bar, q)) for i in range(2)]
    for p in ps:
        p.start()
    me = bar.wait(10)
    for p in ps:
        p.join()
    print(sorted([me, q.get(), q.get()]))
    b2 = mp.Barrier(2, timeout=0.05)
    print(catch(b2.wait), b2.broken)
    b2.reset()
    print(b2.broken, b2.n_waiting)
    b2.abort()
    print(catch(b2.wait))

# Output:
# ['waiting', 'waiting']
# ('woken', True)
# ('woken', True)
# AssertionError: lock is not owned
# AssertionError: must acquire() condition before using wait()
# False 7 0
# False
# 3 0 False
# action
# [0, 1, 2]
# threading.BrokenBarrierError True
# False 0
# threading.BrokenBarrierError
