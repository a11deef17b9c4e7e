# The submodules of multiprocessing, importable with the names scripts use
# from them (context, process, queues, synchronize, sharedctypes,
# managers, connection, pool).
import multiprocessing as mp
from multiprocessing.context import TimeoutError, ProcessError, AuthenticationError, BufferTooShort, Process
from multiprocessing.process import BaseProcess, current_process, active_children, parent_process
from multiprocessing.queues import Queue, SimpleQueue, JoinableQueue
from multiprocessing.synchronize import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier
from multiprocessing.sharedctypes import RawValue, RawArray, Value, Array
from multiprocessing.managers import SyncManager
from multiprocessing.connection import Pipe
import multiprocessing.pool

if __name__ == "__main__":
    print(TimeoutError is mp.TimeoutError, Process is mp.Process, issubclass(Process, BaseProcess))
    print(current_process().name, parent_process(), active_children())
    v = Value('i', 5); a = RawArray('d', 3); print(v.value, a[:])
    m = SyncManager(); m.start(); d = m.dict(x=1); print(d['x']); m.shutdown()
    a, b = Pipe(); a.send(1); print(b.recv())
    print(mp.pool.ThreadPool(1).apply(len, ('abc',)))

# Output:
# True True True
# MainProcess None []
# 5 [0.0, 0.0, 0.0]
# 1
# 1
# 3
