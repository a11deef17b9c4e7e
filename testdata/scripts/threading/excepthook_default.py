# The default threading.excepthook prints the traceback of an exception
# escaping a thread's target or run method; SystemExit in a thread is
# silent; the program goes on.
import threading

def f(x):
    raise RuntimeError("boom %d" % x)
def g():
    threading.Thread.__init__(None)
t = threading.Thread(target=f, args=(1,))
t.start(); t.join()
class M(threading.Thread):
    def run(self):
        bad = threading.Lock()
        bad.release()
m = M(); m.start(); m.join()
def quit():
    raise SystemExit(3)
q = threading.Thread(target=quit); q.start(); q.join()
print("continued", t.is_alive(), m.is_alive())

# Output:
# continued False False
# Stderr:
# Exception in thread Thread-1 (f):
# Traceback (most recent call last):
#   File "excepthook_default.py", line 7, in f
#     raise RuntimeError("boom %d" % x)
# RuntimeError: boom 1
# Exception in thread Thread-2:
# Traceback (most recent call last):
#   File "excepthook_default.py", line 15, in run
#     bad.release()
# RuntimeError: release unlocked lock
