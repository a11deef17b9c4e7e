# Thread.join with a timeout returns while the thread still runs, after
# waiting at least the timeout; a negative timeout does not wait.
import threading
import time

go = threading.Event()
def slow(label="slow"):
    go.wait()
    print(label + " done")
t = threading.Thread(target=slow, kwargs={"label": "bg"})
begin = time.monotonic()
t.start()
print(t.is_alive())
t.join(0.1)
t.join(timeout=0.1)
w = time.monotonic() - begin
print(t.is_alive(), w >= 0.2)
go.set()
t.join()
print(t.is_alive())
t.join(-1)

# Output:
# True
# True True
# bg done
# False
