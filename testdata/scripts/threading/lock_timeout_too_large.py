# A timeout beyond what a time_t holds: pyconc says it is too large (where
# CPython 3.11 says the timestamp is out of range for platform time_t).
import threading
from _catch import catch

l = threading.Lock()
l.acquire()
print(catch(l.acquire, True, 1e20))

# Output:
# OverflowError: timeout value is too large
# Skip-python3: CPython 3.11 says "timestamp out of range for platform time_t" (a pyconc difference to fix)
