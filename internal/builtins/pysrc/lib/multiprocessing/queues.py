"""multiprocessing.queues: the queues between processes (written in Go in
package multiprocessing)."""

from multiprocessing import JoinableQueue, Queue, SimpleQueue

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']
