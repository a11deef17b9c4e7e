# The errors of Thread: join before start, start twice, joining the current
# thread, a subclass that does not call Thread.__init__, a group argument,
# and setting daemon on a running thread.
import threading
from _catch import catch

t = threading.Thread(target=print)
print(catch(t.join))
t.start()
t.join()
print(catch(t.start))
print(catch(threading.current_thread().join))
class Bad(threading.Thread):
    def __init__(self):
        pass
b = Bad()
print(catch(b.start))
print(catch(lambda: b.name))
print(catch(b.is_alive))
print(catch(b.join))
print(catch(lambda: threading.Thread(group=1)))
gate = threading.Event()
r = threading.Thread(target=lambda: (gate.wait(), print()))
r.start()
print(catch(r.setDaemon, True))
gate.set()
r.join()
def joinself():
    print(catch(threading.current_thread().join))
j = threading.Thread(target=joinself); j.start(); j.join()


# Output:
# RuntimeError: cannot join thread before it is started
#
# RuntimeError: threads can only be started once
# RuntimeError: cannot join current thread
# RuntimeError: thread.__init__() not called
# AssertionError: Thread.__init__() not called
# AssertionError: Thread.__init__() not called
# RuntimeError: Thread.__init__() not called
# AssertionError: group argument must be None for now
# RuntimeError: cannot set daemon status of active thread
#
# RuntimeError: cannot join current thread
