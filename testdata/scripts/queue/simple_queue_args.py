# SimpleQueue takes no arguments, unless a subclass's __init__ does.
import queue
from _catch import catch

print(catch(queue.SimpleQueue, 1))
print(catch(queue.SimpleQueue, maxsize=1))


class Named(queue.SimpleQueue):
    def __init__(self, name):
        self.name = name


q = Named("jobs")
q.put(1)
print(q.name, q.get(), q.empty())

# Output:
# TypeError: SimpleQueue() takes no positional arguments
# TypeError: SimpleQueue() takes no keyword arguments
# jobs 1 True
