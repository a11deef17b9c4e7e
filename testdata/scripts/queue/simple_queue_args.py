# SimpleQueue takes no arguments.
import queue
from _catch import catch

print(catch(queue.SimpleQueue, 1))

# Output:
# TypeError: SimpleQueue() takes no arguments
# Skip-python3: CPython 3.11 says "SimpleQueue() takes no positional arguments" (a pyconc difference to fix)
