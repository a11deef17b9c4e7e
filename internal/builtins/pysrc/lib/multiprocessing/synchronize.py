"""multiprocessing.synchronize: the synchronisation primitives shared
between processes (written in Go in package multiprocessing)."""

from multiprocessing import (Barrier, BoundedSemaphore, Condition, Event,
                             Lock, RLock, Semaphore)

__all__ = [
    'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event'
    ]
