# Process: names, exit codes (return, sys.exit, exception, terminate, kill),
# a subclass whose attributes travel to the child, current_process.
import multiprocessing as mp
import os
import sys
import time

def ok():
    print("child", mp.current_process().name, "parent is", mp.parent_process().name)

def exits(code):
    sys.exit(code)

def fails():
    raise ValueError("failure in child")

def forever():
    while True:
        time.sleep(0.05)

class Worker(mp.Process):
    def __init__(self, items):
        super().__init__()
        self.items = items
    def run(self):
        print("subclass run sums", sum(self.items), "in", self.name)

if __name__ == "__main__":
    print(mp.current_process().name, mp.cpu_count() >= 1)
    p = mp.Process(target=ok, name="Kid")
    p.start(); p.join()
    print("exitcode", p.exitcode, p.is_alive())
    for target, args in [(exits, (3,)), (exits, (0,)), (fails, ())]:
        p = mp.Process(target=target, args=args)
        p.start(); p.join()
        print(target.__name__, "exitcode", p.exitcode)
    p = mp.Process(target=forever)
    p.start()
    p.join(0.2)
    print("alive after join(0.2):", p.is_alive())
    p.terminate(); p.join()
    print("terminated exitcode", p.exitcode)
    p = mp.Process(target=forever)
    p.start(); p.kill(); p.join()
    print("killed exitcode", p.exitcode)
    w = Worker([1, 2, 3])
    w.start(); w.join()
    print("active children", mp.active_children())
    try:
        w.start()
    except AssertionError as e:
        print("AssertionError:", e)


# Output:
# MainProcess True
# child Kid parent is MainProcess
# exitcode 0 False
# exits exitcode 3
# exits exitcode 0
# fails exitcode 1
# alive after join(0.2): True
# terminated exitcode -15
# killed exitcode -9
# subclass run sums 6 in Worker-7
# active children []
# AssertionError: cannot start a process twice
