# threading.active_count and threading.enumerate as threads start and end.
import threading

gate = threading.Lock()
def wait_gate():
    gate.acquire()
    gate.release()
def names():
    return ",".join(sorted([t.name for t in threading.enumerate()]))
print(threading.active_count(), threading.activeCount(), names())
gate.acquire()
ts = [threading.Thread(target=wait_gate, name="w%d" % i) for i in range(3)]
print(threading.active_count())
for t in ts:
    t.start()
print(threading.active_count(), len(threading.enumerate()), names())
gate.release()
for t in ts:
    t.join()
print(threading.active_count(), names())

# Output:
# 1 1 MainThread
# 1
# 4 4 MainThread,w0,w1,w2
# 1 MainThread
