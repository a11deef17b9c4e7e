# Semaphore, BoundedSemaphore, RLock and Event shared with children.
import multiprocessing as mp
import threading
import time

def catch(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

def worker(sem, ev, q, rl, active, peak):
    ev.wait()
    sem.acquire()
    with active.get_lock():
        active.value += 1
        peak.value = max(peak.value, active.value)
    q.put("in")
    time.sleep(0.1)
    with active.get_lock():
        active.value -= 1
    sem.release()
    rl.acquire()
    rl.acquire()
    q.put("r")
    rl.release()
    rl.release()

def hold(rl):
    rl.acquire()
    print("child", rl)
    rl.release()

def hold_in_thread(rl):
    rl.acquire()
    print("thread", rl)
    rl.release()

if __name__ == "__main__":
    mp.set_start_method("spawn")
    sem, ev, q, rl = mp.Semaphore(1), mp.Event(), mp.Queue(), mp.RLock()
    print(sem, ev.is_set(), ev.wait(0.05))
    active, peak = mp.Value("i", 0), mp.Value("i", 0)
    ps = [mp.Process(target=worker, args=(sem, ev, q, rl, active, peak)) for i in range(3)]
    for p in ps:
        p.start()
    ev.set()
    got = [q.get(timeout=10) for i in range(6)]
    for p in ps:
        p.join()
    print(peak.value, sorted(got), [p.exitcode for p in ps])
    b = mp.BoundedSemaphore(2)
    print(b.acquire(), b.acquire(), b.acquire(timeout=0.05), b)
    b.release()
    b.release()
    print(catch(b.release))
    print(rl.acquire(), rl.acquire(False))
    rl.release()
    rl.release()
    print(catch(rl.release), rl)
    ev.clear()
    print(ev.is_set(), ev.wait(0))
    s = mp.Semaphore(0)
    print(s.acquire(False), s.get_value())
    s.release()
    with s:
        print("in with", s.get_value())
    print(s.get_value())
    rl.acquire()
    rl.acquire()
    print(rl)
    rl.release()
    rl.release()
    p = mp.Process(target=hold, args=(rl,), name="Holder")
    p.start()
    p.join()
    t = threading.Thread(target=hold_in_thread, args=(rl,), name="T1")
    t.start()
    t.join()

# Output:
# <Semaphore(value=1)> False False
# 1 ['in', 'in', 'in', 'r', 'r', 'r'] [0, 0, 0]
# True True False <BoundedSemaphore(value=0, maxvalue=2)>
# ValueError: semaphore or lock released too many times
# True True
# AssertionError: attempt to release recursive lock not owned by thread <RLock(None, 0)>
# False False
# False 0
# in with 0
# 1
# <RLock(MainProcess, 2)>
# child <RLock(Holder, 1)>
# thread <RLock(MainProcess|T1, 1)>
