# The tutorial's t02: in pyconc, start() returns once the new thread runs,
# and the new thread keeps the interpreter lock until it blocks, so Thread-1
# takes the lock before Thread-2 even exists (pyconc's order; CPython's
# scheduler may run Thread-2 first).
import threading
import time

lock = threading.Lock()
class myThread(threading.Thread):
    def __init__(self, tid, name, counter):
        threading.Thread.__init__(self)
        self.threadID = tid
        self.name = name
        self.counter = counter
    def run(self):
        print("start " + self.name)
        lock.acquire()
        for i in range(3):
            time.sleep(0.01 * self.counter)
            print("%s: %d" % (self.name, i))
        lock.release()
t1 = myThread(1, "Thread-1", 1)
t2 = myThread(2, "Thread-2", 2)
t1.start()
t2.start()
for t in [t1, t2]:
    t.join()
print("exit main")

# Output:
# start Thread-1
# start Thread-2
# Thread-1: 0
# Thread-1: 1
# Thread-1: 2
# Thread-2: 0
# Thread-2: 1
# Thread-2: 2
# exit main
# Skip-python3: the order of the threads' first lines depends on CPython's scheduler
