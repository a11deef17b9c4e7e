# threading.local: per-thread attributes, a subclass whose __init__ runs
# again in each thread, and the arguments error.
import threading
from _catch import catch

data = threading.local()
data.x = 1
def show():
    print("thread", catch(lambda: data.x))
    data.x = 2
    print("thread", data.x)
t = threading.Thread(target=show); t.start(); t.join()
print("main", data.x, data.__dict__)
class My(threading.local):
    def __init__(self, n):
        self.n = n
        print("init in", threading.current_thread().name)
    def bump(self):
        self.n += 1
        return self.n
m = My(10)
print(m.bump())
def use():
    print("thread bump", m.bump(), m.bump())
t = threading.Thread(target=use, name="T"); t.start(); t.join()
print(m.bump())
print(catch(threading.local, 1))

# Output:
# thread AttributeError: '_thread._local' object has no attribute 'x'
# thread 2
# main 1 {'x': 1}
# init in MainThread
# 11
# init in T
# thread bump 11 12
# 12
# TypeError: Initialization arguments are not supported
