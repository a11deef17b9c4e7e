# threading.Timer: a timer that fires with arguments in its own thread, and
# one cancelled before it fires.
import threading

def fire(x, y=0):
    print("fired", x, y, threading.current_thread().name)
t = threading.Timer(0.05, fire, args=[1], kwargs={"y": 2})
print(t.name, str(t), t.interval)
t.start(); t.join()
c = threading.Timer(10, fire, (3,))
c.start()
c.cancel()
c.join()
print("cancelled", c.is_alive(), c.finished.is_set())

# Output:
# Thread-1 <Timer(Thread-1, initial)> 0.05
# fired 1 2 Thread-1
# cancelled False True
