# threading.Event: set, clear, wait with and without a timeout, and a wait
# ended by another thread.
import threading
import time

e = threading.Event()
print(e.is_set(), e.isSet(), str(e).endswith(": unset>"))
b = time.monotonic()
print(e.wait(0.05), time.monotonic() - b >= 0.05, e.wait(-1), e.wait(0))
def setter():
    time.sleep(0.02)
    e.set()
threading.Thread(target=setter).start()
print(e.wait(), e.is_set(), str(e).endswith(": set>"))
e.clear()
print(e.is_set(), e.wait(0.01))

# Output:
# False False True
# False True False False
# True True True
# False False
