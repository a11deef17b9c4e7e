# Thread names, start/join, is_alive, daemon, current_thread, errors.
import threading
import time

def work(n, out, label="w"):
    out.append((label, n, threading.current_thread().name))

out = []
t1 = threading.Thread(target=work, args=(1, out))
t2 = threading.Thread(target=work, args=(2, out), kwargs={"label": "k"}, name="named")
print(t1.name, "|", t2.name, "|", t1.daemon, t1.is_alive(), t1.ident is None)
t1.start(); t2.start()
t1.join(); t2.join()
print(sorted(out), t1.is_alive(), type(t1.ident).__name__, t1.native_id > 0)

class Sub(threading.Thread):
    def __init__(self, value):
        super().__init__()
        self.value = value
        self.result = None
    def run(self):
        self.result = self.value * 2

s = Sub(21)
print(s.name)
s.start(); s.join()
print(s.result)
try:
    s.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=work).join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()), type(threading.get_ident()).__name__)
d = threading.Thread(target=time.sleep, args=(0.05,), daemon=True)
print(d.daemon, d.isDaemon())
d.start(); d.join()
t = threading.Thread(target=time.sleep, args=(0.3,))
t.start()
t.join(timeout=0.05)
print("still alive after join(0.05):", t.is_alive())
t.join()
print("alive after join():", t.is_alive())

# Output:
# Thread-1 (work) | named | False False True
# [('k', 2, 'named'), ('w', 1, 'Thread-1 (work)')] False int True
# Thread-2
# 42
# RuntimeError: threads can only be started once
# RuntimeError: cannot join thread before it is started
# RuntimeError: cannot join current thread
# MainThread MainThread True
# 1 1 int
# True True
# still alive after join(0.05): True
# alive after join(): False
