# Lock's repr names its holder: None, the process, the process and thread.
import multiprocessing as mp
import threading

def hold(l):
    with l:
        print("child", l)

def hold_in_thread(l):
    with l:
        print("thread", l)

if __name__ == "__main__":
    mp.set_start_method("spawn")
    l = mp.Lock()
    print(l)
    l.acquire()
    print(l)
    l.release()
    p = mp.Process(target=hold, args=(l,), name="Holder")
    p.start()
    p.join()
    t = threading.Thread(target=hold_in_thread, args=(l,), name="T1")
    t.start()
    t.join()
    c = mp.Condition(l)
    with c:
        print("cond", l)
    print(l)

# Output:
# <Lock(owner=None)>
# <Lock(owner=MainProcess)>
# child <Lock(owner=Holder)>
# thread <Lock(owner=MainProcess|T1)>
# cond <Lock(owner=MainProcess)>
# <Lock(owner=None)>
