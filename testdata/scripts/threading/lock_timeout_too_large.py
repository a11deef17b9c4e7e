# A timeout beyond what a time_t holds: an OverflowError, worded as CPython
# 3.11 words it for a float (and for an int: "timestamp too large to convert
# to C _PyTime_t").
import threading
from _catch import catch

l = threading.Lock()
l.acquire()
print(catch(l.acquire, True, 1e20))
print(catch(l.acquire, True, 10**10))

# Output:
# OverflowError: timestamp out of range for platform time_t
# OverflowError: timestamp too large to convert to C _PyTime_t
